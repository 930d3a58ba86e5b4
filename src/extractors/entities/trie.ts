/**
 * A character trie over many names, stored flat: one Map from (node, UTF-16 unit) to the
 * child node, so building and walking stay fast for tens of thousands of names.
 * Matching walks from a start position as far as the trie allows: O(length of the longest
 * name) per position, independent of the number of names.
 */
export class NameTrie<T> {
  private readonly edges = new Map<number, number>();
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
      if (next === undefined) { next = this.nodes++; this.edges.set(key, next); }
      node = next;
    }
    const old = this.payloads.get(node);
    this.payloads.set(node, old === undefined ? payload : merge(old, payload));
    if (name.length > this.maxLength) this.maxLength = name.length;
  }

  /** Every name that starts at `from` in `text`, shortest first, as [end, payload]. */
  matchesAt(text: string, from: number): Array<[number, T]> {
    const out: Array<[number, T]> = [];
    let node = 0;
    for (let i = from; i < text.length; i++) {
      const next = this.edges.get(node * 65536 + text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      const p = this.payloads.get(node);
      if (p !== undefined) out.push([i + 1, p]);
    }
    return out;
  }

  get size(): number { return this.payloads.size; }
}
