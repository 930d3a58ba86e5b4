import type { ReferenceDate } from '../../extractor.js';
import {
  addDays, addMonths, fmtClock, fmtDate, fmtMonth, fmtWeek, fmtYear, instant, isoWeek, mondayOf, type Ymd,
} from './calendar.js';
import { CN_NUMERAL_CLASS, readNumeral } from '../numbers/index.js';
import type { Resolved } from './resolve.js';

/** Offsets from now: 三天前, 两周后, 1小时前, 5秒之后 (a point at the unit's grain); 上两天, 后三个月 (the N units before or after now). */
export type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
const CN = CN_NUMERAL_CLASS;
const AMOUNT = `(\\d{1,3}(?:\\.5)?|[${CN}]{1,4}|半|几|数)`;
const UNIT = '(年|个月|个?星期|个?礼拜|个?周|天|日|个?小时|个?钟头|个钟|分钟|秒钟?)';
export const AGO_LATER = new RegExp(`${AMOUNT}${UNIT}(之|以)?(前|后)(?![往进来去者所线来续面果台端方])`, 'g');
// 前两月 needs no 个 here: after 上/前/下/后 and a number, 月 is a span of months
export const NEXT_LAST_N = new RegExp(`(上|前|下|(?:之|以)?后)(\\d{1,2}|[${CN}]{1,3})(年|个?月|个?星期|个?礼拜|个?周|天|日|个?小时|个?钟头|个钟|分钟|秒钟?)(?![前后内])`, 'g');

export function unitOf(word: string): Unit {
  if (word === '年') return 'year';
  if (word.endsWith('月')) return 'month';
  if (/星期|礼拜|周/.test(word)) return 'week';
  if (word === '天' || word === '日') return 'day';
  if (word === '分钟') return 'minute';
  if (/小时|钟头|钟/.test(word)) return 'hour';
  return 'second';
}

/** The number of an amount word; 半 is one half; 几/数 are unknown (null). */
export function amountOf(word: string): number | null {
  if (word === '半') return 0.5;
  if (word === '几' || word === '数') return null;
  const r = readNumeral(word);
  return r === null || r.max !== undefined ? null : r.value;
}

const refYmd = (r: ReferenceDate): Ymd => ({ y: r.year, m: r.month, d: r.day });
const refSeconds = (r: ReferenceDate) => r.hour * 3600 + r.minute * 60 + r.second;
const SECONDS: Partial<Record<Unit, number>> = { hour: 3600, minute: 60, second: 1 };

/** The moment `n` units from the reference, at the unit's grain (TIMEX3 2012-08-10T11, 2012-W30, 2011). */
export function shiftedPoint(r: ReferenceDate, unit: Unit, n: number): Resolved {
  const today = refYmd(r);
  if (unit === 'year' || (unit === 'month' && !Number.isInteger(n))) {
    if (unit === 'month' || !Number.isInteger(n)) {
      const months = Math.round(unit === 'year' ? n * 12 : n);
      const { y, m } = addMonths(r.year, r.month, months);
      return monthValue(y, m);
    }
    const y = r.year + n;
    return { kind: 'date', grain: 'year', yearKnown: true, value: { timex: fmtYear(y), start: instant({ y, m: 1, d: 1 }), end: instant({ y: y + 1, m: 1, d: 1 }) }, days: [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }] };
  }
  if (unit === 'month') { const { y, m } = addMonths(r.year, r.month, n); return monthValue(y, m); }
  if (unit === 'week') {
    const day = addDays(today, 7 * n), monday = mondayOf(day);
    return { kind: 'date', grain: 'week', yearKnown: true, value: { timex: fmtWeek(isoWeek(day)), start: instant(monday), end: instant(addDays(monday, 7)) }, days: [monday, addDays(monday, 6)] };
  }
  if (unit === 'day' && Number.isInteger(n)) {
    const day = addDays(today, n);
    return { kind: 'date', grain: 'day', yearKnown: true, value: { timex: fmtDate(day), start: instant(day), end: instant(addDays(day, 1)) }, days: [day, day] };
  }
  const step = unit === 'day' ? 3600 : SECONDS[unit]!;
  const grain = unit === 'day' ? 3600 : step;
  const total = refSeconds(r) + Math.round(n * (unit === 'day' ? 86400 : step));
  const dayShift = Math.floor(total / 86400), secs = total - dayShift * 86400;
  const day = addDays(today, dayShift);
  const h = Math.floor(secs / 3600), mi = Math.floor(secs / 60) % 60, s = secs % 60;
  const clock = grain === 3600 ? fmtClock(h) : grain === 60 ? fmtClock(h, mi) : fmtClock(h, mi, s);
  const floor = grain === 3600 ? h * 3600 : grain === 60 ? h * 3600 + mi * 60 : secs;
  return { kind: 'time', grain: 'clock', yearKnown: true, days: [day, day], value: { timex: `${fmtDate(day)}T${clock}`, start: instant(day, floor), end: instant(day, floor + grain) } };
}

function monthValue(y: number, m: number): Resolved {
  const next = addMonths(y, m, 1);
  const last = addDays({ y: next.y, m: next.m, d: 1 }, -1);
  return { kind: 'date', grain: 'month', yearKnown: true, value: { timex: fmtMonth(y, m), start: instant({ y, m, d: 1 }), end: instant({ y: next.y, m: next.m, d: 1 }) }, days: [{ y, m, d: 1 }, last] };
}

/**
 * The span of `n` days or weeks reaching back from the reference day (n < 0: 前1周, the seven
 * days before today) or on from it (n > 0). Other spans go by whole units (unitsAround).
 */
export function rollingSpan(r: ReferenceDate, unit: Unit, n: number): Resolved | null {
  if (unit !== 'week' && unit !== 'day') return null;
  const today = refYmd(r);
  const days = (unit === 'week' ? 7 : 1) * Math.abs(n);
  const first = n < 0 ? addDays(today, -days) : addDays(today, 1), last = n < 0 ? addDays(today, -1) : addDays(today, days);
  return { kind: 'date', grain: 'day', yearKnown: true, days: [first, last], value: { timex: `${fmtDate(first)}/${fmtDate(last)}`, start: instant(first), end: instant(addDays(last, 1)) } };
}

/** The `n` whole units just before (n < 0) or just after (n > 0) the current one: 上两天, 下三个月. */
export function unitsAround(r: ReferenceDate, unit: Unit, n: number): Resolved {
  // 下个月 counted as 下1个月 is that one unit, not a span
  if (n === 1 || n === -1) return shiftedPoint(r, unit, n);
  const a = shiftedPoint(r, unit, n < 0 ? n : 1), b = shiftedPoint(r, unit, n < 0 ? -1 : n);
  const kind = a.kind;
  return {
    kind, grain: a.grain, yearKnown: true,
    days: a.days && b.days ? [a.days[0], b.days[1]] : undefined,
    value: { timex: `${a.value.timex}/${b.value.timex}`, ...(a.value.start && b.value.end ? { start: a.value.start, end: b.value.end } : {}) },
  };
}
