/** Civil-date arithmetic without time zones (proleptic Gregorian, computed through UTC). */
export interface Ymd { y: number; m: number; d: number }

const DAY_MS = 86_400_000;
// setUTCFullYear, not Date.UTC, which would read years 0–99 as 1900–1999
function toMs(a: Ymd): number { const t = new Date(0); t.setUTCFullYear(a.y, a.m - 1, a.d); return t.getTime(); }
const fromMs = (ms: number): Ymd => { const t = new Date(ms); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; };

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 30;
}
export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const isValidDate = (y: number, m: number, d: number) => Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

export const addDays = (a: Ymd, n: number): Ymd => fromMs(toMs(a) + n * DAY_MS);
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}
export const dayNumber = (a: Ymd) => Math.round(toMs(a) / DAY_MS);
/** ISO weekday: Monday 1 … Sunday 7 */
export const weekday = (a: Ymd) => ((new Date(toMs(a)).getUTCDay() + 6) % 7) + 1;

export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}
export const mondayOf = (a: Ymd): Ymd => addDays(a, 1 - weekday(a));

/** The `nth` (1–5, or -1 for the last) ISO weekday `wd` of a month; null when the month has none. */
export function nthWeekday(y: number, m: number, nth: number, wd: number): Ymd | null {
  if (nth === -1) {
    const last = addDays({ y: addMonths(y, m, 1).y, m: addMonths(y, m, 1).m, d: 1 }, -1);
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first: Ymd = { y, m, d: 1 };
  const day = addDays(first, (wd - weekday(first) + 7) % 7 + 7 * (nth - 1));
  return day.m === m ? day : null;
}

const p2 = (n: number) => String(n).padStart(2, '0');
export const fmtYear = (y: number) => (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
export const fmtDate = (a: Ymd) => `${fmtYear(a.y)}-${p2(a.m)}-${p2(a.d)}`;
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${p2(m)}`;
export const fmtWeek = (w: { year: number; week: number }) => `${fmtYear(w.year)}-W${p2(w.week)}`;
export const fmtClock = (h: number, mi?: number, s?: number) => p2(h) + (mi === undefined ? '' : `:${p2(mi)}`) + (s === undefined ? '' : `:${p2(s)}`);
/** Local ISO instant of a day plus an offset in seconds (may run into the next days). */
export function instant(a: Ymd, seconds = 0): string {
  const d = addDays(a, Math.floor(seconds / 86400));
  const r = seconds - Math.floor(seconds / 86400) * 86400;
  return `${fmtDate(d)}T${p2(Math.floor(r / 3600))}:${p2(Math.floor(r / 60) % 60)}:${p2(r % 60)}`;
}
