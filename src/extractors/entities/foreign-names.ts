import cues from '../../../data/entities/cues.json';
import { CharSet, entity, isHanCode, type Doc, type EntityCandidate } from './doc.js';
import { PERSON_TAGS, PLACE_TAG, TagSet } from './tags.js';
import { NOT_PERSON, NOT_PLACE, SURNAMES, TITLES, TRANSLITERATION, transliterated } from './cues.js';
import type { Token } from '../../text/segmenter.js';
import type { KnownSpan } from './name-extension.js';

const PLACE_ENDINGS = [...cues.placeEndings].sort((a, b) => b.length - a.length);
const PERSON_AFTER = [...cues.personContextAfter].sort((a, b) => b.length - a.length);
const PLACE_BEFORE = [...cues.placeContextBefore].sort((a, b) => b.length - a.length);
/** tags the segmenter gives to pieces of a foreign name it did not know */
const NAME_PIECE_TAGS = new TagSet(['nr', 'nrt', 'nrfg', 'ns', 'x', 'nz']);
const MAX_RUN = 10;
/** numerals, prepositions, conjunctions and particles are never part of a name */
const NOT_PIECE_TAGS = new TagSet(['m', 'p', 'c', 'u', 'uj']);
/** tags of a single word that is typed again as a foreign name (克里米亚) */
const LONE_NAME_TAGS = new TagSet(['nr', 'nrt', 'ns']);

/** one-character verbs and prepositions the run may open with, no part of the name */
const EDGE_WORDS = new CharSet(cues.foreignNameEdgeWords);
/** a place name ending in one of these is a natural feature (LOC) */
const NATURAL_FEATURE_LAST = new CharSet(cues.naturalFeatureLastCharacters);
/** a division character right after a name makes it a place (…州) */
const DIVISIONS = new CharSet(cues.divisionCharacters);
const EDGE_WORD = (t: Token) => t.word.length === 1 && EDGE_WORDS.has(t.word);

/**
 * Foreign names the segmenter cut into pieces (瓦拉 + 多利德, 费耶 + 诺德, 潘 + 沃尔卡):
 * adjacent tokens written only with transliteration characters, at least one of them
 * tagged as a name or unknown word, joined into one name of 3 to 10 characters. Whether
 * it is a person or a place comes from its ending (…堡, …尼亚) and its neighbours
 * (在…, 首都…; …说, …先生); otherwise from the tags of its pieces.
 */
export function foreignNames(doc: Doc, known: readonly KnownSpan[] = []): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens, text } = doc;
  // a run never crosses the edge of a known name (林克伦|华盛顿)
  const edges = new Set<number>();
  for (const k of known) if (k.end - k.start >= 3) { edges.add(k.start); edges.add(k.end); }
  for (let i = 0; i < tokens.length; i++) {
    if (!piece(doc, i)) continue;
    let j = i;
    let len = 0;
    while (j < tokens.length && piece(doc, j) && (j === i || (tokens[j]!.start === tokens[j - 1]!.end && !edges.has(tokens[j]!.start))) && len + tokens[j]!.word.length <= MAX_RUN) {
      len += tokens[j]!.word.length;
      j++;
    }
    // a lone piece (most runs) counts only as a name-tagged word of 3+ units: no run to build
    if (j === i + 1 && !(doc.tokenLength[i]! >= 3 && LONE_NAME_TAGS.has(doc.tokenTag[i]!))) continue;
    // the run's tokens are first … runEnd - 1
    let first = i;
    const runEnd = j;
    i = j - 1;
    // a one-character verb or preposition before the name is not part of it (让|特朗普, 当|西格尔)
    while (runEnd - first > 1 && EDGE_WORD(tokens[first]!)) first++;
    const run = tokens.slice(first, runEnd);
    len = run.reduce((n, t) => n + t.word.length, 0);
    // one name-tagged word of 3+ characters: typed again by its ending and neighbours (克里米亚 after 在)
    if (run.length === 1 && len >= 3 && LONE_NAME_TAGS.has(doc.tokenTag[first]!)) {
      const t = run[0]!;
      if (!NOT_PERSON.has(t.word) && !NOT_PLACE.has(t.word)) out.push(entity(t.start, t.end, typeOf(doc, t.start, t.end, first, runEnd), undefined, undefined, 0.5));
      continue;
    }
    const namePiece = (k: number) => NAME_PIECE_TAGS.has(doc.tokenTag[first + k]!);
    if (run.length < 2 || len < 3 || !run.some((_, k) => namePiece(k))) continue;
    // a run that is one known word and a one-character neighbour (巴黎 + 的) is not a new name
    if (run.some((t, k) => t.word.length === 1 && !namePiece(k)) && run.filter((t) => t.word.length > 1).length === 1 && len < 4) continue;
    const start = run[0]!.start, end = run[run.length - 1]!.end;
    const name = text.slice(start, end);
    if (NOT_PERSON.has(name) || NOT_PLACE.has(name)) continue;
    out.push(entity(start, end, typeOf(doc, start, end, first, runEnd), undefined, undefined, -1));
  }
  return out;
}

/** whether token i can be part of a transliterated name: Han, only transliteration characters, not a title */
function piece(doc: Doc, i: number): boolean {
  if (!isHanCode(doc.tokenFirst[i]!) || !TRANSLITERATION.hasUnit(doc.tokenFirst[i]!) || NOT_PIECE_TAGS.has(doc.tokenTag[i]!)) return false;
  const w = doc.tokens[i]!.word;
  return transliterated(w) && !TITLES.has(w);
}

/** the type of the name at start … end, made of tokens firstToken … endToken - 1 */
function typeOf(doc: Doc, start: number, end: number, firstToken: number, endToken: number): 'PER' | 'GPE' | 'LOC' {
  const name = doc.text.slice(start, end);
  if (PLACE_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length + 1)) return NATURAL_FEATURE_LAST.hasAt(name, name.length - 1) ? 'LOC' : 'GPE';
  if (PERSON_AFTER.some((w) => doc.text.startsWith(w, end))) return 'PER';
  if (PLACE_BEFORE.some((w) => doc.text.startsWith(w, start - w.length))) return 'GPE';
  if (DIVISIONS.hasAt(doc.text, end)) return 'GPE';
  let places = 0, people = 0;
  for (let k = firstToken; k < endToken; k++) {
    const tag = doc.tokenTag[k]!;
    if (tag === PLACE_TAG) places++;
    else if (PERSON_TAGS.has(tag)) people++;
  }
  // 潘 + 沃尔卡: a Chinese surname before a transliteration is still a foreign person
  if (people >= places || SURNAMES.has(name[0]!)) return 'PER';
  return 'GPE';
}
