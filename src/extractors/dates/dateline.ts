import type { ReferenceDate } from '../../extractor.js';
import type { SentenceSpan } from '../../text/sentences.js';
import { isValidDate } from './calendar.js';

// a full calendar date: 2025年12月24日, 2025-12-24, 2025/12/24, 2025.12.24
const FULL_DATE = /(?<![0-9])((?:19|20)\d{2})\s?(?:年|-|\/|\.)\s?(\d{1,2})\s?(?:月|-|\/|\.)\s?(\d{1,2})(?![0-9])/;
// a leading month and day: "12月24日，", "新华社北京12月24日电", "（中央社台北24日电）" has no month and is left out
const LEADING_MONTH_DAY = /^[^,:;。]{0,12}?(?<![0-9])(\d{1,2})月(\d{1,2})[日号](?:电|讯)?(?=[\s,:;(（]|$|[^\d])/;
const ANY_YEAR = /(?<![0-9])((?:19|20)\d{2})\s?年(?!代)/;

/**
 * The document's own date, for when the caller gives no reference date:
 * 1. the first full calendar date (year, month and day) in the first two sentences;
 * 2. else a month and day leading the text (a dateline, 12月24日，…), with the year of the
 *    first four-digit year the document writes.
 * Without either, relative expressions stay unresolved (XXXX placeholders, PAST_REF …).
 */
export function findDateline(text: string, sentences: readonly SentenceSpan[]): ReferenceDate | null {
  for (const s of sentences.slice(0, 2)) {
    const m = FULL_DATE.exec(text.slice(s.start, Math.min(s.end, s.start + 400)));
    if (!m) continue;
    const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
    if (!isValidDate(year, month, day)) continue;
    return { year, month, day, hour: 0, minute: 0, second: 0, from: 'dateline' };
  }
  const first = sentences[0];
  if (!first) return null;
  const lead = LEADING_MONTH_DAY.exec(text.slice(first.start, Math.min(first.end, first.start + 40)));
  // the year is looked for only under a leading month and day (most documents have none)
  const year = lead && ANY_YEAR.exec(text.slice(0, 20000));
  if (lead && year) {
    const y = Number(year[1]), month = Number(lead[1]), day = Number(lead[2]);
    if (isValidDate(y, month, day)) return { year: y, month, day, hour: 0, minute: 0, second: 0, from: 'dateline' };
  }
  return null;
}
