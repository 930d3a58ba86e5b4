/**
 * A set of UTF-16 units, one bit each (8 KB). Tables asked at every character of a document
 * stay in the processor's cache this way, where a 64 KB byte table would be read from memory
 * again after each word segmentation or other large work between two documents.
 */
export class UnitSet {
  private readonly bits = new Uint32Array(2048);

  constructor(chars: string = '') {
    for (let k = 0; k < chars.length; k++) this.add(chars.charCodeAt(k));
  }

  add(code: number): this {
    // NaN (a position outside the text) reads the bit of U+0000, so U+0000 is never a member
    if (code === 0) throw new Error('zh-claims: U+0000 cannot be in a UnitSet');
    this.bits[code >>> 5]! |= 1 << (code & 31);
    return this;
  }

  /** whether the unit `code` (text.charCodeAt(i); NaN past either end: never) is in the set */
  has(code: number): boolean {
    return ((this.bits[code >>> 5]! >>> (code & 31)) & 1) === 1;
  }
}
