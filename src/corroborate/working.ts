import { convertMapped } from '../text/opencc.js';
import { foldWidth, toWorkingForm } from '../text/normalize.js';
import { detectRegion, scriptCounts, scriptOf } from '../text/script.js';

/** A short string (a unit, a name) in Simplified, half-width. */
export function toSimplified(text: string): string {
  if (!text) return '';
  return foldWidth(convertMapped(text, 't2s').text);
}

/** A document in working form, with a way to read any original span of it in working form. */
export function workingDocument(text: string): (start: number, end: number) => string {
  const script = scriptOf(scriptCounts(text));
  const { text: working, map } = toWorkingForm(text, script, detectRegion(text, script));
  return (start, end) => working.slice(map.toWorking(start), map.toWorking(end));
}
