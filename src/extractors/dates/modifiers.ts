import type { TimexValue } from '../../schema/mention.js';
import { addDays, addMonths, daysInMonth, fmtDate, instant, type Ymd } from './calendar.js';
import type { Modifier } from './chains.js';
import { holidayPeriod } from './holidays.js';
import type { Resolved } from './resolve.js';

/** Apply a written modifier (中旬, 底, 前, 以来, 期间 …) to a resolved value, as TIMEX3 `mod` plus the interval it leaves. */
export function applyModifier(r: Resolved, mod: Modifier): Resolved {
  const v = r.value;
  if (mod.period && r.holiday && r.days) {
    const day = r.days[0];
    const [a, b] = holidayPeriod(r.holiday, day.m <= 2 && r.holiday.rule !== 'solar' ? day.y : day.y, day);
    if (a.y === b.y && a.m === b.m && a.d === b.d) return r;
    return { ...r, grain: 'day', days: [a, b], value: { timex: `${fmtDate(a)}/${fmtDate(b)}`, start: instant(a), end: instant(addDays(b, 1)) } };
  }
  if (!mod.mod) return r;
  const base: TimexValue = { timex: v.timex, mod: mod.mod };
  switch (mod.mod) {
    case 'BEFORE': return { ...r, value: v.start ? { ...base, end: v.start } : base };
    case 'AFTER': return { ...r, value: v.end ? { ...base, start: v.end } : base };
    case 'ON_OR_AFTER': return { ...r, value: v.start ? { ...base, start: v.start } : base };
    case 'APPROX': return { ...r, value: base };
    default: {
      // START / MID / END of a month: its first, middle or last ten days; of a year: no interval
      if (r.grain === 'month' && r.days) {
        const { y, m } = r.days[0];
        const part = mod.mod === 'START' ? 0 : mod.mod === 'MID' ? 1 : 2;
        const first: Ymd = { y, m, d: 1 + 10 * part };
        const next = addMonths(y, m, 1);
        const end: Ymd = part === 2 ? { y: next.y, m: next.m, d: 1 } : { y, m, d: 11 + 10 * part };
        const last = addDays(end, -1);
        void daysInMonth;
        return { ...r, days: [first, last], value: { ...base, start: instant(first), end: instant(end) } };
      }
      return { ...r, value: base };
    }
  }
}
