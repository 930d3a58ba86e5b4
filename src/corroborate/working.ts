import { convertMapped } from '../text/opencc.js';
import { foldWidth, workingFormOf } from '../text/normalize.js';

/** A short string (a unit, a name) in Simplified, half-width. */
export function toSimplified(text: string): string {
  if (!text) return '';
  return foldWidth(convertMapped(text, 't2s').text);
}

/** A document in working form, with a way to read any original span of it in working form. */
export function workingDocument(text: string): (start: number, end: number) => string {
  const { text: working, map } = workingFormOf(text);
  return (start, end) => working.slice(map.toWorking(start), map.toWorking(end));
}
