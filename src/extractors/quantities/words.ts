import type { Candidate } from '../../extractor.js';
import { CLASSIFIERS, HEDGE_AFTER, HEDGE_BEFORE, ORDINAL_WORDS, TIME_UNITS } from './lexicon.js';
import { numeralStartingAt, type Num } from './numerals.js';

const FRACTION_PERCENT = /(?<![零〇一二两三四五六七八九十百千万0-9])(百|千|万)\s{0,2}分\s{0,2}之\s{0,3}/g;
const HALF = /一半|过半|半数|百分之百/g;

/** 百分之三十 (30), 千分之五 (0.5), 万分之三 (0.03): the numeral follows the fraction word. */
export function fractionPercents(text: string, nums: readonly Num[]): Candidate[] {
  const out: Candidate[] = [];
  FRACTION_PERCENT.lastIndex = 0;
  for (let m = FRACTION_PERCENT.exec(text); m; m = FRACTION_PERCENT.exec(text)) {
    const k = numeralStartingAt(nums, m.index + m[0].length);
    if (k === undefined) continue;
    const n = nums[k]!;
    const scale = m[1] === '百' ? 1 : m[1] === '千' ? 0.1 : 0.01;
    let end = n.end, value: Record<string, unknown> = { value: round(n.value * scale) };
    // 百分之十到百分之二十, 百分之十至二十
    const tail = /^\s{0,2}(?:-|~|至|到)\s{0,2}(?:百分之)?/.exec(text.slice(end, end + 8));
    const n2 = tail ? nums[k + 1] : undefined;
    if (tail && n2 && n2.start === end + tail[0].length && n2.value > n.value) {
      value = { min: round(n.value * scale), max: round(n2.value * scale) };
      end = n2.end;
    }
    const h = withHedges(text, m.index, end, value);
    out.push({ kind: 'percent', start: h.start, end: h.end, value: h.value as { value: number } });
  }
  HALF.lastIndex = 0;
  for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
    if (m[0] === '一半' && text[m.index + 2] === '导') continue; // 一半导体…
    const value: Record<string, unknown> = m[0] === '过半' ? { value: 50, bound: 'gt' } : { value: m[0] === '百分之百' ? 100 : 50 };
    out.push({ kind: 'percent', start: m.index, end: m.index + m[0].length, value: value as { value: number } });
  }
  return out;
}

/** 第二, 第2名, 第一个; 首批, 首次. The classifier after 第N stays in the span, a time unit does not. */
export function ordinals(text: string, nums: readonly Num[]): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf('第'); at >= 0; at = text.indexOf('第', at + 1)) {
    const k = numeralStartingAt(nums, at + 1);
    if (k === undefined) continue;
    const n = nums[k]!;
    if (!Number.isInteger(n.value) || n.value <= 0 || n.code) continue;
    let end = n.end;
    const cls = CLASSIFIERS.matchAt(text, end);
    const time = TIME_UNITS.matchAt(text, end);
    if (cls && (!time || time.word.length < cls.word.length)) end += cls.word.length;
    out.push({ kind: 'ordinal', start: at, end, value: { value: n.value } });
  }
  for (let at = text.indexOf('首'); at >= 0; at = text.indexOf('首', at + 1)) {
    const w = ORDINAL_WORDS.matchAt(text, at);
    if (w) out.push({ kind: 'ordinal', start: at, end: at + w.word.length, value: { value: w.value } });
  }
  return out;
}

/** Qualifiers around a percent belong to its span: 约百分之三十, 百分之五以上. */
function withHedges(text: string, start: number, end: number, value: Record<string, unknown>): { start: number; end: number; value: Record<string, unknown> } {
  const before = HEDGE_BEFORE.longestEndingAt(text, start);
  const after = HEDGE_AFTER.matchAt(text, end);
  const v = { ...value };
  if (after && after.word !== '多' && after.word !== '余') { if (after.value === 'approx') v.approx = true; else v.bound = after.value; end += after.word.length; }
  if (before) { if (before.value === 'approx') v.approx = true; else v.bound ??= before.value; start -= before.word.length; }
  return { start, end, value: v };
}

const round = (x: number): number => Math.round(x * 1e9) / 1e9;
