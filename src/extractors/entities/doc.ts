import type { ExtractContext } from '../../extractor.js';
import type { Candidate } from '../../extractor.js';
import type { EntityType } from '../../schema/mention.js';
import type { Region } from '../../schema/result.js';
import type { Token } from '../../text/segmenter.js';
import { matchKey } from './lexicon.js';
import { tagIdOf } from './tags.js';

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
  /**
   * What most rules ask of every token first, by token index, read once here: the rules
   * walk these small tables and touch a token's word and tag only where they may match.
   */
  tokenTag: Uint8Array;
  /** first and last UTF-16 unit of the word (0 for an empty word) */
  tokenFirst: Uint16Array;
  tokenLast: Uint16Array;
  /** length of the word in UTF-16 units, at most 255 */
  tokenLength: Uint8Array;
}

export function makeDoc(ctx: ExtractContext): Doc {
  const text = ctx.text;
  const tokens = ctx.tokens;
  const tokenAt = ctx.tokenAt;
  const n = tokens.length, units = text.length + 1;
  // the tables in one buffer, one allocation per document: two 16-bit tables first, then bytes
  const buffer = new ArrayBuffer(4 * n + 2 * n + 2 * units);
  const tokenFirst = new Uint16Array(buffer, 0, n), tokenLast = new Uint16Array(buffer, 2 * n, n);
  const tokenTag = new Uint8Array(buffer, 4 * n, n), tokenLength = new Uint8Array(buffer, 5 * n, n);
  const wordStart = new Uint8Array(buffer, 6 * n, units), wordEnd = new Uint8Array(buffer, 6 * n + units, units);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    wordStart[t.start] = 1;
    wordEnd[t.end] = 1;
    const w = t.word;
    tokenTag[i] = tagIdOf(t.tag);
    tokenLength[i] = Math.min(w.length, 255);
    if (w.length === 0) continue;
    tokenFirst[i] = w.charCodeAt(0);
    tokenLast[i] = w.charCodeAt(w.length - 1);
  }
  // text edges and white space are boundaries too
  wordStart[0] = 1; wordEnd[text.length] = 1;
  for (let i = 0; i < text.length; i++) if (tokenAt[i] === -1) { wordEnd[i] = 1; wordStart[i + 1] = 1; }
  return { text, key: matchKey(text), region: ctx.region, tokens, tokenAt, wordStart, wordEnd, tokenTag, tokenFirst, tokenLast, tokenLength };
}

export type EntityCandidate = Extract<Candidate, { kind: 'entity' }>;

export function entity(start: number, end: number, type: EntityType, canonical?: string, id?: string, priority = 0): EntityCandidate {
  const value: EntityCandidate['value'] = { type };
  if (canonical) value.canonical = canonical;
  if (id) value.id = id;
  return { kind: 'entity', start, end, value, priority };
}

export { allHan, CharSet, isAsciiAlnumCode, isHan, isHanAt, isHanCode, UnitSet } from '../../text/chars.js';

