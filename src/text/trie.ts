/**
 * A character trie over many keys (names of the lexicon, OpenCC's phrases), stored flat so
 * walking it allocates nothing: the root's children in a table by UTF-16 unit behind a bit
 * set of first units (most positions of a text start no key), the other edges in an
 * open-addressing hash table keyed by (node, unit) whose slots (parent, unit, child) sit side
 * by side, behind a small filter of the edges that exist; payloads in an array by node behind
 * one bit per node that says whether there is one. Matching walks from a start position as
 * far as the trie allows: O(length of the longest key) per position, independent of the
 * number of keys.
 */
import { PairFilter } from './starts.js';

const NO_MATCHES: ReadonlyArray<[number, never]> = Object.freeze([]);

export class NameTrie<T> {
  private readonly rootChildren = new Int32Array(65536);
  /**
   * The first units of the keys (8 KB that stay in cache, where the root table, 256 KB, does
   * not) and their first two units hashed into 2^18 bits (32 KB): most positions whose unit
   * starts a key start none with the unit after it (中国, 中华 are names; 中的 starts none),
   * and this answers them before the root table is read.
   */
  private readonly starts = new PairFilter(18);
  /**
   * edge table, SLOT numbers per slot: parent node, unit, child node. The root's edges live in
   * `rootChildren`, so no parent here is 0 and 0 marks an empty slot: a new table needs no fill.
   */
  private edges = new Int32Array(1024 * SLOT);
  private slots = 1024;
  private edgeCount = 0;
  /**
   * One bit per (node, unit) hash, 16 bits per edge: most probes from a node that starts a
   * name find no edge (中 starts many names, 中的 none), and this small table answers them
   * without touching the large one.
   */
  private edgeFilter = new Int32Array(1024 * FILTER_BITS_PER_SLOT / 32);
  private readonly payloads: Array<T | undefined> = [undefined];
  /** one bit per node that ends a key: dense, so walking a text reads few cache lines */
  private terminal = new Int32Array(64);
  private nodes = 1;
  /** longest name added, in UTF-16 units */
  maxLength = 0;

  /** Add a name; `merge` decides what a second payload for the same name becomes. */
  add(name: string, payload: T, merge: (old: T, added: T) => T = (_o, a) => a): void {
    if (!name) return;
    this.starts.add(name);
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
    if (node >>> 5 >= this.terminal.length) {
      const grown = new Int32Array(Math.max(this.terminal.length * 2, (node >>> 5) + 1));
      grown.set(this.terminal);
      this.terminal = grown;
    }
    this.terminal[node >>> 5] = this.terminal[node >>> 5]! | (1 << (node & 31));
    if (name.length > this.maxLength) this.maxLength = name.length;
  }

  /** Every name that starts at `from` in `text`, shortest first, as [end, payload] (allocates: for a few lookups, not scans). */
  matchesAt(text: string, from: number): ReadonlyArray<[number, T]> {
    const ends = new Int32Array(this.maxLength + 1), payloads: T[] = [];
    const n = this.matchesInto(text, from, ends, payloads);
    return n === 0 ? NO_MATCHES : Array.from({ length: n }, (_, k): [number, T] => [ends[k]!, payloads[k]!]);
  }

  /**
   * Every name that starts at `from`, shortest first, written into caller-owned buffers
   * (`ends`: at least `maxLength` long); returns how many. For scans over every position.
   */
  matchesInto(text: string, from: number, ends: Int32Array, payloads: T[]): number {
    if (from < 0 || from >= text.length || !this.starts.mayStartAt(text, from)) return 0;
    let node = this.rootChildren[text.charCodeAt(from)]!;
    let count = 0;
    for (let i = from; node !== 0; ) {
      if (this.isTerminal(node)) { ends[count] = i + 1; payloads[count] = this.payloads[node]!; count++; }
      if (++i >= text.length) break;
      node = this.child(node, text.charCodeAt(i));
    }
    return count;
  }

  /**
   * The longest name starting at `from` and ending at or before `limit`: its end, or 0 when
   * none. Its payload is left in `matched`, so a scan over every position allocates nothing.
   */
  longestAt(text: string, from: number, limit: number = text.length): number {
    if (from >= limit || !this.starts.mayStartAt(text, from, limit)) return 0;
    let node = this.rootChildren[text.charCodeAt(from)]!;
    let end = 0;
    for (let i = from; node !== 0; ) {
      if (this.isTerminal(node)) { end = i + 1; this.matched = this.payloads[node]; }
      if (++i >= limit) break;
      node = this.child(node, text.charCodeAt(i));
    }
    return end;
  }

  /** The payload of the last match `longestAt` found. */
  matched: T | undefined = undefined;

  private isTerminal(node: number): boolean {
    return ((this.terminal[node >>> 5] ?? 0) & (1 << (node & 31))) !== 0;
  }

  get size(): number { return this.payloads.reduce((n, p) => n + (p === undefined ? 0 : 1), 0); }

  /** the child of `node` by `unit`, 0 when there is none (no node has the root as a child) */
  private child(node: number, unit: number): number {
    if (node === 0) return this.rootChildren[unit]!;
    const bit = filterBitOf(node, unit, this.edgeFilter.length * 32 - 1);
    if ((this.edgeFilter[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0;
    const mask = this.slots - 1, edges = this.edges;
    for (let s = slotOf(node, unit, mask); ; s = (s + 1) & mask) {
      const p = edges[s * SLOT]!;
      if (p === 0) return 0;
      if (p === node && edges[s * SLOT + 1] === unit) return edges[s * SLOT + 2]!;
    }
  }

  private insertEdge(node: number, unit: number, child: number): void {
    // keep the table at most half full so probes stay short
    if ((this.edgeCount + 1) * 2 > this.slots) this.grow();
    const mask = this.slots - 1, edges = this.edges;
    let s = slotOf(node, unit, mask);
    while (edges[s * SLOT] !== 0) s = (s + 1) & mask;
    edges[s * SLOT] = node; edges[s * SLOT + 1] = unit; edges[s * SLOT + 2] = child;
    const bit = filterBitOf(node, unit, this.edgeFilter.length * 32 - 1);
    this.edgeFilter[bit >>> 5] = this.edgeFilter[bit >>> 5]! | (1 << (bit & 31));
    this.edgeCount++;
  }

  private grow(): void {
    const old = this.edges, oldSlots = this.slots;
    this.slots *= 2;
    this.edges = new Int32Array(this.slots * SLOT);
    this.edgeFilter = new Int32Array(this.slots * FILTER_BITS_PER_SLOT / 32);
    this.edgeCount = 0;
    for (let s = 0; s < oldSlots; s++) if (old[s * SLOT] !== 0) this.insertEdge(old[s * SLOT]!, old[s * SLOT + 1]!, old[s * SLOT + 2]!);
  }
}

const SLOT = 3;
/** the table is at most half full, so 8 bits per slot are at least 16 per edge (~6% false hits) */
const FILTER_BITS_PER_SLOT = 8;

function slotOf(node: number, unit: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77)) >>> 0) & mask;
}

function filterBitOf(node: number, unit: number, mask: number): number {
  return ((Math.imul(node ^ (unit << 16), 0x2c1b3c6d) ^ Math.imul(unit + 7, 0x297a2d39)) >>> 7) & mask;
}
