import type { ExtractionResult } from '../schema/result.js';
import type { ExtractOptions } from '../options.js';
import { type InputLine, MAX_LINE_CHARS } from './lines.js';
import type { BatchEngine } from './batch.js';

/** One line of batch output: the prediction for a case, or an error record for a bad line. */
export type BatchRecord =
  | { id: unknown; mentions: ExtractionResult['mentions']; claims: ExtractionResult['claims'] }
  | { id: unknown; line: number; error: string };


export type RunExtraction = (text: string, o: ExtractOptions) => ExtractionResult;

/** Turn one input line (a FORMAT.md case) into one output record. Never throws. */
export function processLine(line: string, lineNo: number, run: RunExtraction, defaults: ExtractOptions): BatchRecord {
  if (!line.trim()) return { id: null, line: lineNo, error: 'empty line (expected a JSON case)' };
  let c: unknown;
  try { c = JSON.parse(line); } catch (e) {
    return { id: null, line: lineNo, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (!c || typeof c !== 'object' || Array.isArray(c)) return { id: null, line: lineNo, error: 'a case must be a JSON object' };
  const { id = null, text, referenceDate } = c as { id?: unknown; text?: unknown; referenceDate?: unknown };
  if (typeof text !== 'string') return { id, line: lineNo, error: 'missing "text" (a string)' };
  try {
    const r = run(text, { ...defaults, ...(referenceDate !== undefined ? { referenceDate: referenceDate as string | null } : {}) });
    return { id, mentions: r.mentions, claims: r.claims };
  } catch (e) {
    return { id, line: lineNo, error: (e as Error).message };
  }
}

/** Like processLine, and says so when a line was cut off by the end of the input or was too long. */
export function processInputLine(l: InputLine, run: RunExtraction, defaults: ExtractOptions): BatchRecord {
  if (l.oversized) return { id: null, line: l.lineNo, error: `line too long (${l.oversized} characters; the limit is ${MAX_LINE_CHARS})` };
  const rec = processLine(l.text, l.lineNo, run, defaults);
  if (l.unterminated && 'error' in rec && rec.error.startsWith('invalid JSON')) {
    return { ...rec, error: `truncated input: the last line has no newline and is not complete JSON (${rec.error})` };
  }
  return rec;
}

/** The output of a group of lines: their records, one per line, and a message per bad line. */
export interface BatchOutput { text: string; errors: string[] }

export function processLines(lines: readonly InputLine[], run: RunExtraction, defaults: ExtractOptions): BatchOutput {
  let text = '';
  const errors: string[] = [];
  for (const l of lines) {
    const rec = processInputLine(l, run, defaults);
    if ('error' in rec) errors.push(`line ${l.lineNo}: ${rec.error}`);
    text += stringifyRecord(rec, l.lineNo) + '\n';
  }
  return { text, errors };
}

/** JSON of a record; a value JSON cannot carry (a BigInt from a plugin) becomes an error record, not a crash. */
function stringifyRecord(rec: BatchRecord, lineNo: number): string {
  try { return JSON.stringify(rec); } catch (e) {
    return JSON.stringify({ id: typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null, line: lineNo, error: `result could not be written as JSON: ${(e as Error).message}` });
  }
}

/** Runs groups of lines in this thread. */
export function inProcessEngine(run: RunExtraction, defaults: ExtractOptions): BatchEngine {
  return { concurrency: 1, run: async (lines) => processLines(lines, run, defaults), close: async () => {} };
}
