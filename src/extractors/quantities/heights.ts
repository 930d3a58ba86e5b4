import type { Candidate } from '../../extractor.js';
import { CLASSIFIERS, CURRENCY_AFTER, HEDGE_AFTER, TIME_UNITS, UNITS } from './lexicon.js';

const DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL_NEXT = /^[零〇一二两三四五六七八九十百千万亿0-9]/;
const STANDS_ALONE = /^(?:$|[\s,.;:!?、)）」』”"]|左右|上下|的|高|多|以上|以下)/;

/**
 * Decimals spoken after 米 (一米八 = 1.8 m, 一米七五 = 1.75 m, 三米九 = 3.9 m): the value to add
 * and how many characters they take, where nothing counted or measured follows them.
 */
export function metreDecimals(text: string, at: number): { add: number; length: number } | null {
  const a = DIGIT[text[at] ?? ''];
  if (a === undefined) return null;
  const b = DIGIT[text[at + 1] ?? ''];
  const length = b === undefined ? 1 : 2;
  const rest = at + length;
  if (NUMERAL_NEXT.test(text.slice(rest, rest + 1))) return null;
  if (CLASSIFIERS.matchAt(text, rest) || UNITS.matchAt(text, rest) || CURRENCY_AFTER.matchAt(text, rest) || TIME_UNITS.matchAt(text, rest)) return null;
  return { add: b === undefined ? a / 10 : (a * 10 + b) / 100, length };
}

// 米 as a grain or a name (大米, 玉米, 小米, 米价) never starts a height
const NOT_BEFORE = /[零〇一二两三四五六七八九十百千万\d大小玉稻糯白黑紫虾海开粟厘毫千公平立]/;

/** 米九 (1.9 m), 米六左右: a height of one metre and something, the 一 left out. */
export function shortHeights(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf('米'); at >= 0; at = text.indexOf('米', at + 1)) {
    if (NOT_BEFORE.test(text[at - 1] ?? '')) continue;
    const d = metreDecimals(text, at + 1);
    if (!d || !STANDS_ALONE.test(text.slice(at + 1 + d.length, at + 3 + d.length))) continue;
    let end = at + 1 + d.length;
    const value: { value: number; unit: string; approx?: true } = { value: Math.round((1 + d.add) * 100) / 100, unit: 'm' };
    const hedge = HEDGE_AFTER.matchAt(text, end);
    if (hedge && hedge.value === 'approx') { value.approx = true; end += hedge.word.length; }
    out.push({ kind: 'dimension', start: at, end, value });
  }
  return out;
}
