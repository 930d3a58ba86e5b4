import cues from '../../../data/entities/cues.json';
import { allHan, CharSet, isHanCode, type Doc } from './doc.js';
import { DETERMINERS } from './cues.js';
import { SuffixList } from './suffixes.js';
import { LATIN_WORD_TAG, NUMERAL_TAG, PERSON_TAGS, TagSet, UNKNOWN_WORD_TAG } from './tags.js';

export interface KnownSpan { start: number; end: number; type: string }

/** tokens that can be part of a name before its head word (organization suffix, facility word) */
const NAME_PART_TAGS = new TagSet(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'n', 'vn', 'an', 'b', 'm', 'x']);
/** the name parts that are proper words, of which a name needs one */
const PROPER_TAGS = new TagSet(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'x']);
/** a verb, function word or title before a name ends it (李瑞环会见|光彩事业促进会, 珠宝总裁|沈东军) */
const LEFT_STOPS = new Set([...cues.orgLeftStops, ...cues.personTitles]);

/** one-character prepositions and particles the segmenter glues to the unknown name after them */
const GLUED_PREPOSITION = new CharSet(cues.gluedPrepositions);

/** 中英两国政府, 劳资双方: the bodies of several parties are no one organization's name */
const SEVERAL_PARTIES = new SuffixList(cues.severalPartiesEndings);

export interface NameBefore { start: number; proper: number; parts: number }

/**
 * The name before a head word: known entities and proper or noun words to its left, at most
 * 5 words or 16 characters, stopping at verbs, titles, function words, and at a person's
 * name unless it stands right before the head (宋庆龄基金会). The leftmost part must be a
 * name, not a common noun.
 */
/** The known spans as the name extender asks for them; built once per text, shared by the rules that extend names. */
export interface KnownIndex {
  /** by end, the span ending there that starts first (the first such span on a tie); its keys are every known end */
  knownAt: Map<number, KnownSpan>;
  knownFrom: Set<number>;
  /** known places (GPE, LOC) by start; known spans do not overlap, so one starts at a position at most */
  placeAt: Map<number, KnownSpan>;
  /** known people by span, as start * (length of the text + 1) + end */
  personSpans: Set<number>;
  spanKey(start: number, end: number): number;
}

export function indexKnown(doc: Doc, known: readonly KnownSpan[]): KnownIndex {
  const knownAt = new Map<number, KnownSpan>();
  const knownFrom = new Set<number>();
  const placeAt = new Map<number, KnownSpan>();
  const personSpans = new Set<number>();
  const spanKey = (start: number, end: number) => start * (doc.text.length + 1) + end;
  for (const k of known) {
    if (!knownAt.has(k.end) || knownAt.get(k.end)!.start > k.start) knownAt.set(k.end, k);
    knownFrom.add(k.start);
    if (k.type === 'GPE' || k.type === 'LOC') placeAt.set(k.start, k);
    if (k.type === 'PER') personSpans.add(spanKey(k.start, k.end));
  }
  return { knownAt, knownFrom, placeAt, personSpans, spanKey };
}

export function leftExtender(doc: Doc, index: KnownIndex): ((headIndex: number, end: number) => NameBefore) & { add(k: KnownSpan): void } {
  const { tokens, tokenTag, tokenFirst } = doc;
  const { personSpans, spanKey } = index;
  /** names this extender was told of meanwhile, kept apart so the shared index stays as built */
  let addedAt: Map<number, KnownSpan> | null = null;
  let addedFrom: Set<number> | null = null;
  /** what one index of the known and the added spans would say: added spans count as inserted last */
  const knownEndingAt = (end: number): KnownSpan | undefined => {
    const known = index.knownAt.get(end), added = addedAt?.get(end);
    if (!added) return known;
    return !known || added.start < known.start ? added : known;
  };
  const knownStartsAt = (pos: number): boolean => index.knownFrom.has(pos) || !!addedFrom?.has(pos);
  const extend = (i: number, end: number): NameBefore => {
    const t = tokens[i]!;
    let start = t.start, proper = 0, parts = 0, j = i - 1, pos = t.start;
    while (j >= 0 && parts < 5 && end - pos < 16) {
      const k = knownEndingAt(pos);
      if (k && k.start < pos) {
        start = k.start; pos = k.start; proper++; parts++;
        while (j >= 0 && tokens[j]!.start >= pos) j--;
        continue;
      }
      const p = tokens[j]!;
      const tag = tokenTag[j]!;
      if (p.end !== pos || !NAME_PART_TAGS.has(tag) || !isHanCode(tokenFirst[j]!) && tag !== LATIN_WORD_TAG) break;
      // 那幢大楼, 该所学校: a determiner opens a description, not a name
      if (LEFT_STOPS.has(p.word) || SEVERAL_PARTIES.longestEnding(p.word) !== null || DETERMINERS.hasUnit(tokenFirst[j]!)) break;
      if ((PERSON_TAGS.has(tag) || personSpans.has(spanKey(p.start, p.end))) && parts > 0) break;
      // an unknown word (x) is a name only when short, all Han, and right before the head (通灵珠宝, not 直送|客户资料中心)
      if (tag === UNKNOWN_WORD_TAG && (parts > 0 || p.word.length > 4 || !allHan(p.word))) break;
      if (tag === NUMERAL_TAG && !/^第?[一二三四五六七八九十百零\d]+(次|届)?$/.test(p.word)) break;
      if (PROPER_TAGS.has(tag)) proper++;
      start = p.start; pos = p.start; parts++; j--;
      // 由林达 + 集团: a preposition the segmenter glued to an unknown name stays outside
      if ((tag === UNKNOWN_WORD_TAG || PERSON_TAGS.has(tag)) && p.word.length >= 3 && GLUED_PREPOSITION.hasAt(p.word, 0)) { start++; break; }
    }
    while (start < t.start) {
      const ti = doc.tokenAt[start]!;
      if (ti < 0) break;
      if (knownStartsAt(start) || PROPER_TAGS.has(tokenTag[ti]!)) break;
      start = tokens[ti]!.end;
      parts--;
    }
    return { start, proper, parts };
  };
  /** a name found meanwhile (广州乾朗珠宝) can open a longer one (广州乾朗珠宝有限公司) */
  const add = (k: KnownSpan) => {
    addedAt ??= new Map();
    addedFrom ??= new Set();
    if (!addedAt.has(k.end) || addedAt.get(k.end)!.start > k.start) addedAt.set(k.end, k);
    addedFrom.add(k.start);
  };
  return Object.assign(extend, { add });
}
