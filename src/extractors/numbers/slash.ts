import cues from '../../../data/quantities/slash.json';
import { alternation } from '../../text/alternation.js';

/**
 * a/b written with a slash between two whole numbers is a month and day (12/25, 10/1) or a
 * fraction (1/2, 3/5, -3/2). The quantity and the temporal extractors share this reading.
 */
const DATE_BEFORE = new RegExp(`(?:${alternation(cues.dateBefore)})\\s?$`);
const DATE_AFTER = new RegExp(`^\\s?(?:${alternation(cues.dateAfter)})`);

/** Whether `a/b` at [start, end) reads as a month and day. `slash` is the index of '/'. */
export function slashIsDate(text: string, start: number, slash: number, end: number): boolean {
  const a = Number(text.slice(start, slash)), b = Number(text.slice(slash + 1, end));
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a > 12 || b < 1 || b > 31) return false;
  const before = text.slice(Math.max(0, start - 6), start);
  if (/[-−负]$/.test(before)) return false; // -3/2
  if (/[0-9/.]$/.test(before) || /^[/.]?\d/.test(text.slice(end, end + 2))) return false; // part of a longer form
  // a denominator of 1 or above 10 is a day (12/1, 12/25); a small one a fraction unless a date cue says otherwise
  return b === 1 || b > 10 || DATE_BEFORE.test(before) || DATE_AFTER.test(text.slice(end, end + 4));
}
