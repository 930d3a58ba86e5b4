/**
 * A character trie over many names, stored flat: one Map from (node, UTF-16 unit) to the
 * child node, so building and walking stay fast for tens of thousands of names.
 * Matching walks from a start position as far as the trie allows: O(length of the longest
 * name) per position, independent of the number of names. The root's children sit in a
 * flat table: most positions of a text start no name, and they are answered by one read.
 */
const NO_MATCHES: ReadonlyArray<[number, never]> = Object.freeze([]);

export class NameTrie<T> {
  private readonly edges = new Map<number, number>();
  private readonly rootChildren = new Int32Array(65536);
  private readonly payloads = new Map<number, T>();
  private nodes = 1;
  /** longest name added, in UTF-16 units */
  maxLength = 0;

  /** Add a name; `merge` decides what a second payload for the same name becomes. */
  add(name: string, payload: T, merge: (old: T, added: T) => T = (_o, a) => a): void {
    if (!name) return;
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const key = node * 65536 + name.charCodeAt(i);
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.nodes++;
        this.edges.set(key, next);
        if (node === 0) this.rootChildren[name.charCodeAt(i)] = next;
      }
      node = next;
    }
    const old = this.payloads.get(node);
    this.payloads.set(node, old === undefined ? payload : merge(old, payload));
    if (name.length > this.maxLength) this.maxLength = name.length;
  }

  /** Every name that starts at `from` in `text`, shortest first, as [end, payload]. */
  matchesAt(text: string, from: number): ReadonlyArray<[number, T]> {
    if (from < 0 || from >= text.length) return NO_MATCHES;
    let node = this.rootChildren[text.charCodeAt(from)]!;
    if (node === 0) return NO_MATCHES;
    let out: Array<[number, T]> | null = null;
    for (let i = from; ; ) {
      const p = this.payloads.get(node);
      if (p !== undefined) (out ??= []).push([i + 1, p]);
      if (++i >= text.length) break;
      const next = this.edges.get(node * 65536 + text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
    }
    return out ?? NO_MATCHES;
  }

  get size(): number { return this.payloads.size; }
}
