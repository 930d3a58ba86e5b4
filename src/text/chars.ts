/** Character classes asked about in hot loops, as tables instead of a regular expression per character. */

/**
 * A set of UTF-16 units, one bit each (8 KB): small enough to stay in the processor's cache
 * while a text is scanned, where a byte table by unit (64 KB) or a set of strings would not.
 */
export class UnitSet {
  private readonly bits = new Int32Array(2048);
  /** `units`: codes, or a string whose every UTF-16 unit is a member */
  constructor(units: Iterable<number> | string = []) {
    if (typeof units === 'string') for (let k = 0; k < units.length; k++) this.add(units.charCodeAt(k));
    else for (const u of units) this.add(u);
  }
  /** the first unit of each string */
  static firstUnitsOf(words: Iterable<string>): UnitSet {
    const set = new UnitSet();
    for (const w of words) if (w) set.add(w.charCodeAt(0));
    return set;
  }
  add(unit: number): this { this.bits[unit >>> 5] = this.bits[unit >>> 5]! | (1 << (unit & 31)); return this; }
  /** false for NaN, which reading past the end of a text gives */
  has(unit: number): boolean { return unit >= 0 && ((this.bits[unit >>> 5]! >>> (unit & 31)) & 1) === 1; }
}

/**
 * The UTF-16 code at i, or NaN outside the text (as charCodeAt gives). Hot code reads its
 * neighbours through this: an out-of-range charCodeAt returns NaN too, but makes the
 * optimizing compiler throw away and recompile the function that did it.
 */
export const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : NaN);

/** The characters of \s in a regular expression (white space and line terminators). */
export const WHITE_SPACE = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const SPACE_UNITS = new UnitSet(WHITE_SPACE);
/** whether this UTF-16 code is matched by \s (NaN, past the end of a text, is not) */
export const isSpaceCode = (code: number): boolean => SPACE_UNITS.has(code);

/** whether the string holds white space (what /\s/ finds) */
export function hasSpace(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (SPACE_UNITS.has(w.charCodeAt(i))) return true;
  return false;
}

/** text[start, end) without the white space around it (start === end when nothing else is left) */
export function trimSpace(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && SPACE_UNITS.has(text.charCodeAt(start))) start++;
  while (end > start && SPACE_UNITS.has(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** ASCII classes of one UTF-16 code (NaN, past the end of a text, is none of them) */
export const isAsciiDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** A-Z, a-z: letters touching digits make a code (H200, 910B) rather than a quantity */
export const isAsciiLetterCode = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
export const isAsciiAlnumCode = (code: number): boolean => isAsciiDigitCode(code) || isAsciiLetterCode(code);

/** Han characters of the Basic Multilingual Plane (tested once, at load). */
const HAN = /\p{Script=Han}/u;
const HAN_UNIT = new UnitSet();
for (let c = 0; c < 65536; c++) if (HAN.test(String.fromCharCode(c))) HAN_UNIT.add(c);
/** whether the string holds a Han character (one unit, or a whole character outside the BMP) */
export const isHan = (c: string | undefined): boolean => !!c && (c.length === 1 ? HAN_UNIT.has(c.charCodeAt(0)) : HAN.test(c));
export const isHanCode = (code: number): boolean => HAN_UNIT.has(code);
/** `isHan(s[i])` without making the one-character string (reading a Han character allocates one) */
export const isHanAt = (s: string, i: number): boolean => HAN_UNIT.has(s.charCodeAt(i));

/** whether some character of the string is Han, without splitting it into characters */
export function someHan(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (HAN_UNIT.has(c)) return true;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < w.length && HAN.test(w.slice(i, i + 2))) return true;
  }
  return false;
}

/** whether every character of the string is Han (true for ''), without splitting it into characters */
export function allHan(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (HAN_UNIT.has(c)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < w.length && HAN.test(w.slice(i, i + 2))) { i++; continue; }
    return false;
  }
  return true;
}

/**
 * A set of characters asked about for every character of a word: one bit per UTF-16 unit
 * (a UnitSet, 8 KB, so the many sets of a scan stay in cache together), and a plain set
 * for characters outside the Basic Multilingual Plane.
 */
export class CharSet {
  private readonly units = new UnitSet();
  private readonly astral = new Set<string>();
  constructor(chars: Iterable<string>) {
    for (const c of chars) {
      if (c.length === 1) this.units.add(c.charCodeAt(0));
      else this.astral.add(c);
    }
  }
  has(c: string | undefined): boolean {
    return c !== undefined && (c.length === 1 ? this.units.has(c.charCodeAt(0)) : this.astral.has(c));
  }
  /** `has(s[i])` without making the one-character string (false past either end) */
  hasAt(s: string, i: number): boolean { return this.units.has(s.charCodeAt(i)); }
  /** `has` of the character with this UTF-16 unit (of the Basic Multilingual Plane) */
  hasUnit(unit: number): boolean { return this.units.has(unit); }
  /** whether every character of `w` is in the set (true for '') */
  every(w: string): boolean {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (this.units.has(c)) continue;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < w.length && this.astral.has(w.slice(i, i + 2))) { i++; continue; }
      return false;
    }
    return true;
  }
}
