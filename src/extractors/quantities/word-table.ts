import { codeAt, UnitSet } from '../../text/chars.js';
import { PairFilter } from '../../text/starts.js';

/** A word of a table with what it stands for; lookups hand out these shared, read-only entries. */
export interface WordMatch<V> { readonly word: string; readonly value: V }

/**
 * Words matched at a position, longest first (on equal length, the one listed first). Every
 * numeral asks several tables about the units after it, so a lookup makes no string, and most
 * positions are turned away by bit tables of the first unit and of the first two units before
 * a map is read.
 */
export class WordTable<V> {
  /** words of two units or more by their first two units (openingKey), longest first */
  private readonly byOpening = new Map<number, Array<WordMatch<V>>>();
  /** the one-unit words, by their unit */
  private readonly byUnit = new Map<number, WordMatch<V>>();
  /** the units words start with, those that are a word of their own, and the first two units of the others */
  private readonly starts = new PairFilter();
  /** the units words end with: most places are turned away before looking for a word ending there */
  private readonly last = new UnitSet();
  /** the longest word, in UTF-16 units */
  readonly maxLength: number = 0;

  constructor(entries: Iterable<readonly [string, V]>) {
    let maxLength = 0;
    for (const [word, value] of entries) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      this.starts.add(word);
      this.last.add(word.charCodeAt(word.length - 1));
      maxLength = Math.max(maxLength, word.length);
      if (word.length === 1) {
        if (!this.byUnit.has(first)) this.byUnit.set(first, { word, value });
        continue;
      }
      const second = word.charCodeAt(1);
      const key = openingKey(first, second);
      const list = this.byOpening.get(key);
      if (list) list.push({ word, value }); else this.byOpening.set(key, [{ word, value }]);
    }
    // a stable sort: words of equal length keep the order they were listed in
    for (const list of this.byOpening.values()) list.sort((a, b) => b.word.length - a.word.length);
    this.maxLength = maxLength;
  }

  /** the longest word starting at `at` */
  matchAt(text: string, at: number): WordMatch<V> | null {
    const first = text.charCodeAt(at);
    if (!this.starts.begins(first)) return null;
    const second = text.charCodeAt(at + 1);
    if (second === second && this.starts.mayPair(first, second)) {
      const list = this.byOpening.get(openingKey(first, second));
      if (list) for (const m of list) if (text.startsWith(m.word, at)) return m;
    }
    return this.starts.isWhole(first) ? this.byUnit.get(first)! : null;
  }

  /** whether some word may end exactly at `end` (its last character is one a word ends with) */
  mayEndAt(text: string, end: number): boolean {
    return this.last.has(codeAt(text, end - 1));
  }

  /** the longest word ending exactly at `end` */
  longestEndingAt(text: string, end: number): WordMatch<V> | null {
    for (let length = Math.min(this.maxLength, end); length >= 1; length--) {
      const m = this.matchAt(text, end - length);
      if (m && m.word.length === length) return m;
    }
    return null;
  }
}

/** two units as one map key (within the small integers a map keeps unboxed) */
const openingKey = (first: number, second: number): number => ((first & 0x3fff) << 16) | second;
