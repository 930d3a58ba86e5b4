import { addDays, type Ymd } from './calendar.js';

/** Movable feasts and other calendars: Easter by the computus, Islamic and Hebrew dates through ICU. */

/** Western Easter Sunday (anonymous Gregorian computus). */
export function westernEaster(year: number): Ymd {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y: year, m: month, d: day };
}

/** Orthodox Easter Sunday (Julian computus, shifted to the Gregorian calendar; 1900–2099). */
export function orthodoxEaster(year: number): Ymd {
  const a = year % 4, b = year % 7, c = year % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31), day = ((d + e + 114) % 31) + 1;
  return addDays({ y: year, m: month, d: day }, 13);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
function formatter(calendar: string): Intl.DateTimeFormat | null {
  if (!formatters.has(calendar)) {
    try {
      const f = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric', timeZone: 'UTC' });
      formatters.set(calendar, f.resolvedOptions().calendar === calendar ? f : null);
    } catch { formatters.set(calendar, null); }
  }
  return formatters.get(calendar)!;
}

/** Every Gregorian day of `year` keyed by its "month|day" in another calendar (computed once per year). */
const tables = new Map<string, Map<string, Ymd[]>>();
function dayTable(calendar: string, year: number): Map<string, Ymd[]> | null {
  const f = formatter(calendar);
  if (!f || year < 1 || year > 9999) return null;
  const key = `${calendar}:${year}`;
  let table = tables.get(key);
  if (table) return table;
  table = new Map();
  const add = (k: string, day: Ymd) => { const list = table!.get(k) ?? []; list.push(day); table!.set(k, list); };
  for (let day: Ymd = { y: year, m: 1, d: 1 }; day.y === year;) {
    const t = new Date(0); t.setUTCFullYear(day.y, day.m - 1, day.d);
    const parts = f.formatToParts(t);
    const month = parts.find((p) => p.type === 'month')?.value, dayOfMonth = parts.find((p) => p.type === 'day')?.value;
    add(`${month}|${dayOfMonth}`, day);
    day = addDays(day, 1);
    // every month of these calendars has 29 or 30 days: the days up to the 29th follow without asking ICU
    const n = Number(dayOfMonth);
    if (!Number.isInteger(n) || String(n) !== dayOfMonth) continue;
    for (let d = n + 1; d <= 29 && day.y === year; d++, day = addDays(day, 1)) add(`${month}|${d}`, day);
  }
  if (tables.size > 100) tables.clear();
  tables.set(key, table);
  return table;
}

/** The Gregorian day in `year` that is `month`/`day` of the other calendar (the first, if it falls twice). */
export function otherCalendarDate(calendar: 'islamic-umalqura' | 'hebrew', year: number, month: string | number, day: number): Ymd | null {
  return dayTable(calendar, year)?.get(`${month}|${day}`)?.[0] ?? null;
}

/** Length in days of the Islamic month that begins on `first`. */
export function islamicMonthLength(first: Ymd): number {
  const next30 = addDays(first, 29);
  const f = formatter('islamic-umalqura');
  if (!f) return 30;
  const t = new Date(0); t.setUTCFullYear(next30.y, next30.m - 1, next30.d);
  return f.formatToParts(t).find((p) => p.type === 'day')?.value === '1' ? 29 : 30;
}
