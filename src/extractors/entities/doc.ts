import type { ExtractContext } from '../../extractor.js';
import type { Candidate } from '../../extractor.js';
import type { EntityType } from '../../schema/mention.js';
import type { Region } from '../../schema/result.js';
import type { Token } from '../../text/segmenter.js';
import { matchKey } from './lexicon.js';

/** The working text with what every entity rule asks of it: word boundaries, the token at a position. */
export interface Doc {
  text: string;
  /** `text` with Latin letters folded to lower case, same length */
  key: string;
  region: Region;
  tokens: readonly Token[];
  /** index of the token covering each unit, -1 where none does (white space) */
  tokenAt: Int32Array;
  wordStart: Uint8Array;
  wordEnd: Uint8Array;
}

export function makeDoc(ctx: ExtractContext): Doc {
  const text = ctx.text;
  const tokens = ctx.tokens;
  const tokenAt = new Int32Array(text.length).fill(-1);
  const wordStart = new Uint8Array(text.length + 1);
  const wordEnd = new Uint8Array(text.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    tokenAt.fill(i, t.start, t.end);
    wordStart[t.start] = 1;
    wordEnd[t.end] = 1;
  }
  // text edges and white space are boundaries too
  wordStart[0] = 1; wordEnd[text.length] = 1;
  for (let i = 0; i < text.length; i++) if (tokenAt[i] === -1) { wordEnd[i] = 1; wordStart[i + 1] = 1; }
  return { text, key: matchKey(text), region: ctx.region, tokens, tokenAt, wordStart, wordEnd };
}

export type EntityCandidate = Extract<Candidate, { kind: 'entity' }>;

export function entity(start: number, end: number, type: EntityType, canonical?: string, id?: string, priority = 0): EntityCandidate {
  const value: EntityCandidate['value'] = { type };
  if (canonical) value.canonical = canonical;
  if (id) value.id = id;
  return { kind: 'entity', start, end, value, priority };
}

/** Han characters of the Basic Multilingual Plane, one flag per UTF-16 unit (tested once, at load). */
const HAN_UNIT = new Uint8Array(65536);
{
  const han = /\p{Script=Han}/u;
  for (let c = 0; c < 65536; c++) if (han.test(String.fromCharCode(c))) HAN_UNIT[c] = 1;
}
const HAN = /\p{Script=Han}/u;
/** whether the string holds a Han character (one unit, or a whole character outside the BMP) */
export const isHan = (c: string | undefined): boolean => !!c && (c.length === 1 ? HAN_UNIT[c.charCodeAt(0)] === 1 : HAN.test(c));
export const isHanCode = (code: number): boolean => HAN_UNIT[code] === 1;

/** whether every character of the string is Han (true for ''), without splitting it into characters */
export function allHan(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (HAN_UNIT[c] === 1) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < w.length && HAN.test(w.slice(i, i + 2))) { i++; continue; }
    return false;
  }
  return true;
}

/**
 * A set of characters asked about for every character of a word: one flag per UTF-16 unit,
 * and a plain set for characters outside the Basic Multilingual Plane.
 */
export class CharSet {
  private readonly units = new Uint8Array(65536);
  private readonly astral = new Set<string>();
  constructor(chars: Iterable<string>) {
    for (const c of chars) {
      if (c.length === 1) this.units[c.charCodeAt(0)] = 1;
      else this.astral.add(c);
    }
  }
  has(c: string | undefined): boolean {
    return c !== undefined && (c.length === 1 ? this.units[c.charCodeAt(0)] === 1 : this.astral.has(c));
  }
  /** whether every character of `w` is in the set (true for '') */
  every(w: string): boolean {
    for (let i = 0; i < w.length; i++) {
      if (this.units[w.charCodeAt(i)] === 1) continue;
      const c = w.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < w.length && this.astral.has(w.slice(i, i + 2))) { i++; continue; }
      return false;
    }
    return true;
  }
}
const isAsciiAlnumCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** whether the string holds an ASCII letter or digit */
export const isAsciiAlnum = (c: string | undefined): boolean => !!c && (c.length === 1 ? isAsciiAlnumCode(c.charCodeAt(0)) : /[A-Za-z0-9]/.test(c));

/** The token starting exactly at `pos`, or null. */
export function tokenStartingAt(doc: Doc, pos: number): Token | null {
  const i = pos < doc.text.length ? doc.tokenAt[pos]! : -1;
  if (i < 0) return null;
  const t = doc.tokens[i]!;
  return t.start === pos ? t : null;
}

/** The token ending exactly at `pos`, or null. */
export function tokenEndingAt(doc: Doc, pos: number): Token | null {
  const i = pos > 0 ? doc.tokenAt[pos - 1]! : -1;
  if (i < 0) return null;
  const t = doc.tokens[i]!;
  return t.end === pos ? t : null;
}
