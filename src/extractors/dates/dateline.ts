import type { ReferenceDate } from '../../extractor.js';
import type { SentenceSpan } from '../../text/sentences.js';

// a full calendar date: 2025年12月24日, 2025-12-24, 2025/12/24, 2025.12.24
const FULL_DATE = /(?<![0-9])((?:19|20)\d{2})\s?(?:年|-|\/|\.)\s?(\d{1,2})\s?(?:月|-|\/|\.)\s?(\d{1,2})(?![0-9])/;

/**
 * The document's own date, for when the caller gives no reference date: the first full
 * calendar date (year, month and day) in the first two sentences. Without one, relative
 * expressions stay unresolved (XXXX placeholders).
 */
export function findDateline(text: string, sentences: readonly SentenceSpan[]): ReferenceDate | null {
  for (const s of sentences.slice(0, 2)) {
    const m = FULL_DATE.exec(text.slice(s.start, Math.min(s.end, s.start + 400)));
    if (!m) continue;
    const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) continue;
    return { year, month, day, hour: 0, minute: 0, second: 0, from: 'dateline' };
  }
  return null;
}
