import cues from '../../../data/entities/cues.json';
import { CharSet, entity, UnitSet, type Doc, type EntityCandidate } from './doc.js';
import type { KnownEntity } from './lexicon.js';
import { COUNTRY_ABBREVIATIONS, PAIR_CHARS } from './cues.js';
import { openingWith } from '../../text/alternation.js';

/** the country's id by its one-character name */
const ABBREVIATION_ID: Record<string, string> = {};
for (const [id, { characters }] of COUNTRY_ABBREVIATIONS) for (const c of characters) ABBREVIATION_ID[c] = id;
const PREFIXES = cues.abbreviationPrefixes;
const PREFIX_ONLY = new CharSet(cues.abbreviationPrefixOnly);
/** what makes a compound of a country character (中企, 美媒); each one character */
const FOLLOWERS = new CharSet(cues.demonymCharacters + cues.abbreviationCompoundCharacters);
/** the characters a country abbreviation can be, by UTF-16 unit: the scan asks at every position */
const PAIR_OR_PREFIX_UNIT = new UnitSet([...cues.pairAbbreviations, ...cues.abbreviationPrefixOnly].filter((c) => c.length === 1).map((c) => c.charCodeAt(0)));

/**
 * One-character country names where they stand for the country: coordinated pairs
 * (中美, 日韩, 欧美) that form a word of their own, and the object of a short verb or
 * preposition (对华, 在华, 输中, 访美). Compounds (中企, 美媒, 华人) are left out.
 */
export function countryAbbreviations(doc: Doc, byId: ReadonlyMap<string, KnownEntity>): EntityCandidate[] {
  const { text } = doc;
  const out: EntityCandidate[] = [];
  const emit = (at: number): void => {
    const e = byId.get(ABBREVIATION_ID[text[at]!] ?? '');
    if (e) out.push(entity(at, at + 1, e.type, e.canonical, e.id, 1));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!PAIR_OR_PREFIX_UNIT.has(c)) continue;
    // a run of 2-3 country characters that is exactly one word or a run of one-character words
    if (PAIR_CHARS.hasUnit(c) && doc.wordStart[i] === 1 && (i === 0 || !PAIR_CHARS.hasAt(text, i - 1))) {
      let j = i + 1;
      while (j < text.length && j - i < 4 && PAIR_CHARS.hasAt(text, j) && text.charCodeAt(j) !== text.charCodeAt(j - 1)) j++;
      const len = j - i;
      // 中美 as a word, or opening a word about the two countries (中美关系, 中俄友好)
      if (len >= 2 && len <= 3 && (doc.wordEnd[j] === 1 || RELATION_WORD.test(text.slice(j, j + 4))) && !FOLLOWERS.hasAt(text, j) && pairLooksCoordinated(text.slice(i, j))) {
        for (let k = i; k < j; k++) emit(k);
        i = j - 1;
        continue;
      }
    }
    // 对华, 在华, 输中: the character ends a word and follows a known verb or preposition
    if (PREFIX_ONLY.hasUnit(c) && doc.wordEnd[i + 1] === 1 && !FOLLOWERS.hasAt(text, i + 1)) {
      const p = prefixBefore(text, i);
      if (p && doc.wordStart[i - p.length] === 1) emit(i);
    }
  }
  return out;
}

/** the first verb or preposition of the list that ends right before `at` (对华, 出口美) */
function prefixBefore(text: string, at: number): string | undefined {
  for (const w of PREFIXES) if (text.startsWith(w, at - w.length)) return w;
  return undefined;
}

/** what a pair of countries opens when the segmenter glues it to the next word: their relations, talks, trade */
const RELATION_WORD = openingWith(cues.pairRelationWords);

/** words made of country characters that are not pairs of countries (加以, 中英文) */
const NOT_PAIRS = new Set(cues.notPairWords);
/** the countries a pair names at least one of */
const MAIN = new CharSet(cues.pairMainAbbreviations);

/** 中美, 美中, 日韩, 欧美, 中日韩: at least one main actor among the characters */
function pairLooksCoordinated(run: string): boolean {
  if (NOT_PAIRS.has(run)) return false;
  for (const ch of run) if (MAIN.has(ch)) return true;
  return false;
}
