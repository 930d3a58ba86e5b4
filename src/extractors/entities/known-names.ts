import cues from '../../../data/entities/cues.json';
import { CharSet, entity, isAsciiAlnumCode, isHanCode, type Doc, type EntityCandidate } from './doc.js';
import { senseFor, type Lexicon, type NameSense } from './lexicon.js';
import { SuffixList } from './suffixes.js';
import { DEMONYM_NEXT } from './cues.js';
import { UNKNOWN_WORD_TAG } from './tags.js';

const DEMONYM_ALLOWED = cues.demonymAllowed;
/** names that mean something else after these characters: 长江两岸 are a river's banks */
const NOT_AFTER = new Map<string, string>(Object.entries(cues.notAfterCharacters));
/** every character some name must not follow: most matches need no lookup by name */
const NOT_AFTER_ANY = new CharSet([...NOT_AFTER.values()].join(''));
/** titles of rulers (天皇, 女王), which a known person's name may end with */
const RULER_TITLES = new SuffixList(cues.rulerTitles);

/** Which matches of a name the text supports: whole words for Latin, word-aligned for short Han names. */
function acceptable(doc: Doc, start: number, end: number): boolean {
  const { text } = doc;
  const first = text.charCodeAt(start), last = text.charCodeAt(end - 1);
  // Latin names never start or end inside a Latin word or number
  if (isAsciiAlnumCode(first) && isAsciiAlnumCode(text.charCodeAt(start - 1))) return false;
  if (isAsciiAlnumCode(last) && isAsciiAlnumCode(text.charCodeAt(end))) return false;
  if (!isHanCode(first) && !isHanCode(last)) return true;
  // inside a word the segmenter guessed (同中国 tagged x): its boundaries say nothing, the name stands
  const ti = doc.tokenAt[start]!;
  if (ti >= 0 && end - start >= 2 && doc.tokenTag[ti] === UNKNOWN_WORD_TAG && doc.tokens[ti]!.end >= end && doc.tokens[ti]!.word.length <= 4) return true;
  const aligned = doc.wordStart[start] === 1 && doc.wordEnd[end] === 1;
  if (end - start >= 3) return doc.wordStart[start] === 1 || doc.wordEnd[end] === 1;
  if (aligned) return true;
  // a short name glued to the next word (中国人民, 北京市委) still counts when it starts a word
  return doc.wordStart[start] === 1 && doc.wordEnd[end] !== 1 && end - start === 2;
}

/** A place followed by 人, 籍 … is part of a demonym (美国人, 日本籍), not a mention; 企, 媒 … matter for one-character forms only (abbreviations.ts). */
function inDemonym(doc: Doc, end: number): boolean {
  if (!DEMONYM_NEXT.hasAt(doc.text, end)) return false;
  return !DEMONYM_ALLOWED.some((w) => doc.text.startsWith(w, end));
}

/** Every lexicon name in the text, longest acceptable match at each position. */
export function knownNames(doc: Doc, lexicon: Lexicon): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { trie } = lexicon;
  const n = doc.key.length;
  const ends = new Int32Array(trie.maxLength + 1), sensesOf: NameSense[][] = [];
  for (let i = 0; i < n; i++) {
    const c = doc.key.charCodeAt(i);
    if (c <= 0x20) continue;
    for (let k = trie.matchesInto(doc.key, i, ends, sensesOf) - 1; k >= 0; k--) {
      const end = ends[k]!, senses = sensesOf[k]!;
      const e = senseFor(senses, doc.region);
      if (!e || !acceptable(doc, i, end)) continue;
      if ((e.type === 'GPE' || e.type === 'LOC') && inDemonym(doc, end)) continue;
      if (i > 0 && NOT_AFTER_ANY.hasAt(doc.text, i - 1) && NOT_AFTER.get(doc.text.slice(i, end))?.includes(doc.text[i - 1]!)) continue;
      // 明治天皇, 维多利亚女王: a ruler's title stays outside the name, as other titles do
      const title = e.type === 'PER' ? RULER_TITLES.longestEndingAt(doc.text, end, end - i) : null;
      if (title && end - title.length - i >= 2) out.push(entity(i, end - title.length, 'PER', e.canonical, e.id, 2 + e.rank));
      else out.push(entity(i, end, e.type, e.canonical, e.id, 2 + e.rank));
      break;
    }
  }
  return out;
}
