import type { Candidate } from '../../extractor.js';
import { EXCLUDED_WORDS } from './lexicon.js';
import { UnitSet } from '../../text/chars.js';

/**
 * Lexicalised words that hold numeral characters but state no quantity (一些, 四川, 第一线):
 * a numeral or an ordinal inside one is not read. Only the positions where a numeral or an
 * ordinal starts are asked about, so nothing is computed for the rest of the text.
 */
interface ExcludedWord { word: string; rank: number }

/** Words by their first two UTF-16 units, each list in list order (the place in the list breaks ties). */
const BY_OPENING = new Map<number, ExcludedWord[]>();
/** 1 where some word starts with this unit: most positions need no map lookup */
const FIRST_UNIT = new UnitSet();
let MAX_LENGTH = 0;

const openingKey = (first: number, second: number): number => first * 65536 + second;

EXCLUDED_WORDS.forEach((word, rank) => {
  if (!word) return;
  // a one-character word would hide every numeral written with that character
  if (word.length < 2) throw new Error(`zh-claims: the excluded word ${JSON.stringify(word)} has fewer than two characters`);
  FIRST_UNIT.add(word.charCodeAt(0));
  MAX_LENGTH = Math.max(MAX_LENGTH, word.length);
  const key = openingKey(word.charCodeAt(0), word.charCodeAt(1));
  const list = BY_OPENING.get(key);
  if (list) list.push({ word, rank }); else BY_OPENING.set(key, [{ word, rank }]);
});

/**
 * The end of the excluded word covering `at`, or -1: the longest such occurrence, on equal
 * length the word listed first, then the earlier occurrence.
 */
export function excludedWordEnd(text: string, at: number): number {
  let bestEnd = -1, bestLength = 0, bestRank = Infinity;
  for (let from = Math.max(0, at - MAX_LENGTH + 1); from <= at; from++) {
    if (!FIRST_UNIT.has(text.charCodeAt(from))) continue;
    const words = BY_OPENING.get(openingKey(text.charCodeAt(from), text.charCodeAt(from + 1)));
    if (!words) continue;
    for (const w of words) {
      const length = w.word.length;
      if (from + length <= at || length < bestLength || (length === bestLength && w.rank >= bestRank)) continue;
      if (!text.startsWith(w.word, from)) continue;
      bestEnd = from + length; bestLength = length; bestRank = w.rank;
    }
  }
  return bestEnd;
}

/** An ordinal whose 第/首 and next character sit inside an excluded word (第一线, 首先). */
export function isOrdinalExcluded(text: string, c: Candidate): boolean {
  return c.kind === 'ordinal' && excludedWordEnd(text, c.start) >= c.start + 2;
}
