import type { ExtractContext } from '../extractor.js';
import type { Mention, MentionOf } from '../schema/mention.js';
import type { Token } from '../text/segmenter.js';
import { CharSet, isSpaceCode } from '../text/chars.js';
import { isOutletName } from './lexicon.js';
import { classOfToken, WORD } from './word-classes.js';

export type EntityMention = MentionOf<'entity'>;

/** Quotation marks, one UTF-16 unit each: the characters, to build further sets from. */
export const OPEN_QUOTE_CHARS = '“「『"‘';
export const CLOSE_QUOTE_CHARS = '”」』"’';
export const OPEN_QUOTES = new CharSet(OPEN_QUOTE_CHARS);
/** Punctuation that may end or open a clause; trimmed from claim spans. */
export const PUNCT = new CharSet(',.:;!?。、…—- \u3000\t\n"\'');
/** no characters: skip(i, end, NO_CHARS) skips white space only */
export const NO_CHARS = new CharSet([]);

/** the last item, if any (reading xs[-1] of an empty array is a slow property lookup, not a miss) */
export const lastOf = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[xs.length - 1] : undefined);

const byStart = <T extends { start: number }>(xs: readonly T[], at: number): number => {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
};

/** For each position p ≤ length: the index of the first item starting at or after p (items sorted by start). */
function firstStartingFrom(xs: ReadonlyArray<{ start: number }>, length: number): Int32Array {
  const out = new Int32Array(length + 1);
  let j = 0;
  for (let p = 0; p <= length; p++) {
    while (j < xs.length && xs[j]!.start < p) j++;
    out[p] = j;
  }
  return out;
}

/**
 * For each position p < length: the index of the mention covering it, or -1. Mentions never
 * overlap, so each one fills its own span.
 */
function mentionCoverTable(ms: readonly Mention[], length: number): Int32Array {
  const out = new Int32Array(length).fill(-1);
  for (let j = 0; j < ms.length; j++) out.fill(j, Math.max(0, ms[j]!.start), Math.min(length, ms[j]!.end));
  return out;
}

/** One document as the claim builder reads it: working text, tokens and mentions with range lookups. */
export class ClaimDoc {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly entities: readonly EntityMention[];
  private tokenList: readonly Token[] | null = null;
  /** the prepared document's table of the token covering each position (read once: it is a getter) */
  private tokenCover: Int32Array | null = null;
  /** for each position, the index of the mention covering it, or -1: lookups run per character */
  private mentionCover: Int32Array | null = null;
  /** range lookups start from position tables: for each position, the first mention starting there or later */
  private mentionFrom: Int32Array | null = null;
  /** for each position, the first entity starting there or later */
  private entityFrom: Int32Array | null = null;
  private outletSpeakers: Map<EntityMention, boolean> | null = null;
  /** for each token, its class bits (WORD), 0 until first asked */
  private tokenClasses: Uint16Array | null = null;

  /** `mentions`: resolved as resolveOverlaps returns them (non-empty, none overlapping, sorted by start), which the tables rely on */
  constructor(readonly ctx: ExtractContext, mentions: readonly Mention[]) {
    this.text = ctx.text;
    this.mentions = mentions;
    this.entities = this.mentions.filter((m): m is EntityMention => m.kind === 'entity');
  }

  get tokens(): readonly Token[] { return (this.tokenList ??= this.ctx.tokens); }

  /**
   * The index of the first token starting at or after `start` (tokens.length if none): hot
   * loops walk `tokens` from here while a token starts before their end, with no array made.
   */
  firstTokenFrom(start: number): number {
    // the token after the one covering the position before `start` (the prepared table); in a gap, search
    const k = start >= 1 && start <= this.text.length ? (this.tokenCover ??= this.ctx.tokenAt)[start - 1]! : -1;
    return k >= 0 ? k + 1 : byStart(this.tokens, start);
  }

  /** the tokens starting in [start, end) */
  tokensIn(start: number, end: number): Token[] {
    const ts = this.tokens, out: Token[] = [];
    for (let i = this.firstTokenFrom(start); i < ts.length && ts[i]!.start < end; i++) out.push(ts[i]!);
    return out;
  }

  /** whether a verb token (not inside an entity) starts in [start, end) */
  hasVerbIn(start: number, end: number): boolean {
    const ts = this.tokens;
    for (let i = this.firstTokenFrom(start); i < ts.length && ts[i]!.start < end; i++) if (this.isVerbToken(i)) return true;
    return false;
  }

  /** the index of the token that starts at or covers position i, or -1 */
  tokenIndexAt(i: number): number {
    // (the prepared table holds the covering token of every position; tokens lie inside the text)
    return i >= 0 && i < this.text.length ? (this.tokenCover ??= this.ctx.tokenAt)[i]! : -1;
  }

  /** the token that starts at or covers position i */
  tokenAt(i: number): Token | undefined {
    const k = this.tokenIndexAt(i);
    return k < 0 ? undefined : this.tokens[k];
  }

  /** the class bits (WORD) of token k: each token is looked up once, whatever rules ask */
  tokenClass(k: number): number {
    const classes = (this.tokenClasses ??= new Uint16Array(this.tokens.length));
    return classes[k] || (classes[k] = classOfToken(this.tokens[k]!));
  }

  /** isVerbAt for token k, from its class */
  isVerbToken(k: number): boolean {
    if (!(this.tokenClass(k) & WORD.verbTag)) return false;
    const m = this.mentionAt(this.tokens[k]!.start);
    return !m || m.kind !== 'entity';
  }

  /** the index of the first mention starting at or after p (mentions.length if none) */
  private firstMentionFrom(p: number): number {
    if (p < 0 || p > this.text.length) return byStart(this.mentions, p);
    return (this.mentionFrom ??= firstStartingFrom(this.mentions, this.text.length))[p]!;
  }

  /** the index of the first entity starting at or after p (entities.length if none) */
  private firstEntityFrom(p: number): number {
    if (p < 0 || p > this.text.length) return byStart(this.entities, p);
    return (this.entityFrom ??= firstStartingFrom(this.entities, this.text.length))[p]!;
  }

  mentionsIn(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstMentionFrom(start); i < this.mentions.length && this.mentions[i]!.start < end; i++) {
      if (this.mentions[i]!.end <= end) out.push(this.mentions[i]!);
    }
    return out;
  }

  /** whether mentionsIn(start, end) would list any */
  hasMentionIn(start: number, end: number): boolean {
    for (let i = this.firstMentionFrom(start); i < this.mentions.length && this.mentions[i]!.start < end; i++) {
      if (this.mentions[i]!.end <= end) return true;
    }
    return false;
  }

  entitiesIn(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = this.firstEntityFrom(start); i < this.entities.length && this.entities[i]!.start < end; i++) {
      if (this.entities[i]!.end <= end) out.push(this.entities[i]!);
    }
    return out;
  }

  /** the first entity of entitiesIn(start, end), with no list made */
  firstEntityIn(start: number, end: number): EntityMention | undefined {
    for (let i = this.firstEntityFrom(start); i < this.entities.length && this.entities[i]!.start < end; i++) {
      if (this.entities[i]!.end <= end) return this.entities[i];
    }
    return undefined;
  }

  /** the mention covering position i, if any (mentions lie inside the text: none outside it) */
  mentionAt(i: number): Mention | undefined {
    if (i < 0 || i >= this.text.length) return undefined;
    const j = (this.mentionCover ??= mentionCoverTable(this.mentions, this.text.length))[i]!;
    return j < 0 ? undefined : this.mentions[j];
  }

  /** the last entity of a type before position i */
  lastEntityBefore(i: number, types: readonly string[]): EntityMention | undefined {
    for (let k = this.firstEntityFrom(i) - 1; k >= 0; k--) {
      const e = this.entities[k]!;
      if (e.end <= i && types.includes(e.value.type)) return e;
    }
    return undefined;
  }

  /** whether a speaker is a news outlet (asked for most claims of a quotation: answered once per speaker) */
  isOutlet(speaker: EntityMention): boolean {
    let answer = (this.outletSpeakers ??= new Map()).get(speaker);
    if (answer === undefined) this.outletSpeakers.set(speaker, (answer = isOutletName(speaker.text, speaker.value.canonical)));
    return answer;
  }

  /** the caller's text for a working span (attribution strings are returned as written) */
  original(start: number, end: number): string {
    if (end <= start) return '';
    const [s, e] = this.ctx.map.toInput(start, end);
    return this.ctx.original.slice(s, e);
  }

  isVerbAt(t: Token): boolean {
    if (!t.tag || !t.tag.startsWith('v')) return false;
    const m = this.mentionAt(t.start);
    return !m || m.kind !== 'entity';
  }

  /** skip white space and the given characters forward from i (bounded by end) */
  skip(i: number, end: number, chars: CharSet = PUNCT): number {
    for (; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (!chars.hasUnit(c) && !isSpaceCode(c)) break;
    }
    return i;
  }

  /** trim punctuation and white space from the end of [start, end) */
  trimEnd(start: number, end: number): number {
    for (let c = this.text.charCodeAt(end - 1); end > start && (PUNCT.hasUnit(c) || isSpaceCode(c)); c = this.text.charCodeAt(--end - 1));
    return end;
  }
}

export const canonicalOf = (doc: ClaimDoc, e: EntityMention): string => e.value.canonical ?? doc.original(e.start, e.end);
