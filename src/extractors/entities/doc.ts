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
  const tokenAt = ctx.tokenAt;
  const wordStart = new Uint8Array(text.length + 1);
  const wordEnd = new Uint8Array(text.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
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

export { allHan, CharSet, isHan, isHanAt, isHanCode } from '../../text/chars.js';
const isAsciiAlnumCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** whether the string holds an ASCII letter or digit */
export const isAsciiAlnum = (c: string | undefined): boolean => !!c && (c.length === 1 ? isAsciiAlnumCode(c.charCodeAt(0)) : /[A-Za-z0-9]/.test(c));

