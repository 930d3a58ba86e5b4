import type { Sentence } from '../schema/result.js';
import type { OffsetMap } from './offset-map.js';
import { codeAt, isAsciiAlnumCode, isAsciiDigitCode, isAsciiLetterCode, isSpaceCode, trimSpace } from './chars.js';
import { scriptCounts, scriptOf } from './script.js';

/**
 * Sentence and clause boundaries of a working-form text (Simplified, half-width).
 * Offsets are into the string given; the pipeline maps them back to the original.
 */
export interface Span { start: number; end: number }
export interface SentenceSpan extends Span { clauses: Span[] }

const TERMINAL = new Set(['。', '!', '?', ';', '！', '？', '；', '…', '\n', '\r', '\u2028', '\u2029']);
/** Closing marks that stay with the sentence they end. */
const CLOSERS = new Set(['」', '』', '”', '’', ')', '）', '】', '》', '〉', '"', "'", ']', '〕']);
const OPENERS: Record<string, string> = { '「': '」', '『': '』', '“': '”', '(': ')', '（': '）', '《': '》', '【': '】', '〈': '〉' };
const CLAUSE_BREAK = new Set([',', '，', ':', '：']);
/** A quotation this short is a term or a slogan, not a clause sequence: no clause break inside. */
const SHORT_QUOTE = 20;

// One lookup per code unit decides whether a character needs a closer look; most do not.
const MAY_END = 1, OPENS = 2, BREAKS = 4;
const FLAGS = new Uint8Array(0x10000);
for (const c of TERMINAL) FLAGS[c.charCodeAt(0)]! |= MAY_END;
FLAGS['.'.charCodeAt(0)]! |= MAY_END;
for (const c of Object.keys(OPENERS)) FLAGS[c.charCodeAt(0)]! |= OPENS;
for (const c of CLAUSE_BREAK) FLAGS[c.charCodeAt(0)]! |= BREAKS;

// URLs and e-mail addresses hold ? and . that end nothing. Found by scanning from "://",
// "www." and "@" outward, in one linear pass (a regular expression here would retry every
// start position over long runs of word characters).
const URL_MAX = 2000;
const isUrlChar = (c: number) => c >= 0x21 && c <= 0x7e;
const isWordChar = (c: number) => isAsciiAlnumCode(c) || c === 95; // \w
const isLocalChar = (c: number) => isWordChar(c) || c === 46 || c === 43 || c === 45; // \w . + -
const isLabelChar = (c: number) => isWordChar(c) || c === 45; // \w -

/** End of an e-mail domain starting at `from`: 2 to 9 dot-separated labels of up to 63 characters; -1 if none. */
function domainEnd(text: string, from: number): number {
  let i = from, labels = 0, end = -1;
  while (labels < 9) {
    let j = i;
    while (j < text.length && j - i < 63 && isLabelChar(text.charCodeAt(j))) j++;
    if (j === i) break;
    labels++;
    if (labels >= 2) end = j;
    if (text.charCodeAt(j) !== 46) break;
    i = j + 1;
  }
  return end;
}

function protectedRanges(text: string): Span[] {
  const urls: Span[] = [];
  for (const mark of ['http://', 'https://', 'www.']) {
    for (let i = text.indexOf(mark); i >= 0;) {
      let e = i + mark.length;
      while (e < text.length && e - i < URL_MAX && isUrlChar(text.charCodeAt(e))) e++;
      urls.push({ start: i, end: e });
      i = text.indexOf(mark, e);
    }
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    const e = s < at ? domainEnd(text, at + 1) : -1;
    if (e > 0) urls.push({ start: s, end: e });
  }
  // leftmost first; a range inside an earlier one is dropped
  urls.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const r of urls) if (!out.length || r.start >= out[out.length - 1]!.end) out.push(r);
  return out;
}

const isUpperAsciiCode = (code: number): boolean => code >= 0x41 && code <= 0x5a;

/** Is the ASCII full stop at i the end of a sentence? Not in 2.8, U.S., e.g. or a file name. */
function periodEnds(text: string, i: number): boolean {
  const next = codeAt(text, i + 1); // NaN at the end of the text
  if (next === next && !isSpaceCode(next) && !(next >= 0x3000 && next <= 0x9fff)) return false;
  const prev = codeAt(text, i - 1);
  if (isAsciiDigitCode(prev) && isAsciiDigitCode(next)) return false;
  // single capital before: an initial or an abbreviation (U.S. / J. Smith)
  if (isUpperAsciiCode(prev) && !isAsciiLetterCode(codeAt(text, i - 2))) return false;
  if (isAsciiLetterCode(prev) && codeAt(text, i - 2) === 0x2e) return false;
  return true;
}

export function splitSentenceSpans(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const guard = protectedRanges(text);
  let g = 0;
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    // trim surrounding white space; drop empty sentences
    const { start: s, end: e } = trimSpace(text, start, end);
    if (e > s) sentences.push({ start: s, end: e, clauses: splitClauses(text, s, e) });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    while (g < guard.length && guard[g]!.end <= i) g++;
    if (g < guard.length && guard[g]!.start <= i) { i = guard[g]!.end - 1; continue; }
    if (!(FLAGS[text.charCodeAt(i)]! & MAY_END)) continue;
    const c = text[i]!;
    let ends = TERMINAL.has(c);
    if (c === '.') ends = periodEnds(text, i);
    if ((c === '?' || c === '!') && isAsciiLetterCode(codeAt(text, i + 1))) ends = false;
    if (!ends) continue;
    let j = i + 1;
    // runs of terminators (……, ?!, 。」) and the closers after them belong to this sentence
    while (j < n && (TERMINAL.has(text[j]!) && text[j] !== '\n' && text[j] !== '\r' || text[j] === '.' )) j++;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    push(j);
    i = j - 1;
  }
  if (start < n) push(n);
  return sentences;
}

/** Clauses of the sentence [start, end): at commas and colons outside short quotations and numbers. */
export function splitClauses(text: string, start: number, end: number): Span[] {
  const clauses: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!(FLAGS[text.charCodeAt(i)]! & (OPENS | BREAKS))) continue;
    const c = text[i]!;
    const close = OPENERS[c];
    if (close) {
      // a short quotation or parenthesis is one unit; a long one holds clauses of its own
      const closeAt = text.slice(i + 1, Math.min(end, i + 1 + SHORT_QUOTE)).indexOf(close);
      if (closeAt >= 0) i += closeAt + 1;
      continue;
    }
    if (!CLAUSE_BREAK.has(c)) continue;
    if (isAsciiDigitCode(codeAt(text, i - 1)) && isAsciiDigitCode(codeAt(text, i + 1))) continue; // 1,536 and 15:30
    if (i + 1 > from) clauses.push({ start: from, end: i + 1 });
    from = i + 1;
  }
  if (from < end) clauses.push({ start: from, end });
  return clauses.length ? clauses : [{ start, end }];
}

/** Sentences found in working form, as the API reports them: offsets, text and script of the original. */
export function sentencesInOriginal(original: string, map: OffsetMap, spans: readonly SentenceSpan[]): Sentence[] {
  return spans.map((s) => {
    const [start, end] = map.toInput(s.start, s.end);
    return {
      start, end, text: original.slice(start, end), script: scriptOf(scriptCounts(original, start, end)),
      clauses: s.clauses.map((c) => { const [cs, ce] = map.toInput(c.start, c.end); return { start: cs, end: ce }; }),
    };
  });
}
