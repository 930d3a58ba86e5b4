import { codeAt, UnitSet } from '../../text/chars.js';

/**
 * The longest word of a list that ends a given word. Words are indexed by their last UTF-16
 * unit, longest first, so a lookup tests only the words that end like the given one and
 * makes no substring.
 */
export class SuffixList {
  private readonly byLast = new Map<number, string[]>();
  /** the UTF-16 units that end a listed word: most words are answered without a map lookup */
  private readonly lastUnits = new UnitSet();
  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      const unit = w.charCodeAt(w.length - 1);
      this.lastUnits.add(unit);
      const list = this.byLast.get(unit);
      if (list) list.push(w); else this.byLast.set(unit, [w]);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }
  /** whether some listed word ends with this UTF-16 unit: `longestEnding` of a word ending otherwise is null */
  mayEndWith(unit: number): boolean {
    return this.lastUnits.has(unit);
  }
  /** the longest listed word that `word` ends with and that is at most `maxLength` long, or null */
  longestEnding(word: string, maxLength = Infinity): string | null {
    return this.longestEndingAt(word, word.length, maxLength);
  }
  /** the longest listed word, at most `maxLength` long, that ends at `end` in `text`, or null: the same as `longestEnding` of a slice, without the slice */
  longestEndingAt(text: string, end: number, maxLength = Infinity): string | null {
    // at the text's start there is no unit before `end` (NaN, which no listed word ends with)
    const unit = codeAt(text, end - 1);
    if (!this.lastUnits.has(unit)) return null;
    const list = this.byLast.get(unit);
    if (!list) return null;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      if (w.length <= maxLength && w.length <= end && text.startsWith(w, end - w.length)) return w;
    }
    return null;
  }
}
