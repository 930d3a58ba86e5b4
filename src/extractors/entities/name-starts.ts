import { UnitSet } from './doc.js';

/**
 * What the first two units of a text position say about the lexicon's names there, asked
 * before walking the trie: most positions of a text start no name, or start names only
 * with another second unit (中国 and 中华 are names, 中的 starts none). Small bit tables
 * (8 KB and 32 KB) answer that without the trie's larger tables. A "yes" may be wrong
 * (the pair table is hashed); a "no" never is.
 */
export class NameStarts {
  private readonly firstUnits = new UnitSet();
  /** first units that are a whole name (a one-character name needs no second unit) */
  private readonly wholeUnits = new UnitSet();
  private readonly pairs = new Int32Array(PAIR_BITS >>> 5);

  add(name: string): void {
    if (!name) return;
    const first = name.charCodeAt(0);
    this.firstUnits.add(first);
    if (name.length === 1) { this.wholeUnits.add(first); return; }
    const bit = pairBit(first, name.charCodeAt(1));
    this.pairs[bit >>> 5] = this.pairs[bit >>> 5]! | (1 << (bit & 31));
  }

  /** whether some name may start at `at` of `text` */
  mayStartAt(text: string, at: number): boolean {
    const first = text.charCodeAt(at);
    if (!this.firstUnits.has(first)) return false;
    if (this.wholeUnits.has(first)) return true;
    const second = text.charCodeAt(at + 1);
    if (second !== second) return false; // past the end: only a one-unit name could start here
    const bit = pairBit(first, second);
    return (this.pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

const PAIR_BITS = 1 << 18;

function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x3c6ef372, 0x85ebca77)) >>> (32 - 18);
}
