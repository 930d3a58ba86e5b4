import { addDays, isValidDate, nthWeekday, type Ymd } from './calendar.js';
import { HOLIDAY_PERIODS, HOLIDAYS, type Holiday } from './lexicon.js';
import { islamicMonthLength, orthodoxEaster, otherCalendarDate, westernEaster } from './calendars.js';
import { lunarNewYearsEve, lunarToGregorian } from './lunar.js';
import type { Region } from '../../schema/result.js';

/** The holiday a name denotes in a region (a name such as 国庆 differs between regions). */
export function holidayNamed(name: string, region: Region): Holiday | null {
  let fallback: Holiday | null = null;
  for (const h of HOLIDAYS) {
    if (!h.names.includes(name)) continue;
    if (!h.regions || h.regions.includes(region)) return h;
    fallback ??= h;
  }
  return fallback;
}

/** Holiday days by holiday and year: lunar and other calendars go through ICU, which is slow to ask per mention. */
const dateCache = new Map<Holiday, Map<number, Ymd | null>>();

/** The day of a holiday in Gregorian year `year` (lunar holidays: the lunar year that begins in it). */
export function holidayDate(h: Holiday, year: number): Ymd | null {
  let byYear = dateCache.get(h);
  if (!byYear) { byYear = new Map(); dateCache.set(h, byYear); }
  let day = byYear.get(year);
  if (day === undefined) {
    day = computeHolidayDate(h, year);
    if (byYear.size > 400) byYear.clear();
    byYear.set(year, day);
  }
  return day && { ...day };
}

function computeHolidayDate(h: Holiday, year: number): Ymd | null {
  switch (h.rule) {
    case 'solar': return isValidDate(year, h.month!, h.day!) ? { y: year, m: h.month!, d: h.day! } : null;
    case 'lunar': return lunarToGregorian(year, h.month!, h.day!);
    case 'eve': return lunarNewYearsEve(year - 1);
    case 'qingming': {
      // the Qingming solar term: 4 April in most years of 2000–2100, 5 April when the remainder rule says so
      const c = 4.81, y = year % 100;
      const day = Math.floor(y * 0.2422 + c) - Math.floor((y - 1) / 4);
      return { y: year, m: 4, d: year >= 2000 && year < 2100 ? day : 5 };
    }
    case 'easter': return addDays(h.orthodox ? orthodoxEaster(year) : westernEaster(year), h.offset ?? 0);
    case 'islamic': return otherCalendarDate('islamic-umalqura', year, h.month!, h.day!);
    case 'hebrew': return otherCalendarDate('hebrew', year, h.monthName!, h.day!);
    case 'nth-weekday': return nthWeekday(year, h.month!, h.nth!, h.weekday!);
  }
}

/** The holiday period (first and last day) around a festival day: the official one where known. */
export function holidayPeriod(h: Holiday, year: number, day: Ymd): [Ymd, Ymd] {
  const known = h.period ? HOLIDAY_PERIODS[h.period]?.[String(year)] : undefined;
  if (known) {
    const [a, b] = known.map((s) => { const [y, m, d] = s.split('-').map(Number); return { y: y!, m: m!, d: d! }; });
    return [a!, b!];
  }
  if (h.period === 'spring-festival') return [addDays(day, -1), addDays(day, year >= 2025 ? 6 : 5)];
  if (h.period === 'national-day') return [day, addDays(day, 6)];
  return [day, day];
}

/** How many days a holiday lasts (斋月: its whole month). */
export function holidayLength(h: Holiday, first: Ymd): number {
  if (h.length === 'month') return islamicMonthLength(first);
  return h.length ?? 1;
}
