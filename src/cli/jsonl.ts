import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ExtractionResult } from '../schema/result.js';
import type { ExtractOptions } from '../options.js';

/** One line of batch output: the prediction for a case, or an error record for a bad line. */
export type BatchRecord =
  | { id: unknown; mentions: ExtractionResult['mentions']; claims: ExtractionResult['claims'] }
  | { id: unknown; line: number; error: string };

export interface BatchStats { lines: number; errors: number }

/** Turn one input line (a FORMAT.md case) into one output record. Never throws. */
export function processLine(line: string, lineNo: number, run: (text: string, o: ExtractOptions) => ExtractionResult, defaults: ExtractOptions): BatchRecord {
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

/** Write a chunk, waiting for the stream to drain when it asks to (backpressure). */
export async function writeWithBackpressure(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/**
 * Stream JSONL cases from `input` to `output`, one record per input line, in order.
 * A blank line gets an error record too: N lines in, N lines out. Memory stays bounded by one line.
 */
export async function runJsonl(
  input: Readable, output: Writable, onError: (msg: string) => void,
  run: (text: string, o: ExtractOptions) => ExtractionResult, defaults: ExtractOptions,
): Promise<BatchStats> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const stats: BatchStats = { lines: 0, errors: 0 };
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    stats.lines++;
    const rec = processLine(line, lineNo, run, defaults);
    if ('error' in rec) { stats.errors++; onError(`line ${lineNo}: ${rec.error}`); }
    await writeWithBackpressure(output, JSON.stringify(rec) + '\n');
  }
  return stats;
}
