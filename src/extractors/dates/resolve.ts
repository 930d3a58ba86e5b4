import type { ReferenceDate } from '../../extractor.js';
import type { Region } from '../../schema/result.js';
import type { TimexValue } from '../../schema/mention.js';
import type { Atom, Pod } from './atoms.js';
import {
  addDays, addMonths, dayNumber, daysInMonth, fmtClock, fmtDate, fmtMonth, fmtWeek, fmtYear,
  instant, isoWeek, isValidDate, mondayOf, weekday, type Ymd,
} from './calendar.js';
import { holidayDate, holidayLength, holidayNamed } from './holidays.js';
import type { Holiday } from './lexicon.js';
import { lunarToGregorian } from './lunar.js';

export type Tense = 'past' | 'future' | null;
export type TemporalKind = 'date' | 'time' | 'datetime';
/** A resolved temporal value with what later steps need: the days it covers. */
export interface Resolved {
  kind: TemporalKind;
  value: TimexValue;
  /** first and last day covered, when known (anaphora, ranges, modifiers) */
  days?: [Ymd, Ymd];
  grain: 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'pod' | 'clock';
  holiday?: Holiday;
  /** the year was written or implied by a relative word (not guessed) */
  yearKnown: boolean;
}

export interface ResolveEnv {
  ref: ReferenceDate | null;
  region: Region;
  tense: Tense;
  /** the year of the latest explicit year before this expression (同年, 次年) */
  lastYear: number | null;
  /** the latest day mentioned before this expression (当天, 当晚) */
  lastDay: Ymd | null;
}

/** Everything a chain of atoms says, merged. */
export interface Fields {
  y?: number; relY?: number; yAnaphor?: 'same' | 'next' | 'prev';
  century?: number; decade?: number; shortDecade?: boolean;
  q?: number; half?: number;
  m?: number; relM?: number; lunar?: boolean;
  relW?: number; weekend?: boolean; wd?: number;
  d?: number; relD?: number; dAnaphor?: boolean;
  hol?: string;
  pod?: Pod; hh?: number; mi?: number; ss?: number; ampm?: 'am' | 'pm';
}

export function mergeAtoms(atoms: readonly Atom[]): Fields {
  const f: Fields = {};
  for (const a of atoms) {
    switch (a.t) {
      case 'Y': if (a.y !== undefined) f.y = a.y; if (a.relY !== undefined) f.relY = a.relY; if (a.anaphor) f.yAnaphor = a.anaphor; break;
      case 'CEN': f.century = a.century; break;
      case 'DEC': f.decade = a.decade; break;
      case 'Q': f.q = a.q; break;
      case 'H': f.half = a.half; break;
      case 'M': if (a.m !== undefined) f.m = a.m; if (a.relM !== undefined) f.relM = a.relM; if (a.lunar) f.lunar = true; break;
      case 'W': f.relW = a.relW; if (a.weekend) f.weekend = true; if (a.wd) f.wd = a.wd; break;
      case 'WD': f.wd = a.wd; break;
      case 'D':
        if (a.y !== undefined) f.y = a.y;
        if (a.m !== undefined) f.m = a.m;
        if (a.d !== undefined) f.d = a.d;
        if (a.relD !== undefined) f.relD = a.relD;
        if (a.anaphor) f.dAnaphor = true;
        if (a.pod) f.pod = a.pod;
        break;
      case 'HOL': f.hol = a.name; break;
      case 'P': f.pod = a.pod; break;
      case 'T': f.hh = a.hh; if (a.mi !== undefined) f.mi = a.mi; if (a.ss !== undefined) f.ss = a.ss; if (a.ampm) f.ampm = a.ampm; break;
    }
  }
  return f;
}

const POD_HOURS: Record<Pod, [number, number]> = { MO: [0, 12], MI: [11, 14], AF: [12, 18], EV: [18, 24], NI: [21, 28] };
const refDay = (r: ReferenceDate): Ymd => ({ y: r.year, m: r.month, d: r.day });

/** The hour of a clock time read with its part of day (下午3点 → 15). */
function hour24(f: Fields): number {
  let h = f.hh!;
  if (f.ampm === 'pm' && h < 12) h += 12;
  else if (f.ampm === 'am' && h === 12) h = 0;
  else if (!f.ampm && f.pod) {
    // 晚上2点 is two at night, not 14:00: an evening runs into the small hours
    if (f.pod === 'AF' && h < 12) h += 12;
    else if (f.pod === 'EV' && h >= 5 && h < 12) h += 12;
    else if (f.pod === 'NI' && h >= 6 && h < 12) h += 12;
    else if (f.pod === 'MI' && h < 6) h += 12;
  }
  return h;
}

/** Pick the Gregorian year for a year-less month (and day): nearest to the reference, or in the tense's direction. */
function yearFor(m: number, d: number | undefined, env: ResolveEnv): number | null {
  const r = env.ref;
  if (!r) return null;
  const refN = dayNumber(refDay(r));
  let best: number | null = null, bestDist = Infinity;
  for (const y of [r.year - 1, r.year, r.year + 1]) {
    const day = d !== undefined ? d : 15;
    if (!isValidDate(y, m, Math.min(day, daysInMonth(y, m)))) continue;
    const first = dayNumber({ y, m, d: d ?? 1 }), last = dayNumber({ y, m, d: d ?? daysInMonth(y, m) });
    const dist = first > refN ? first - refN : last < refN ? last - refN : 0;
    if (env.tense === 'future' && dist < 0) continue;
    if (env.tense === 'past' && dist > 0) continue;
    // ties go to the past: news reports more than it announces
    if (Math.abs(dist) < Math.abs(bestDist) || (Math.abs(dist) === Math.abs(bestDist) && dist < 0)) { best = y; bestDist = dist; }
  }
  return best ?? r.year;
}

/** A day number without month: this month, or the neighbour month the tense points to. */
function monthForDay(d: number, env: ResolveEnv): { y: number; m: number } | null {
  const r = env.ref;
  if (!r) return null;
  let { y, m } = { y: r.year, m: r.month };
  if (env.tense === 'future' && d < r.day) ({ y, m } = addMonths(y, m, 1));
  if (env.tense === 'past' && d > r.day) ({ y, m } = addMonths(y, m, -1));
  for (let k = 0; k < 3 && !isValidDate(y, m, d); k++) ({ y, m } = addMonths(y, m, 1));
  return { y, m };
}

/** The occurrence of a holiday the context points to: upcoming by default, the latest past one in past tense. */
function holidayYear(h: Holiday, env: ResolveEnv): number | null {
  const r = env.ref;
  if (!r) return null;
  const refN = dayNumber(refDay(r));
  const at = (y: number) => { const d = holidayDate(h, y); return d ? dayNumber(d) : null; };
  if (env.tense === 'past') {
    for (const y of [r.year, r.year - 1]) { const n = at(y); if (n !== null && n <= refN) return y; }
    return r.year - 1;
  }
  for (const y of [r.year - 1, r.year, r.year + 1]) { const n = at(y); if (n !== null && n >= refN) return y; }
  return r.year + 1;
}

function weekdayFor(wd: number, env: ResolveEnv): Ymd | null {
  const r = env.ref;
  if (!r) return null;
  const today = refDay(r), cur = weekday(today);
  if (env.tense === 'past') return addDays(today, -((cur - wd + 7) % 7));
  return addDays(today, ((wd - cur + 7) % 7) || 7);
}

const dayValue = (day: Ymd, timex = fmtDate(day)): Pick<Resolved, 'value' | 'days'> =>
  ({ value: { timex, start: instant(day), end: instant(addDays(day, 1)) }, days: [day, day] });

/** Whether the fields name a day, month, year or larger (else they are a time of day only). */
export function hasDateFields(f: Fields): boolean {
  return f.y !== undefined || f.relY !== undefined || f.yAnaphor !== undefined || f.century !== undefined || f.decade !== undefined
    || f.q !== undefined || f.half !== undefined || f.m !== undefined || f.relM !== undefined || f.relW !== undefined || f.wd !== undefined
    || f.d !== undefined || f.relD !== undefined || f.hol !== undefined;
}

/** Resolve merged fields to a TIMEX3 value; null when the fields make no date (31 February). */
export function resolveFields(f: Fields, env: ResolveEnv): Resolved | null {
  const r = env.ref;
  if (!hasDateFields(f)) return resolveTimeOnly(f, env);

  let yearKnown = f.y !== undefined || f.relY !== undefined || f.yAnaphor !== undefined;
  let y: number | null = f.y ?? null;
  if (f.relY !== undefined) y = r ? r.year + f.relY : null;
  if (f.yAnaphor) {
    const base = env.lastYear ?? r?.year ?? null;
    y = base === null ? null : base + (f.yAnaphor === 'next' ? 1 : f.yAnaphor === 'prev' ? -1 : 0);
  }

  if (f.century !== undefined || f.decade !== undefined) {
    if (f.decade !== undefined) {
      const dec = f.century !== undefined && f.decade < 1000 ? (f.century - 1) * 10 + (f.decade % 10) : f.decade;
      const first = { y: dec * 10, m: 1, d: 1 };
      return { kind: 'date', grain: 'decade', yearKnown: true, value: { timex: fmtYear(dec * 10).slice(0, 3), start: instant(first), end: instant({ y: dec * 10 + 10, m: 1, d: 1 }) }, days: [first, { y: dec * 10 + 9, m: 12, d: 31 }] };
    }
    const c = f.century!;
    const first = { y: (c - 1) * 100, m: 1, d: 1 };
    return { kind: 'date', grain: 'century', yearKnown: true, value: { timex: fmtYear((c - 1) * 100).slice(0, 2), start: instant(first), end: instant({ y: c * 100, m: 1, d: 1 }) }, days: [first, { y: c * 100 - 1, m: 12, d: 31 }] };
  }

  // a day given relative to today or to the day last mentioned
  let day: Ymd | null = null;
  let grain: Resolved['grain'] = 'year';
  if (f.relD !== undefined) {
    const base = f.dAnaphor ? (env.lastDay ?? (r ? refDay(r) : null)) : r ? refDay(r) : null;
    if (!base) return unresolved(f);
    day = addDays(base, f.relD);
    yearKnown = true;
  } else if (f.relW !== undefined || f.wd !== undefined) {
    if (!r) return unresolved(f);
    if (f.relW !== undefined) {
      const monday = mondayOf(addDays(refDay(r), 7 * f.relW));
      if (f.wd === undefined) {
        const w = isoWeek(monday);
        const end = f.weekend ? addDays(monday, 6) : addDays(monday, 6);
        const start = f.weekend ? addDays(monday, 5) : monday;
        return { kind: 'date', grain: 'week', yearKnown: true, value: { timex: fmtWeek(w) + (f.weekend ? '-WE' : ''), start: instant(start), end: instant(addDays(end, 1)) }, days: [start, end] };
      }
      day = addDays(monday, f.wd - 1);
    } else if (f.d !== undefined && f.m !== undefined) {
      // 周日, 二月十号: the explicit date decides; the weekday only confirms it
      const yy = y ?? yearFor(f.m, f.d, env);
      if (yy === null || !isValidDate(yy, f.m, f.d)) return unresolved(f);
      day = { y: yy, m: f.m, d: f.d };
    } else {
      day = weekdayFor(f.wd!, env);
    }
    yearKnown = true;
  } else if (f.hol !== undefined) {
    const h = holidayNamed(f.hol, env.region);
    if (!h) return null;
    const yy = y ?? holidayYear(h, env);
    if (yy === null) return unresolved(f, h);
    day = holidayDate(h, yy);
    if (!day) return unresolved(f, h);
    const length = holidayLength(h, day);
    if (length > 1 && f.hh === undefined && !f.pod) {
      // a holiday of several days is an interval (逾越节, 斋月)
      const last = addDays(day, length - 1);
      return { kind: 'date', grain: 'day', yearKnown: true, holiday: h, days: [day, last], value: { timex: `${fmtDate(day)}/${fmtDate(last)}`, start: instant(day), end: instant(addDays(last, 1)) } };
    }
    const out = finishDay(day, f, env, true);
    return out && { ...out, holiday: h };
  } else if (f.d !== undefined) {
    let m = f.m ?? null;
    if (f.relM !== undefined && r) { const am = addMonths(r.year, r.month, f.relM); m = am.m; y ??= am.y; }
    if (m === null) {
      const mm = monthForDay(f.d, env);
      if (!mm) return unresolved(f);
      m = mm.m; y = mm.y;
    }
    if (y === null) y = yearFor(m, f.d, env);
    if (y === null) return unresolved(f);
    if (f.lunar) {
      day = lunarToGregorian(y, m, f.d);
      if (!day) return null;
    } else {
      if (!isValidDate(y, m, f.d)) return null;
      day = { y, m, d: f.d };
    }
  }
  if (day) return finishDay(day, f, env, yearKnown);

  // month, quarter, half or year
  if (f.m !== undefined || f.relM !== undefined) {
    let m = f.m;
    if (f.relM !== undefined) { if (!r) return unresolved(f); const am = addMonths(r.year, r.month, f.relM); m = am.m; y ??= am.y; }
    if (y === null) y = yearFor(m!, undefined, env);
    if (y === null) return unresolved(f);
    const first = { y, m: m!, d: 1 }, last = { y, m: m!, d: daysInMonth(y, m!) };
    grain = 'month';
    return { kind: 'date', grain, yearKnown, value: { timex: fmtMonth(y, m!), start: instant(first), end: instant(addDays(last, 1)) }, days: [first, last] };
  }
  if (f.q !== undefined || f.half !== undefined) {
    const months = f.q !== undefined ? 3 : 6, index = (f.q ?? f.half)!;
    if (y === null && r) {
      // the nearest such quarter or half in the tense's direction; a tie goes to the coming one
      const per = 12 / months, cur = r.year * per + Math.floor((r.month - 1) / months);
      let bestDist = Infinity;
      for (const yy of [r.year - 1, r.year, r.year + 1]) {
        const dist = yy * per + index - 1 - cur;
        if ((env.tense === 'past' && dist > 0) || (env.tense === 'future' && dist < 0)) continue;
        if (Math.abs(dist) < Math.abs(bestDist) || (Math.abs(dist) === Math.abs(bestDist) && dist > 0)) { bestDist = dist; y = yy; }
      }
    }
    const label = f.q !== undefined ? `Q${index}` : `H${index}`;
    if (y === null) return { kind: 'date', grain: f.q !== undefined ? 'quarter' : 'half', yearKnown: false, value: { timex: `XXXX-${label}` } };
    const first = { y, m: (index - 1) * months + 1, d: 1 };
    const next = addMonths(y, first.m, months);
    const end = { y: next.y, m: next.m, d: 1 };
    return { kind: 'date', grain: f.q !== undefined ? 'quarter' : 'half', yearKnown, value: { timex: `${fmtYear(y)}-${label}`, start: instant(first), end: instant(end) }, days: [first, addDays(end, -1)] };
  }
  if (y === null) return unresolved(f);
  const first = { y, m: 1, d: 1 };
  return { kind: 'date', grain: 'year', yearKnown, value: { timex: fmtYear(y), start: instant(first), end: instant({ y: y + 1, m: 1, d: 1 }) }, days: [first, { y, m: 12, d: 31 }] };
}

/** A day, with its part of day or clock time. */
function finishDay(day: Ymd, f: Fields, _env: ResolveEnv, yearKnown: boolean): Resolved {
  if (f.hh !== undefined) {
    const h = hour24(f);
    const secs = h * 3600 + (f.mi ?? 0) * 60 + (f.ss ?? 0);
    const step = f.ss !== undefined ? 1 : f.mi !== undefined ? 60 : 3600;
    return {
      kind: 'datetime', grain: 'clock', yearKnown, days: [day, day],
      value: { timex: `${fmtDate(day)}T${fmtClock(h, f.mi, f.ss)}`, start: instant(day, secs), end: instant(day, secs + step) },
    };
  }
  if (f.pod) {
    const [a, b] = POD_HOURS[f.pod];
    return { kind: 'date', grain: 'pod', yearKnown, days: [day, day], value: { timex: `${fmtDate(day)}T${f.pod}`, start: instant(day, a * 3600), end: instant(day, b * 3600) } };
  }
  return { kind: 'date', grain: 'day', yearKnown, ...dayValue(day) };
}

/** A clock time or part of day without a date: TIMEX3 T15:30 / TAF, anchored on the reference day for start/end. */
function resolveTimeOnly(f: Fields, env: ResolveEnv): Resolved | null {
  if (f.hh !== undefined) {
    const h = hour24(f);
    const timex = `T${fmtClock(h, f.mi, f.ss)}`;
    if (!env.ref) return { kind: 'time', grain: 'clock', yearKnown: false, value: { timex } };
    const day = refDay(env.ref), secs = h * 3600 + (f.mi ?? 0) * 60 + (f.ss ?? 0);
    const step = f.ss !== undefined ? 1 : f.mi !== undefined ? 60 : 3600;
    return { kind: 'time', grain: 'clock', yearKnown: false, days: [day, day], value: { timex, start: instant(day, secs), end: instant(day, secs + step) } };
  }
  if (f.pod) return { kind: 'time', grain: 'pod', yearKnown: false, value: { timex: `T${f.pod}` } };
  return null;
}

/** Without a reference date: the written fields with X placeholders (XXXX-12-29). */
function unresolved(f: Fields, h?: Holiday): Resolved {
  const yy = f.y !== undefined ? fmtYear(f.y) : 'XXXX';
  const two = (n: number | undefined) => (n === undefined ? 'XX' : String(n).padStart(2, '0'));
  let timex: string;
  let grain: Resolved['grain'] = 'day';
  if (h && h.rule === 'solar') timex = `${yy}-${two(h.month)}-${two(h.day)}`;
  else if (h) timex = `${yy}-XX-XX`;
  else if (f.wd !== undefined && f.d === undefined) timex = `${yy}-WXX-${f.wd}`;
  else if (f.relW !== undefined) { timex = `${yy}-WXX`; grain = 'week'; }
  else if (f.d !== undefined || f.relD !== undefined) timex = `${yy}-${two(f.m)}-${two(f.d)}`;
  else if (f.m !== undefined || f.relM !== undefined) { timex = `${yy}-${two(f.m)}`; grain = 'month'; }
  else if (f.q !== undefined) { timex = `${yy}-Q${f.q}`; grain = 'quarter'; }
  else if (f.half !== undefined) { timex = `${yy}-H${f.half}`; grain = 'half'; }
  else { timex = yy; grain = 'year'; }
  if (grain === 'day' && f.hh !== undefined) return { kind: 'datetime', grain: 'clock', yearKnown: false, value: { timex: `${timex}T${fmtClock(hour24(f), f.mi, f.ss)}` } };
  if (grain === 'day' && f.pod) timex += `T${f.pod}`;
  return { kind: 'date', grain, yearKnown: false, value: { timex } };
}

export { refDay, dayValue };
