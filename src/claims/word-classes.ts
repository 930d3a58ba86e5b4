import { UnitSet } from '../text/chars.js';
import type { Token } from '../text/segmenter.js';
import { DISCOURSE, MODALITY, REPORT } from './lexicon.js';

/**
 * The classes of a token that the clause rules test, as bits. Several rules read the same tokens
 * of a clause; each token is looked up once (ClaimDoc.tokenClass) instead of once per set.
 */
export const WORD = {
  /** a modal or aspect word (MODALITY.auxiliaries) */
  aux: 1 << 0,
  /** a negator (MODALITY.negators) */
  negator: 1 << 1,
  /** a discourse opener (不过, 此外) */
  opener: 1 << 2,
  /** a report verb of opinion (认为) */
  opinion: 1 << 3,
  /** a light report verb (称, 表示) */
  lightReport: 1 << 4,
  /** 或 / 恐 / 料: a possibility when a verb follows */
  possibility: 1 << 5,
  /** a copula (DISCOURSE.copulas): the name after one is what a clause without a named subject is about */
  copula: 1 << 6,
  /** a word saying the act is done or decided (已经, 决定): not the future */
  realis: 1 << 7,
  /** a planning verb (MODALITY.planning): a clause of them alone waits for its verb (计划于明年2月中旬,) */
  planning: 1 << 8,
  /** a potential complement (买不到, 拿不到): it negates */
  potentialComplement: 1 << 9,
  /** tagged as a verb (v, vn, vd…) */
  verbTag: 1 << 10,
  /** set on every looked-up word, so that 0 means "not looked up yet" */
  known: 1 << 15,
} as const;

const CLASSES = new Map<string, number>();
/** one bit per UTF-16 unit that starts a classed word: most words need no map lookup */
const FIRST_UNITS = new UnitSet();
function addClass(words: Iterable<string>, bit: number): void {
  for (const w of words) {
    CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
    FIRST_UNITS.add(w.charCodeAt(0));
  }
}
addClass(MODALITY.auxiliaries, WORD.aux);
addClass(MODALITY.negators, WORD.negator);
addClass(DISCOURSE.openers.words(), WORD.opener);
addClass(REPORT.opinion, WORD.opinion);
addClass(REPORT.light, WORD.lightReport);
addClass(MODALITY.possibility, WORD.possibility);
addClass(DISCOURSE.copulas, WORD.copula);
addClass(MODALITY.realis.words(), WORD.realis);
addClass(MODALITY.realisDecisions.words(), WORD.realis);
addClass(MODALITY.planning, WORD.planning);

const BU = '不'.charCodeAt(0);
/** 不 second to last is tested first: the pattern runs on few words */
const isPotentialComplement = (word: string): boolean =>
  word.length >= 2 && word.charCodeAt(word.length - 2) === BU && /^[\u4e00-\u9fff]{1,2}不[到了起动成]$/.test(word);

/** The class bits of a token (with WORD.known set). */
export function classOfToken(tok: Token): number {
  return classOfWord(tok.word) | (tok.tag?.charCodeAt(0) === V ? WORD.verbTag : 0);
}
const V = 'v'.charCodeAt(0);

function classOfWord(word: string): number {
  const first = word.charCodeAt(0);
  const listed = FIRST_UNITS.has(first) ? CLASSES.get(word) ?? 0 : 0;
  return listed | (isPotentialComplement(word) ? WORD.potentialComplement : 0) | WORD.known;
}
