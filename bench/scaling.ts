/**
 * How far this machine lets work scale over its cores: the floor itself (opencc-js + nodejieba
 * `tag`, no zh-claims code), a pure arithmetic loop and the pipeline, each run on 1 thread
 * over all the texts and on N threads over 1/N of them each. Timing starts once
 * every thread has loaded its dictionaries, so it compares steady-state throughput — the
 * ceiling for the batch CLI's speedup with N workers.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { floorSource } from './floor.js';

/** Worker body, plain JavaScript (workers do not inherit the TypeScript loader). */
const workerSource = (root: string) => `
const { parentPort, workerData } = require('node:worker_threads');
const { texts, task, start, iterations, entry } = workerData;
(async () => {
let run;
if (task === 'pipeline') {
  // warm-up passes over the same texts first (the compiler keeps optimizing for megabytes):
  // the timed pass then measures the steady state a long batch spends most of its time in
  const { createExtractor } = await import(entry);
  const zh = createExtractor();
  for (let round = 0; round < 2; round++) for (const t of texts) zh.extract(t);
  run = () => { for (const t of texts) zh.extract(t); };
} else if (task === 'floor') {
  ${floorSource(root)}
  floorRun('暖身');
  run = () => { for (const t of texts) floorRun(t); };
} else {
  run = () => { let x = 0; for (let i = 0; i < iterations; i++) x = (x * 31 + i) | 0; return x; };
}
parentPort.postMessage('ready');
// wait until every thread is ready, so the timed part runs on all of them at once
Atomics.wait(start, 0, 0);
const t0 = performance.now();
run();
parentPort.postMessage(performance.now() - t0);
})();
`;

const WORKER = workerSource(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));

const ARITHMETIC_STEPS = 400_000_000;

/** Wall time (ms) of `threads` threads, each given its share of `texts`, started together. */
async function timed(task: 'floor' | 'arithmetic' | 'pipeline', texts: readonly string[], threads: number, entry?: string): Promise<number> {
  const start = new Int32Array(new SharedArrayBuffer(4));
  const share = Math.ceil(texts.length / threads);
  const workers = Array.from({ length: threads }, (_, i) => new Worker(WORKER, {
    eval: true,
    workerData: { texts: texts.slice(i * share, (i + 1) * share), task, start, iterations: Math.round(ARITHMETIC_STEPS / threads), entry: entry ? pathToFileURL(entry).href : undefined },
  }));
  const ready = workers.map((w) => new Promise<void>((r) => w.once('message', () => r())));
  const done = workers.map((w, i) => new Promise<number>((r, reject) => { w.once('error', reject); void ready[i]!.then(() => w.once('message', r)); }));
  await Promise.all(ready);
  const t0 = performance.now();
  Atomics.store(start, 0, 1);
  Atomics.notify(start, 0);
  await Promise.all(done);
  const wall = performance.now() - t0;
  await Promise.all(workers.map((w) => w.terminate()));
  return wall;
}

interface OneAndMany { one: number; many: number }
export interface Scaling { threads: number; floor: OneAndMany; arithmetic: OneAndMany; pipeline: OneAndMany | null }

/**
 * Wall times on one thread and on `threads` threads sharing the same work: the floor over
 * `texts`, an arithmetic loop, and, given a built `entry` of the library, the pipeline over
 * `texts` in its steady state.
 */
export async function machineScaling(texts: readonly string[], threads: number, entry?: string): Promise<Scaling> {
  const floor = { one: await timed('floor', texts, 1), many: await timed('floor', texts, threads) };
  const arithmetic = { one: await timed('arithmetic', [], 1), many: await timed('arithmetic', [], threads) };
  const pipeline = entry && !entry.endsWith('.ts') ? { one: await timed('pipeline', texts, 1, entry), many: await timed('pipeline', texts, threads, entry) } : null;
  return { threads, floor, arithmetic, pipeline };
}
