import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ExtractOptions } from '../options.js';
import type { BatchEngine } from './batch.js';
import { failedGroup } from './batch.js';
import { type BatchOutput, processLines } from './jsonl.js';
import type { InputLine } from './lines.js';

/** What a worker needs to build its own extractor: plain data, copied to the thread. */
export interface WorkerSetup { segmenter?: 'nodejieba' | 'intl'; defaults: ExtractOptions }

interface Job { id: number; lines: InputLine[] }
type Command = Job | { close: true };
type Reply = { id: number; out: BatchOutput } | { ready: true } | { fatal: string };

const MARK = 'zh-claims-batch-worker';

/** Is this thread a batch worker started by `workerPool`? */
export function isBatchWorker(): boolean {
  return !isMainThread && (workerData as { [MARK]?: boolean } | null)?.[MARK] === true;
}

/** The body of a worker thread: build an extractor once, then answer groups of lines. */
export async function runBatchWorker(): Promise<void> {
  const { setup, cancel } = workerData as { setup: WorkerSetup; cancel: Int32Array };
  const port = parentPort!;
  try {
    const { createExtractor } = await import('../index.js');
    const zh = createExtractor(setup.segmenter ? { segmenter: setup.segmenter } : {});
    zh.extract('', setup.defaults); // load dictionaries before the first real line
    port.on('message', (m: Command) => {
      // leave when asked, between documents: a thread stopped inside native code takes the process with it
      if ('close' in m) return port.close();
      const cancelled = Atomics.load(cancel, 0) !== 0;
      port.postMessage({ id: m.id, out: cancelled ? { text: '', errors: [] } : processLines(m.lines, zh.extract, setup.defaults) } satisfies Reply);
    });
    port.postMessage({ ready: true } satisfies Reply);
  } catch (e) {
    port.postMessage({ fatal: (e as Error).stack ?? String(e) } satisfies Reply);
  }
}

/**
 * How a worker is started. Built code starts the module it is in; source run through tsx
 * (development, tests) starts it through tsx's loader, which workers do not inherit.
 */
function startWorker(entry: URL, setup: WorkerSetup, cancel: Int32Array): Worker {
  const data = { [MARK]: true, setup, cancel };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

interface Slot { worker: Worker; jobs: Map<number, { resolve: (o: BatchOutput) => void; reject: (e: Error) => void }>; ready: Promise<void> }

/**
 * A pool of `size` worker threads, each with its own extractor. A group goes to the least
 * busy worker. If a worker dies, its groups are retried one line at a time on a fresh
 * worker, so one poisonous line costs one error record, not its neighbours.
 */
export function workerPool(size: number, entry: URL, setup: WorkerSetup): BatchEngine {
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];
  // set when the run is abandoned: queued groups are skipped instead of computed for nobody
  const cancel = new Int32Array(new SharedArrayBuffer(4));

  const spawn = (): Slot => {
    const worker = startWorker(entry, setup, cancel);
    const slot: Slot = { worker, jobs: new Map(), ready: Promise.resolve() };
    let fail = (_e: Error) => {};
    slot.ready = new Promise<void>((resolve, reject) => {
      fail = (e: Error) => { reject(e); };
      worker.on('message', (m: Reply) => {
        if ('ready' in m) return resolve();
        if ('fatal' in m) return fail(new Error(`a worker could not start: ${m.fatal}`));
        const j = slot.jobs.get(m.id);
        if (!j) return;
        slot.jobs.delete(m.id);
        j.resolve(m.out);
      });
    });
    slot.ready.catch(() => {}); // a start failure is reported through the jobs waiting on it
    const died = (e: Error) => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      fail(e);
      const orphans = [...slot.jobs.values()];
      slot.jobs.clear();
      for (const o of orphans) o.reject(e);
    };
    worker.on('error', died);
    worker.on('exit', (code) => { if (!closing || slot.jobs.size) died(new Error(`a worker stopped (exit code ${code})`)); });
    slots.push(slot);
    return slot;
  };

  const send = (lines: InputLine[]): Promise<BatchOutput> => {
    while (slots.length < size) spawn();
    const slot = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const job: Job = { id: nextId++, lines };
    return new Promise<BatchOutput>((resolve, reject) => {
      slot.jobs.set(job.id, { resolve, reject });
      slot.ready.then(() => slot.worker.postMessage(job), reject);
    });
  };

  return {
    concurrency: size,
    async run(lines) {
      try { return await send(lines); } catch (e) {
        if (/could not start/.test((e as Error).message)) throw e;
        // retry alone, once each: the line that kills a worker is found and the others survive
        const outs: BatchOutput[] = [];
        for (const l of lines) outs.push(await send([l]).catch((err: Error) => failedGroup([l], err)));
        return { text: outs.map((o) => o.text).join(''), errors: outs.flatMap((o) => o.errors) };
      }
    },
    async close(abandon = false) {
      closing = true;
      if (abandon) Atomics.store(cancel, 0, 1);
      await Promise.all(slots.splice(0).map((s) => new Promise<void>((resolve) => {
        s.worker.once('exit', () => resolve());
        s.worker.postMessage({ close: true } satisfies Command);
      })));
    },
  };
}

/**
 * `threads` threads in all: this one and `threads - 1` workers. This thread already holds an
 * extractor, so it takes its share of the groups instead of idling while a further worker
 * loads another copy of the dictionaries. Workers are kept fed first (two groups queued
 * each); a group no worker can take at once runs here.
 */
export function sharedPool(threads: number, entry: URL, setup: WorkerSetup, here: BatchEngine): BatchEngine {
  if (threads <= 1) return here;
  const pool = workerPool(threads - 1, entry, setup);
  let queued = 0;
  const FEED = 2 * (threads - 1);
  return {
    concurrency: threads,
    async run(lines) {
      if (queued < FEED) {
        queued++;
        try { return await pool.run(lines); } finally { queued--; }
      }
      return here.run(lines);
    },
    async close(abandon) { await Promise.all([pool.close(abandon), here.close(abandon)]); },
  };
}
