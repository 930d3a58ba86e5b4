/**
 * Measurements that need a fresh process: cold start (process start to first result,
 * dictionaries included) and the batch CLI (wall time, peak RSS, order of the output).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { Build } from './build.js';
import { floorSource } from './floor.js';

/** Peak RSS of a running process, polled from /proc (Linux); null elsewhere. */
function watchPeakRss(pid: number): () => number | null {
  let peak: number | null = null;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak ?? 0, Number(m[1]) * 1024);
    } catch { /* gone or not Linux */ }
  };
  const timer = setInterval(read, 100);
  read();
  return () => { clearInterval(timer); return peak; };
}

/**
 * CPU seconds of each thread of a running process, polled from /proc (Linux); null elsewhere.
 * The JavaScript threads (main and workers) are the `jsThreads` busiest; the rest is V8's
 * background work (optimizing compiler, concurrent GC) and libuv's pool.
 */
function watchThreadCpu(pid: number, jsThreads: number): () => ThreadCpu | null {
  const ticks = new Map<string, number>();
  const read = () => {
    try {
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks.set(tid, Number(f[11]) + Number(f[12])); // utime + stime, in clock ticks (USER_HZ, 100 on Linux)
      }
    } catch { /* gone or not Linux */ }
  };
  const timer = setInterval(read, 100);
  read();
  return () => {
    clearInterval(timer);
    if (!ticks.size) return null;
    const seconds = [...ticks.values()].map((t) => t / 100).sort((a, b) => b - a);
    const js = seconds.slice(0, jsThreads).reduce((a, b) => a + b, 0);
    return { js, background: seconds.slice(jsThreads).reduce((a, b) => a + b, 0) };
  };
}

/** CPU seconds of the JavaScript threads and of everything else in the process */
export interface ThreadCpu { js: number; background: number }

export interface ColdStart { wallMs: number; importMs: number; firstExtractMs: number; firstStages: Record<string, number> }

/** One fresh `node` process: import the library, extract from `textFile`, report. */
export async function coldStart(build: Build, textFile: string): Promise<ColdStart> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-cold-'));
  const script = path.join(dir, 'cold.mjs');
  fs.writeFileSync(script, `
const t0 = performance.now();
const { createExtractor } = await import(${JSON.stringify(pathToFileURL(build.entry).href)});
const text = (await import('node:fs')).readFileSync(${JSON.stringify(textFile)}, 'utf8');
const t1 = performance.now();
const zh = createExtractor();
const r = zh.extract(text);
const t2 = performance.now();
const T = zh.pipeline.timings;
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstExtractMs: t2 - t1, mentions: r.mentions.length,
  firstStages: { prepare: T.prepare, segment: T.segment, claims: T.claims, ...T.extractors } }));
`);
  const started = performance.now();
  const child = spawn(process.execPath, [...build.nodeArgs, script], { cwd: path.dirname(path.dirname(build.entry)), stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const wallMs = performance.now() - started;
  fs.rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`cold start process failed (exit ${code})`);
  return { wallMs, ...(JSON.parse(out) as Omit<ColdStart, 'wallMs'>) };
}

/**
 * The cold start of the floor: a fresh `node` process that loads opencc-js and nodejieba (with
 * the same stand-in keyword tables the library passes), converts the text and tags it. What
 * any pipeline on nodejieba pays before its first result; wall ms.
 */
export async function coldFloor(textFile: string, root: string): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-cold-floor-'));
  const script = path.join(dir, 'floor.cjs');
  fs.writeFileSync(script, `${floorSource(root)}
floorRun(require('node:fs').readFileSync(${JSON.stringify(textFile)}, 'utf8'));
`);
  const started = performance.now();
  const child = spawn(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const wallMs = performance.now() - started;
  fs.rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`cold floor process failed (exit ${code})`);
  return wallMs;
}

export interface BatchRun {
  workers: number; wallMs: number; peakRss: number | null; lines: number; inOrder: boolean; exitCode: number | null;
  /** CPU by thread kind (Linux), sampled every 100 ms: a last slice of up to 100 ms may be missing */
  cpu: ThreadCpu | null;
  /** from the first record written to the end: the rate once dictionaries are loaded */
  steadyDocsPerSec: number | null;
}

/** Whether the file holds one record per id, in order: each record starts with its input's id ({"id":…,). */
async function recordsInOrder(file: string, ids: readonly unknown[]): Promise<{ lines: number; inOrder: boolean }> {
  let lines = 0, inOrder = true;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (!line.startsWith(`{"id":${JSON.stringify(ids[lines] ?? null)},`)) inOrder = false;
    lines++;
  }
  return { lines, inOrder };
}

/**
 * The batch CLI over a JSONL file with N workers, its output going to a file as a user's
 * would (a pipe read by this process would take CPU from the run); the records are checked
 * afterwards: one per input line, in input order.
 */
export async function batchRun(build: Build, jsonl: string, workers: number, root: string): Promise<BatchRun> {
  const ids: unknown[] = [];
  for (const l of fs.readFileSync(jsonl, 'utf8').split('\n')) if (l) ids.push((JSON.parse(l) as { id: unknown }).id);
  const outFile = path.join(path.dirname(jsonl), `out-${workers}.jsonl`);
  const outFd = fs.openSync(outFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [...build.nodeArgs, build.cli, 'extract', '--jsonl', '--workers', String(workers), jsonl], { cwd: root, stdio: ['ignore', outFd, 'pipe'] });
  fs.closeSync(outFd);
  const peak = watchPeakRss(child.pid!);
  const cpu = watchThreadCpu(child.pid!, Math.max(1, workers));
  let err = '', firstAt = 0;
  const firstOutput = setInterval(() => { if (!firstAt && fs.statSync(outFile).size > 0) firstAt = performance.now(); }, 100);
  child.stderr!.on('data', (d) => { if (err.length < 4000) err += d; });
  const exitCode = await new Promise<number | null>((r) => child.on('close', r));
  const wallMs = performance.now() - started;
  clearInterval(firstOutput);
  const threadCpu = cpu(), peakRss = peak();
  if (exitCode !== 0) process.stderr.write(`batch run with ${workers} workers exited ${exitCode}: ${err}\n`);
  const { lines, inOrder } = await recordsInOrder(outFile, ids);
  fs.rmSync(outFile, { force: true });
  // from the first record on: the rate once the dictionaries are loaded (to within the 100 ms poll)
  const steadyDocsPerSec = firstAt && lines > 1 ? (lines - 1) / ((started + wallMs - firstAt) / 1000) : null;
  return { workers, wallMs, peakRss, lines, inOrder: inOrder && lines === ids.length, exitCode, steadyDocsPerSec, cpu: threadCpu };
}
