import type { Candidate, ExtractContext, Extractor } from '../../extractor.js';
import { isBareNumber } from './bare.js';
import { tokenCovering } from '../../text/segmenter.js';
import { readQuantity, type Quantity } from './compose.js';
import { DETERMINERS, UNITS } from './lexicon.js';
import { excludedWordEnd, isOrdinalExcluded } from './excluded.js';
import { findNumerals, numeralStartingAt, type Num } from './numerals.js';
import { fractionPercents, ordinals } from './words.js';
import { shortHeights } from './heights.js';
import { isAsciiDigitCode } from '../../text/chars.js';

/** Elided list members take the unit of a quantity this close before them (40万颗…保底50万、冲刺60万). */
const CARRY_DISTANCE = 30;

/** Numbers, ordinals, percents, money, dimensions and counts. */
export function createQuantityExtractor(): Extractor {
  return {
    name: 'quantities',
    kinds: ['number', 'ordinal', 'percent', 'money', 'dimension', 'count'],
    extract: (ctx) => extractQuantities(ctx),
  };
}

function extractQuantities(ctx: ExtractContext): Candidate[] {
  const text = ctx.text;
  if (!/[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾半首第]/.test(text)) return [];
  const nums = findNumerals(text, (i) => commaSeparates(ctx, i));
  const needTokens = nums.some((n) => n.chinese);
  const tokens = needTokens ? ctx.tokens : [];
  const tokenAt = needTokens ? ctx.tokenAt : new Int32Array(0);

  const out: Candidate[] = [];
  const quantities: Quantity[] = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    if (excludedWordEnd(text, n.start) >= n.end) continue; // inside a word: 一些, 四川, 万一
    const fraction = readFraction(text, nums, i);
    if (fraction) { out.push(fraction); continue; }
    const q = readQuantity(text, nums, i, ctx.region);
    if (q === null || q === 'time') continue;
    if (!acceptNumeral(text, n, q, tokens, tokenAt)) continue;
    if (q.kind === 'number' && !(isBareNumber(text, n, tokens, tokenAt) && isBareNumber(text, nums[q.last]!, tokens, tokenAt))) continue;
    quantities.push(q);
  }
  for (const q of quantities) asWritten(ctx, q);
  carryUnits(ctx, quantities);
  for (const q of quantities) out.push(toCandidate(q));
  out.push(...fractionPercents(text, nums), ...ordinals(text, nums), ...shortHeights(text));
  return out.filter((c) => !isOrdinalExcluded(text, c));
}

/** A numeral with a unit still must not be an article (一颗) or sit inside a word (统一个). */
function acceptNumeral(text: string, n: Num, q: Quantity, tokens: ExtractContext['tokens'], tokenAt: Int32Array): boolean {
  if (!n.chinese) return true;
  const raw = text.slice(n.start, n.end);
  // 一 before a classifier is an article (一颗, 一块); before a currency or a measure it counts (一美元, 一公里)
  // (a bare 一 is judged with the other bare numbers)
  const article = q.kind === 'count' || (q.kind === 'money' && text[n.end] === '块');
  if (raw === '一' && q.first === q.last && article) return false;
  const tok = tokenCovering(tokens, tokenAt, n.start);
  // a word that only adds a determiner (这两点, 那三个) does not hide the numeral
  const determiner = tok !== undefined && tok.start === n.start - 1 && DETERMINERS.has(text.charCodeAt(tok.start));
  return !(tok && tok.start < n.start && q.kind !== 'money' && !determiner);
}

/** 三分之一 → 0.333…; 百分之 is a percent and read elsewhere. */
function readFraction(text: string, nums: readonly Num[], i: number): Candidate | null {
  const n = nums[i]!;
  if (!text.startsWith('分之', n.end)) return null;
  const k = numeralStartingAt(nums, n.end + 2);
  if (k === undefined || n.value === 0) return null;
  const m = nums[k]!;
  // 三百五又三分之一: a whole part before 又
  const whole = i > 0 && text[n.start - 1] === '又' && nums[i - 1]!.end === n.start - 1 ? nums[i - 1]! : null;
  const value = (whole?.value ?? 0) + m.value / n.value;
  const start = whole ? whole.start : n.start;
  // 四分之一公升: a fraction of a measure
  const unit = UNITS.matchAt(text, m.end);
  if (unit && !/^[A-Za-z]/.test(unit.word)) return { kind: 'dimension', start, end: m.end + unit.word.length, value: { value, unit: unit.value } };
  return { kind: 'number', start, end: m.end, value: { value } };
}

/**
 * The candidate of a quantity. Values are built key by key (no spreads): the keys come in the
 * order the output shows them (amount or value, else min and max; approx; bound; then the unit).
 */
function toCandidate(q: Quantity): Candidate {
  switch (q.kind) {
    case 'money': {
      const value = magnitude(q, 'amount');
      value.currency = q.currency!;
      if (q.per) value.per = q.per;
      return { kind: 'money', start: q.start, end: q.end, value: value as { amount: number; currency: string } };
    }
    case 'percent': {
      const value = magnitude(q, 'value');
      if (q.pp) value.unit = 'pp';
      return { kind: 'percent', start: q.start, end: q.end, value: value as { value: number } };
    }
    case 'dimension': case 'count': {
      const value = magnitude(q, 'value');
      value.unit = q.unit!;
      return { kind: q.kind, start: q.start, end: q.end, value: value as { value: number; unit: string } };
    }
    default: return { kind: 'number', start: q.start, end: q.end, value: magnitude(q, 'value') as { value: number } };
  }
}

/** The value (under `valueKey`) or the range of a quantity, with its approx and bound flags. */
function magnitude(q: Quantity, valueKey: 'value' | 'amount'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (q.value !== undefined) out[valueKey] = q.value; else { out.min = q.min; out.max = q.max; }
  if (q.approx) out.approx = true;
  if (q.bound) out.bound = q.bound;
  return out;
}

/** Classifiers are reported in the script of the original text (顆, not 颗). */
function asWritten(ctx: ExtractContext, q: Quantity): void {
  if (q.unit && q.unitAt !== undefined) q.unit = originalSpelling(ctx, q.unitAt, q.unit.length) || q.unit;
  if (q.per && q.perAt !== undefined) q.per = originalSpelling(ctx, q.perAt, q.per.length) || q.per;
}

/** The original characters of a working span of `len` units at `at` ('' where they cannot be told apart). */
function originalSpelling(ctx: ExtractContext, at: number, len: number): string {
  const [s, e] = ctx.map.toInput(at, at + len);
  if (e - s === len) return ctx.original.slice(s, e);
  // inside a converted phrase of the same length (個核心 → 个核心), pick the characters by position
  let ws = at;
  while (ws > 0 && ctx.map.toInput(ws - 1, ws)[0] === s) ws--;
  let we = at + len;
  while (we < ctx.text.length && ctx.map.toInput(we, we + 1)[1] === e) we++;
  return we - ws === e - s ? ctx.original.slice(s + at - ws, s + at - ws + len) : '';
}

/** A bare number right after a count or price with the same magnitude word takes its unit. */
function carryUnits(ctx: ExtractContext, qs: Quantity[]): void {
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    if (q.kind !== 'number' || q.multiplier === null || q.bound === 'gt' && q.approx) continue;
    const prev = qs[k - 1]!;
    if ((prev.kind !== 'count' && prev.kind !== 'money') || prev.multiplier !== q.multiplier) continue;
    if (q.start - prev.end > CARRY_DISTANCE || sentenceOf(ctx, q.start) !== sentenceOf(ctx, prev.start)) continue;
    q.kind = prev.kind;
    if (prev.unit) q.unit = prev.unit;
    if (prev.currency) q.currency = prev.currency;
  }
}

/** The index of the sentence holding working offset `at`, or -1. */
function sentenceOf(ctx: ExtractContext, at: number): number {
  return ctx.sentences.findIndex((s) => at >= s.start && at < s.end);
}

/** A full-width comma after ASCII digits is a list comma (5，6月), not a thousands separator. */
function commaSeparates(ctx: ExtractContext, i: number): boolean {
  const [s] = ctx.map.toInput(i, i + 1);
  if (ctx.original[s] !== '，') return true;
  return !isAsciiDigitCode(ctx.original.charCodeAt(s - 1));
}
