import type { Region } from '../../schema/result.js';
import {
  CLASSIFIERS, CURRENCY_BEFORE, HEDGE_AFTER, HEDGE_BEFORE, HEDGE_NOT_AFTER, HEDGE_NOT_BEFORE,
  PREFIX_UNITS, PREFIX_UNIT_SUFFIX, SUBUNITS, currencyCode, type Hedge,
} from './lexicon.js';
import type { Num } from './numerals.js';
import { readUnit, type UnitHit } from './units.js';
import { readDian } from '../numbers/index.js';
import { isAsciiLetterCode } from '../../text/chars.js';
import { StartGate, startsOf } from '../../text/starts.js';
import { metreDecimals } from './heights.js';

/** A quantity read around one numeral (or a range of two), before it becomes a candidate. Every field is present (undefined where nothing was read). */
export interface Quantity {
  kind: 'number' | 'percent' | 'money' | 'dimension' | 'count';
  start: number;
  end: number;
  value: number | undefined;
  min: number | undefined;
  max: number | undefined;
  approx: boolean | undefined;
  bound: 'lt' | 'le' | 'gt' | 'ge' | undefined;
  unit: string | undefined;
  currency: string | undefined;
  per: string | undefined;
  /** working offsets of the classifier words, so the unit can be reported as written */
  unitAt: number | undefined;
  perAt: number | undefined;
  pp: boolean | undefined;
  /** the numerals it spans (indexes into the document's numerals) */
  first: number;
  last: number;
  /** the numeral ended with 万/亿 (for carrying a unit to elided list members) */
  multiplier: number | null;
}

/** Result of reading at a numeral: a quantity, or `time` when the numeral belongs to a date or duration. */
export type Reading = Quantity | 'time' | null;

export const CONNECTOR = /^\s{0,2}(?:-|~|–|—{1,2}|－|至|到)\s{0,2}/;
/** where CONNECTOR may match: most numerals are followed by something else and skip the pattern */
const CONNECTOR_STARTS = new StartGate([startsOf(CONNECTOR)]);

/** Read the quantity that starts with numeral `i`. */
export function readQuantity(text: string, nums: readonly Num[], i: number, region: Region): Reading {
  const n1 = nums[i]!;
  if (n1.code) return null;
  const u1 = readUnit(text, n1.end, n1.value, region);
  if (u1.kind === 'time' || isClockHour(text, n1, u1)) return 'time';
  let last = i, unit: UnitHit = u1;
  let lo = n1.min ?? n1.value, hi = n1.max ?? n1.value;
  let approx = !!n1.approx;
  // a range: 4-8万颗, 4万至8万颗, 10%-20%, 十倍到数十倍
  const conn = CONNECTOR_STARTS.mayStartAt(text, u1.end) ? CONNECTOR.exec(text.slice(u1.end, u1.end + 8)) : null;
  const n2 = nums[i + 1];
  if (conn && n2 && n2.start === u1.end + conn[0].length && !n2.code) {
    const u2 = readUnit(text, n2.end, n2.value, region);
    if (u2.kind === 'time') return 'time';
    const sameUnit = u1.kind === 'none' || (u1.kind === u2.kind && u1.unit === u2.unit && u1.currency === u2.currency);
    const dateLike = conn[0].trim() === '-' && (/^[-/.]\d/.test(text.slice(u2.end, u2.end + 2)) || (/^(?:19|20)\d\d$/.test(text.slice(n1.start, n1.end)) && n2.value <= 12));
    if (dateLike) return 'time';
    let a = n1.min ?? n1.value;
    const b = n2.max ?? n2.value;
    if (n1.multiplier === null && n2.multiplier !== null && u1.kind === 'none') {
      const base = n2.value / n2.multiplier;
      if (a <= base) a *= n2.multiplier;
    }
    if (sameUnit && u2.kind !== 'none' || (sameUnit && u1.kind === 'none' && u2.kind === 'none')) {
      if (a < b) { lo = a; hi = b; last = i + 1; unit = u2; approx ||= !!n2.approx; }
    }
  }
  // every field written from the start, in one order: quantities share one shape, and reading them stays fast
  const q: Quantity = {
    kind: 'number', start: n1.start, end: unit.kind === 'none' ? nums[last]!.end : unit.end,
    value: undefined, min: undefined, max: undefined, approx: undefined, bound: undefined,
    unit: undefined, currency: undefined, per: undefined, unitAt: undefined, perAt: undefined, pp: undefined,
    first: i, last, multiplier: nums[last]!.multiplier,
  };
  if (approx) q.approx = true;
  if (n1.above || nums[last]!.above || unit.above) q.bound = 'gt';
  const scale = unit.scale, plus = unit.plus;
  if (lo === hi) q.value = lo * scale + plus; else { q.min = lo * scale + plus; q.max = hi * scale + plus; }
  switch (unit.kind) {
    case 'percent': q.kind = 'percent'; if (unit.pp) q.pp = true; break;
    case 'money': q.kind = 'money'; q.currency = unit.currency!; if (unit.yuan) readSubunits(text, nums, q); break;
    case 'dimension': q.kind = 'dimension'; q.unit = unit.unit!; break;
    case 'count': q.kind = 'count'; q.unit = unit.unit!; q.unitAt = unit.end - unit.unit!.length; break;
    default: break;
  }
  // 一米八, 三米九: decimals spoken after 米
  if (q.kind === 'dimension' && q.unit === 'm' && text[q.end - 1] === '米' && q.value !== undefined && Number.isInteger(q.value)) {
    const d = metreDecimals(text, q.end);
    if (d) { q.value += d.add; q.end += d.length; }
  }
  // 十五斤半, 三块半: a half after the unit
  if (text[q.end] === '半' && q.value !== undefined && Number.isInteger(q.value) && (q.kind === 'dimension' || q.kind === 'money' || q.kind === 'count')) {
    q.value += 0.5; q.end += 1;
  }
  readBefore(text, q, region);
  readAfter(text, q);
  return q;
}

/** 下午五点, 10点开会: 点 right after the numeral reads as an hour by the shared rule (readDian). */
function isClockHour(text: string, n: Num, u: UnitHit): boolean {
  if (u.kind !== 'count' || u.unit !== '点' || text[n.end] !== '点' || n.min !== undefined) return false;
  return readDian(text, n.start, n.end, n.value) === 'clock';
}

/** 50元6角三分: 角/毛 and 分 after a 元 amount. */
function readSubunits(text: string, nums: readonly Num[], q: Quantity): void {
  if (q.value === undefined) return;
  for (let k = q.last + 1; k < nums.length && k <= q.last + 2; k++) {
    const n = nums[k]!;
    const sub = SUBUNITS[text[n.end] ?? ''];
    if (n.start !== q.end || sub === undefined || n.value >= 10) return;
    q.value += n.value * sub;
    q.value = Math.round(q.value * 100) / 100;
    q.end = n.end + 1; q.last = k;
  }
}

const PER_SLASH = /^\/\s{0,1}/;

/** Hedges, currency symbols, 每颗 and temperature words written before the numeral. */
function readBefore(text: string, q: Quantity, region: Region): void {
  // currency before: US$20, 人民币3.14, NT$100
  const cur = CURRENCY_BEFORE.mayEndAt(text, q.start) ? CURRENCY_BEFORE.longestEndingAt(text, q.start) : null;
  if (cur && (q.kind === 'number' || q.kind === 'money') && !isAsciiLetterCode(text.charCodeAt(q.start - cur.word.length - 1))) {
    const code = currencyCode(cur.value, region);
    if (q.kind === 'number' || q.currency === code || /^[元圆]$/.test(text.slice(q.end - 1, q.end))) {
      q.kind = 'money'; q.currency = code; q.start -= cur.word.length;
    }
  }
  // temperature: 摄氏37度, 华氏70度
  const pre = PREFIX_UNITS.mayEndAt(text, q.start) ? PREFIX_UNITS.longestEndingAt(text, q.start) : null;
  if (pre && (q.kind === 'number' || q.unit === '°' || q.unit === '°C' || q.unit === '°F')) {
    const suf = q.kind === 'number' ? PREFIX_UNIT_SUFFIX.matchAt(text, q.end) : null;
    if (q.kind !== 'number' || suf) {
      if (suf) q.end += suf.word.length;
      q.kind = 'dimension'; q.unit = pre.value; q.start -= pre.word.length;
      if (pre.word === '零下') { if (q.value !== undefined) q.value = -q.value; }
    }
  }
  // per-unit price written before: 每颗2.8万美元
  if (q.kind === 'money' && text[q.start - 2] === '每') {
    const cls = CLASSIFIERS.matchAt(text, q.start - 1);
    if (cls && cls.word.length === 1) { q.per = cls.value; q.perAt = q.start - 1; q.start -= 2; }
  }
  if (HEDGE_BEFORE.mayEndAt(text, q.start)) readHedgeBefore(text, q);
}

/** The longest hedge ending at the start that the character before it allows (近 but not 最近, 约 but not 预约). */
function readHedgeBefore(text: string, q: Quantity): void {
  for (let length = Math.min(HEDGE_BEFORE.maxLength, q.start); length >= 1; length--) {
    const h = HEDGE_BEFORE.matchAt(text, q.start - length);
    if (!h || h.word.length !== length) continue;
    const blockers = HEDGE_NOT_AFTER[h.word] ?? '';
    if (blockers && blockers.includes(text[q.start - h.word.length - 1] ?? '')) continue;
    applyHedge(q, h.value);
    q.start -= h.word.length;
    return;
  }
}

/** Per-unit slash, then hedges after the unit: 2.8万美元/颗, 30%左右, 6倍或更低. */
function readAfter(text: string, q: Quantity): void {
  if (q.kind === 'money' && !q.per) {
    const slash = PER_SLASH.exec(text.slice(q.end, q.end + 2));
    if (slash) {
      const cls = CLASSIFIERS.matchAt(text, q.end + slash[0].length);
      if (cls) { q.per = cls.value; q.perAt = q.end + slash[0].length; q.end += slash[0].length + cls.word.length; }
    }
  }
  const h = HEDGE_AFTER.matchAt(text, q.end);
  if (!h) return;
  if ((h.word === '多' || h.word === '余') && q.kind === 'number') return; // 3万多 is read inside numerals
  const blockers = HEDGE_NOT_BEFORE[h.word] ?? '';
  if (blockers && blockers.includes(text[q.end + h.word.length] ?? '')) return;
  applyHedge(q, h.value);
  q.end += h.word.length;
}

function applyHedge(q: Quantity, h: Hedge): void {
  if (h === 'approx') q.approx = true;
  else if (!q.bound) q.bound = h;
}
