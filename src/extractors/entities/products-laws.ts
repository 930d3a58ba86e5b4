import cues from '../../../data/entities/cues.json';
import { codeAt } from '../../text/chars.js';
import { CharSet, entity, isHanAt, type Doc, type EntityCandidate } from './doc.js';
import { SuffixList } from './suffixes.js';
import { LATIN_WORD_TAG, NO_TAG, TagSet } from './tags.js';

const LAW_HEADS = new SuffixList(cues.lawHeads.filter((h) => h !== '法'));
const LAW_STOP = new Set(cues.lawVerbs);
const LAW_CHAR = '法'.charCodeAt(0);
/** a noun (or idiom) ending in 法 names a law (反垄断法) */
const BARE_LAW_TAGS = new TagSet(['n', 'nz', 'nt', 'l']);
/** function words, adverbs, pronouns, numerals, measure words, unknown words, punctuation and the like end a law's name on its left */
const NOT_LAW_PART_TAGS = new TagSet(['p', 'c', 'u', 'uj', 'ul', 'd', 'r', 'm', 'q', 'f', 'x', 'w', 'y', 'e', 'o', 't']);
/** two-character words ending in 法 that are methods or legal acts (方法, 违法, 司法): a word ending in one (新方法, 不合法) is no law */
const NOT_LAW_ENDINGS = new SuffixList(cues.notLawEndings);
/** a title in 《》 ending in a law head, or in a head of rules (规定, 办法), names a law */
export const LAW_TITLE_ENDINGS = new SuffixList([...cues.lawHeads, ...cues.lawTitleHeads]);

/**
 * Model codes: capital letters then digits (H200, B300A, GB200, MI300X), optionally a brand
 * word and a space first (MTT S5000, RTX 5090). Codes of one digit (G2, INT8) are not names.
 */
const MODEL = /(?<![A-Za-z0-9\-_.])(?:[A-Z]{2,5} )?[A-Z]{1,4}\d{2,4}[A-Za-z]{0,2}(?![A-Za-z0-9%])/g;
/** after a code, a date or unit character (年, 元, %, 倍) shows a number, not a model */
const NOT_MODEL_AFTER = new CharSet(cues.notModelAfterCharacters);

export function productCodes(doc: Doc): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  MODEL.lastIndex = 0;
  for (let m = MODEL.exec(doc.text); m; m = MODEL.exec(doc.text)) {
    let start = m.index;
    const code = m[0];
    // a brand word before a space counts only when it is all capitals of 3+ letters (MTT, RTX)
    const sp = code.indexOf(' ');
    if (sp > 0 && sp < 3) start += sp + 1;
    if (NOT_MODEL_AFTER.hasUnit(codeAt(doc.text, m.index + code.length))) continue;
    out.push(entity(start, m.index + code.length, 'PRODUCT', undefined, undefined, 0));
  }
  return out;
}

/**
 * Laws and agreements: a head word (法案, 条例, 协议, 联合声明 …) with the words before it
 * that name it (反囤货协议, 对抗中国AI联合声明), stopping at verbs that govern the law
 * (签署, 通过) and at function words. Words of three or more characters ending in 法
 * (反垄断法, 国安法) are laws too.
 */
export function laws(doc: Doc): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    // a law's word ends with a head or with 法
    const last = doc.tokenLast[i]!;
    if (last !== LAW_CHAR && !LAW_HEADS.mayEndWith(last)) continue;
    const t = tokens[i]!;
    const w = t.word;
    const head = LAW_HEADS.longestEnding(w) ?? undefined;
    const bareLaw = !head && w.length >= 3 && w.endsWith('法') && NOT_LAW_ENDINGS.longestEnding(w) === null && BARE_LAW_TAGS.has(doc.tokenTag[i]!);
    if (!head && !bareLaw) continue;
    let start = t.start;
    for (let j = i - 1, parts = 0; j >= 0 && parts < 3; j--, parts++) {
      const p = tokens[j]!;
      if (p.end !== start && doc.text.slice(p.end, start).trim()) break;
      // verbs inside the name are allowed (反囤货协议); verbs that govern it (签署, 通过) are in LAW_STOP
      if (LAW_STOP.has(p.word) || doc.tokenTag[j] === NO_TAG || NOT_LAW_PART_TAGS.has(doc.tokenTag[j]!)) break;
      if (!isHanAt(p.word, 0) && doc.tokenTag[j] !== LATIN_WORD_TAG) break;
      start = p.start;
    }
    if (bareLaw || (start < t.start && t.end - start >= 4) || (w.length > (head?.length ?? 0) && w.length >= 4)) {
      out.push(entity(start, t.end, 'LAW', undefined, undefined, 0));
    }
  }
  return out;
}
