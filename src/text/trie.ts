/**
 * A character trie over many keys (names of the lexicon, OpenCC's phrases), stored flat so walking it allocates nothing: the root's
 * children in a table by UTF-16 unit (most positions of a text start no name, or are
 * answered by one read), the other edges in an open-addressing hash table of typed arrays
 * keyed by (node, unit), payloads in an array by node. Matching walks from a start position
 * as far as the trie allows: O(length of the longest name) per position, independent of
 * the number of names.
 */
const NO_MATCHES: ReadonlyArray<[number, never]> = Object.freeze([]);

export class NameTrie<T> {
  private readonly rootChildren = new Int32Array(65536);
  /** edge table: parent node (-1 for an empty slot), unit, child node */
  private edgeParent = new Int32Array(1024).fill(-1);
  private edgeUnit = new Uint16Array(1024);
  private edgeChild = new Int32Array(1024);
  private edgeCount = 0;
  private readonly payloads: Array<T | undefined> = [undefined];
  private nodes = 1;
  /** longest name added, in UTF-16 units */
  maxLength = 0;

  /** Add a name; `merge` decides what a second payload for the same name becomes. */
  add(name: string, payload: T, merge: (old: T, added: T) => T = (_o, a) => a): void {
    if (!name) return;
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const unit = name.charCodeAt(i);
      let next = this.child(node, unit);
      if (next === 0) {
        next = this.nodes++;
        this.payloads.push(undefined);
        if (node === 0) this.rootChildren[unit] = next;
        else this.insertEdge(node, unit, next);
      }
      node = next;
    }
    const old = this.payloads[node];
    this.payloads[node] = old === undefined ? payload : merge(old, payload);
    if (name.length > this.maxLength) this.maxLength = name.length;
  }

  /** Every name that starts at `from` in `text`, shortest first, as [end, payload]. */
  matchesAt(text: string, from: number): ReadonlyArray<[number, T]> {
    if (from < 0 || from >= text.length) return NO_MATCHES;
    let node = this.rootChildren[text.charCodeAt(from)]!;
    if (node === 0) return NO_MATCHES;
    let out: Array<[number, T]> | null = null;
    for (let i = from; ; ) {
      const p = this.payloads[node];
      if (p !== undefined) (out ??= []).push([i + 1, p]);
      if (++i >= text.length) break;
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) break;
    }
    return out ?? NO_MATCHES;
  }

  /**
   * The longest name starting at `from` and ending at or before `limit`: its end, or 0 when
   * none. Its payload is left in `matched`, so a scan over every position allocates nothing.
   */
  longestAt(text: string, from: number, limit: number = text.length): number {
    if (from >= limit) return 0;
    let node = this.rootChildren[text.charCodeAt(from)]!;
    let end = 0;
    for (let i = from; node !== 0; ) {
      const p = this.payloads[node];
      if (p !== undefined) { end = i + 1; this.matched = p; }
      if (++i >= limit) break;
      node = this.child(node, text.charCodeAt(i));
    }
    return end;
  }

  /** The payload of the last match `longestAt` found. */
  matched: T | undefined = undefined;

  get size(): number { return this.payloads.reduce((n, p) => n + (p === undefined ? 0 : 1), 0); }

  /** the child of `node` by `unit`, 0 when there is none (no node has the root as a child) */
  private child(node: number, unit: number): number {
    if (node === 0) return this.rootChildren[unit]!;
    const mask = this.edgeParent.length - 1;
    for (let s = slotOf(node, unit, mask); ; s = (s + 1) & mask) {
      const p = this.edgeParent[s]!;
      if (p === -1) return 0;
      if (p === node && this.edgeUnit[s] === unit) return this.edgeChild[s]!;
    }
  }

  private insertEdge(node: number, unit: number, child: number): void {
    // keep the table at most half full so probes stay short
    if ((this.edgeCount + 1) * 2 > this.edgeParent.length) this.grow();
    const mask = this.edgeParent.length - 1;
    let s = slotOf(node, unit, mask);
    while (this.edgeParent[s] !== -1) s = (s + 1) & mask;
    this.edgeParent[s] = node; this.edgeUnit[s] = unit; this.edgeChild[s] = child;
    this.edgeCount++;
  }

  private grow(): void {
    const parent = this.edgeParent, unit = this.edgeUnit, child = this.edgeChild;
    const size = parent.length * 2;
    this.edgeParent = new Int32Array(size).fill(-1);
    this.edgeUnit = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    this.edgeCount = 0;
    for (let s = 0; s < parent.length; s++) if (parent[s] !== -1) this.insertEdge(parent[s]!, unit[s]!, child[s]!);
  }
}

function slotOf(node: number, unit: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77)) >>> 0) & mask;
}
