import type { Candidate } from '../../extractor.js';
import { EXCLUDED_WORDS } from './lexicon.js';
import { WordTable } from './word-table.js';

/**
 * Lexicalised words that hold numeral characters but state no quantity (一些, 四川, 第一线):
 * a numeral or an ordinal inside one is not read. Only the positions where a numeral or an
 * ordinal starts are asked about, so nothing is computed for the rest of the text. Each word
 * keeps its place in the list: on equal length the word listed first wins.
 */
const EXCLUDED = new WordTable<number>(EXCLUDED_WORDS.map((word, rank) => {
  // a one-character word would hide every numeral written with that character
  if (word.length === 1) throw new Error(`zh-claims: the excluded word ${JSON.stringify(word)} has fewer than two characters`);
  return [word, rank] as const;
}));

/**
 * The end of the excluded word covering `at`, or -1: the longest such occurrence, on equal
 * length the word listed first, then the earlier occurrence.
 */
export function excludedWordEnd(text: string, at: number): number {
  let bestEnd = -1, bestLength = 0, bestRank = Infinity;
  for (let from = Math.max(0, at - EXCLUDED.maxLength + 1); from <= at; from++) {
    // the longest word at `from` is the best there: if it does not reach `at`, no shorter one does
    const w = EXCLUDED.matchAt(text, from);
    if (w === null) continue;
    const length = w.word.length;
    if (from + length <= at || length < bestLength || (length === bestLength && w.value >= bestRank)) continue;
    bestEnd = from + length; bestLength = length; bestRank = w.value;
  }
  return bestEnd;
}

/** An ordinal whose 第/首 and next character sit inside an excluded word (第一线, 首先). */
export function isOrdinalExcluded(text: string, c: Candidate): boolean {
  return c.kind === 'ordinal' && excludedWordEnd(text, c.start) >= c.start + 2;
}
