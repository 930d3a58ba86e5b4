/**
 * The longest word of a list that ends a given word, found by looking up the word's own
 * endings (one set lookup per length) instead of testing every word of the list.
 */
export class SuffixList {
  private readonly words: Set<string>;
  private readonly lengths: number[];
  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w.length > 0));
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
  }
  /** the longest listed word that `word` ends with and that is at most `maxLength` long, or null */
  longestEnding(word: string, maxLength = Infinity): string | null {
    for (const n of this.lengths) {
      if (n > word.length || n > maxLength) continue;
      const tail = n === word.length ? word : word.slice(word.length - n);
      if (this.words.has(tail)) return tail;
    }
    return null;
  }
}
