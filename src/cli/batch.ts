import type { Readable, Writable } from 'node:stream';
import type { BatchOutput } from './jsonl.js';
import { type InputLine, readLines } from './lines.js';
import { OutputSink } from './output.js';

/** Something that turns a group of input lines into their output records (in this thread or on workers). */
export interface BatchEngine {
  /** how many groups it works on at once */
  readonly concurrency: number;
  /** never rejects for a bad line: bad lines get error records */
  run(lines: InputLine[]): Promise<BatchOutput>;
  /** `abandon`: the results are no longer wanted (the output is gone), stop soon */
  close(abandon?: boolean): Promise<void>;
}

/** Why a batch stopped before the end: the input could not be read, or the output went away. */
export interface BatchFailure { kind: 'input' | 'output'; message: string; lastLineWritten: number }

export interface BatchRunResult {
  /** records written */
  lines: number;
  /** error records among them */
  errors: number;
  bytes: number;
  failure: BatchFailure | null;
}

export interface BatchProgress { linesDone: number; linesRead: number; bytesRead: number }

/** A group handed to the engine at once: small enough to keep workers evenly busy and memory low. */
const GROUP_LINES = 32;
const GROUP_CHARS = 256 * 1024;

class StopReading extends Error {}

/**
 * Stream lines from `input` through `engine` to `output`. Groups of lines run concurrently,
 * records are written strictly in input order, and at most `maxInFlight` groups are read
 * ahead of the output: a slow reader of the output slows the reading of the input.
 */
export async function runBatch(o: {
  input: Readable; output: Writable | OutputSink; engine: BatchEngine;
  onError: (msg: string) => void; onProgress?: (p: BatchProgress) => void; maxInFlight?: number;
}): Promise<BatchRunResult> {
  const out = o.output instanceof OutputSink ? o.output : new OutputSink(o.output);
  const limit = Math.max(1, o.maxInFlight ?? o.engine.concurrency * 4);
  const done = new Map<number, { res: BatchOutput; lastLine: number; count: number }>();
  let nextSeq = 0, nextWrite = 0, inFlight = 0;
  let written = 0, errors = 0, bytesRead = 0, linesRead = 0, lastLineWritten = 0;
  let failure: BatchFailure | null = null; // the output's: stops everything
  let inputFailure: BatchFailure | null = null; // the input's: what was read is still written
  const waiters: Array<() => void> = [];
  const wake = () => { for (const w of waiters.splice(0)) w(); };
  let chain = Promise.resolve();

  const flush = async () => {
    while (!failure && done.has(nextWrite)) {
      const { res, lastLine, count } = done.get(nextWrite)!;
      done.delete(nextWrite);
      nextWrite++;
      try { await out.write(res.text); } catch (e) {
        failure = { kind: 'output', message: (e as Error).message, lastLineWritten };
        break;
      }
      for (const m of res.errors) o.onError(m);
      written += count; errors += res.errors.length; lastLineWritten = lastLine;
      inFlight--;
      o.onProgress?.({ linesDone: written, linesRead, bytesRead });
      wake();
    }
    if (failure) wake();
  };

  const submit = async (group: InputLine[]) => {
    while (inFlight >= limit && !failure) await new Promise<void>((r) => waiters.push(r));
    if (failure) throw new StopReading();
    const seq = nextSeq++;
    inFlight++;
    linesRead += group.length;
    const lastLine = group[group.length - 1]!.lineNo;
    const settle = (res: BatchOutput) => { done.set(seq, { res, lastLine, count: group.length }); chain = chain.then(flush); };
    o.engine.run(group).then(settle, (e: Error) => settle(failedGroup(group, e)));
  };

  try {
    await readLines(o.input, async (lines) => {
      let group: InputLine[] = [];
      let chars = 0;
      for (const l of lines) {
        group.push(l);
        chars += l.text.length;
        if (group.length >= GROUP_LINES || chars >= GROUP_CHARS) { await submit(group); group = []; chars = 0; }
      }
      if (group.length) await submit(group);
    }, { onRead: (n) => { bytesRead += n; } });
  } catch (e) {
    if (!(e instanceof StopReading)) inputFailure = { kind: 'input', message: `read failed: ${(e as Error).message}`, lastLineWritten: -1 };
  }
  // let every group already read finish and be written, in order
  while (nextWrite < nextSeq && !failure) await new Promise<void>((r) => waiters.push(r));
  await chain;
  if (inputFailure) inputFailure.lastLineWritten = lastLineWritten;
  return { lines: written, errors, bytes: bytesRead, failure: failure ?? inputFailure };
}

/** Error records for a group the engine could not run at all (a worker that died twice). */
export function failedGroup(group: readonly InputLine[], e: Error): BatchOutput {
  const msg = `internal error: ${e.message}`;
  return {
    text: group.map((l) => JSON.stringify({ id: null, line: l.lineNo, error: msg }) + '\n').join(''),
    errors: group.map((l) => `line ${l.lineNo}: ${msg}`),
  };
}

