import { addDays, type Ymd } from './calendar.js';

/**
 * Chinese (lunisolar) calendar dates through ICU's `chinese` calendar, no table: the first
 * day of each lunar month of a year is found by walking the Gregorian days around it.
 */
let formatter: Intl.DateTimeFormat | null | undefined;
function chineseFormatter(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-u-ca-chinese', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
      if (formatter.resolvedOptions().calendar !== 'chinese') formatter = null;
    } catch { formatter = null; }
  }
  return formatter;
}

interface LunarDay { year: number; month: number; leap: boolean; day: number }
function lunarOf(a: Ymd): LunarDay | null {
  const f = chineseFormatter();
  if (!f) return null;
  const t = new Date(0); t.setUTCFullYear(a.y, a.m - 1, a.d);
  const parts = f.formatToParts(t);
  const get = (k: string) => parts.find((p) => p.type === k)?.value ?? '';
  const month = get('month');
  return { year: Number(get('relatedYear') || get('year')), month: parseInt(month, 10), leap: /bis|leap/i.test(month), day: Number(get('day')) };
}

/** First days of the lunar months of lunar year `year` (regular months only), keyed by month. */
const cache = new Map<number, Map<number, Ymd>>();
function monthStarts(year: number): Map<number, Ymd> {
  let starts = cache.get(year);
  if (starts) return starts;
  starts = new Map();
  if (chineseFormatter() && year > 0 && year < 10000) {
    // the lunar new year falls between 21 January and 20 February; walk from one first day of a month to the next
    let at: Ymd = { y: year, m: 1, d: 20 };
    for (let guard = 0; guard < 420 && starts.size < 12; guard++) {
      const l = lunarOf(at);
      if (!l) break;
      if (l.year > year) break;
      if (l.year === year && !l.leap && l.day === 1 && !starts.has(l.month)) {
        starts.set(l.month, at);
        at = addDays(at, 28);
      } else {
        // a lunar month has 29 or 30 days: no first day comes before the 30th day of this one
        at = addDays(at, l.day >= 1 && l.day < 30 ? 30 - l.day : 1);
      }
    }
  }
  if (cache.size > 200) cache.clear();
  cache.set(year, starts);
  return starts;
}

/** The Gregorian date of lunar `month`/`day` in the lunar year that begins in Gregorian `year`; null if unknown. */
export function lunarToGregorian(year: number, month: number, day: number): Ymd | null {
  // the answer is checked against ICU once per date, then remembered
  const key = `${year}/${month}/${day}`;
  let found = converted.get(key);
  if (found === undefined) {
    found = convertLunar(year, month, day);
    if (converted.size > 5000) converted.clear();
    converted.set(key, found);
  }
  return found && { ...found };
}
const converted = new Map<string, Ymd | null>();

function convertLunar(year: number, month: number, day: number): Ymd | null {
  const start = monthStarts(year).get(month);
  if (!start || day < 1 || day > 30) return null;
  const d = addDays(start, day - 1);
  const check = lunarOf(d);
  return check && check.month === month && check.day === day ? d : null;
}

/** The last day of lunar year `year` (除夕): the day before the next lunar new year. */
export function lunarNewYearsEve(year: number): Ymd | null {
  const next = lunarToGregorian(year + 1, 1, 1);
  return next ? addDays(next, -1) : null;
}
