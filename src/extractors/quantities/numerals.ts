import { scanNumerals, parseNumeral } from '../numbers/index.js';
import { codeAt, isAsciiAlnumCode, isAsciiLetterCode } from '../../text/chars.js';
import { HALF_NOT_AFTER, UNITS } from './lexicon.js';

/**
 * A numeral as the quantity grammar sees it: a value or a vague range, with where it sits.
 * Every field is present (undefined where not stated): one shape, read many times per numeral.
 */
export interface Num {
  start: number;
  end: number;
  value: number;
  /** vague numerals (数十, 几千) are ranges */
  min: number | undefined;
  max: number | undefined;
  approx: boolean | undefined;
  /** 余/多 inside (十余万) */
  above: boolean | undefined;
  /** 万/亿/兆 at its end: 4-8万 multiplies both ends */
  multiplier: number | null;
  chinese: boolean;
  /** part of a product code or identifier (H200, SHR-1, 910B) */
  code: boolean;
}

const VAGUE = /(数|几|上)([十百千万亿]{1,3})/g;
const QIAN = '千'.charCodeAt(0), ZHAO = '兆'.charCodeAt(0), BAI = '百'.charCodeAt(0), FU = '负'.charCodeAt(0), SPACE = 0x20, MINUS = 0x2d;

/**
 * Every numeral of the working text: Arabic, Chinese and mixed (via scanNumerals), vague
 * ones (数十 = 20..90, 几千 = 2000..9000, 上百 = about 100), and a sign written before (负, -).
 */
export function findNumerals(text: string, commaSeparates: (i: number) => boolean): Num[] {
  const out: Num[] = [];
  for (const s of scanNumerals(text, { commaSeparates })) {
    let { start, end, value } = s;
    // a unit that begins with a numeral character (12千米, 五十兆字节) takes it back
    const last = text.charCodeAt(end - 1);
    if ((last === QIAN || last === ZHAO || last === BAI) && end - start > 1) {
      const unit = UNITS.matchAt(text, end - 1);
      const shorter = unit ? parseNumeral(text.slice(start, end - 1)) : null;
      if (unit && shorter !== null) { end -= 1; value = shorter; }
    }
    // a sign before the numeral, perhaps one space away: 负1200000, - 1,200,000
    const gap = text.charCodeAt(start - 1) === SPACE ? 1 : 0;
    const before = text.charCodeAt(start - 1 - gap);
    if (before === FU || (before === MINUS && !isAsciiAlnumCode(text.charCodeAt(start - 2 - gap)))) { start -= 1 + gap; value = -value; }
    // 七八万: an approximate pair is a range
    const pair = s.max !== undefined && end === s.end;
    out.push({
      start, end, value, min: pair ? value : undefined, max: pair ? s.max : undefined,
      approx: s.vague || pair ? true : undefined, above: s.above ? true : undefined,
      multiplier: end === s.end ? s.multiplier : null, chinese: s.chinese,
      code: s.letterBefore || (!s.chinese && isCodeAfter(text, end)),
    });
  }
  const scanned = out.length;
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    const unit = parseNumeral('一' + m[2]!);
    if (unit === null) continue;
    const start = m.index, end = start + m[0].length;
    const big = /[万亿]$/.test(m[2]!) ? (m[2]!.endsWith('亿') ? 1e8 : 1e4) : null;
    if (m[1] === '上') out.push({ start, end, value: unit, min: undefined, max: undefined, approx: true, above: undefined, multiplier: big, chinese: true, code: false });
    else out.push({ start, end, value: 2 * unit, min: 2 * unit, max: 9 * unit, approx: true, above: undefined, multiplier: big, chinese: true, code: false });
  }
  // 半公升, 半个: a half before a measure word
  for (let at = text.indexOf('半'); at >= 0; at = text.indexOf('半', at + 1)) {
    if (HALF_NOT_AFTER.has(codeAt(text, at - 1))) continue;
    const unit = UNITS.matchAt(text, at + 1);
    if ((unit && !/^[A-Za-z]/.test(unit.word)) || /^[个個]/.test(text.slice(at + 1, at + 2))) {
      out.push({ start: at, end: at + 1, value: 0.5, min: undefined, max: undefined, approx: undefined, above: undefined, multiplier: null, chinese: true, code: false });
    }
  }
  // a vague numeral replaces the plain one inside it (数十 holds 十); the scan alone gives them in order
  if (out.length === scanned) return out;
  const sorted = out.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Num[] = [];
  for (const n of sorted) {
    const prev = kept[kept.length - 1];
    if (prev && n.start < prev.end) continue;
    kept.push(n);
  }
  return kept;
}

/** The index of the numeral starting exactly at `at` (numerals are in order and do not overlap), or undefined. */
export function numeralStartingAt(nums: readonly Num[], at: number): number | undefined {
  let lo = 0, hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = nums[mid]!.start;
    if (start === at) return mid;
    if (start < at) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}

/** Letters right after digits make a code (910B, 2330.TW), unless they spell a unit (141GB, 3nm, 40k). */
function isCodeAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 0x2e && isAsciiLetterCode(text.charCodeAt(end + 1))) return true;
  if (!isAsciiLetterCode(c)) return false;
  const unit = UNITS.matchAt(text, end);
  if (unit && !isAsciiAlnumCode(text.charCodeAt(end + unit.word.length))) return false;
  return true;
}
