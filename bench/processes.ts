/**
 * Measurements that need a fresh process: cold start (process start to first result,
 * dictionaries included) and the batch CLI (wall time, peak RSS, order of the output).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Build } from './build.js';

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

export interface BatchRun {
  workers: number; wallMs: number; peakRss: number | null; lines: number; inOrder: boolean; exitCode: number | null;
  /** from the first output line to the last: the rate once dictionaries are loaded */
  steadyDocsPerSec: number | null;
}

/** The batch CLI over a JSONL file with N workers; checks one output line per input line, in order. */
export async function batchRun(build: Build, jsonl: string, workers: number, root: string): Promise<BatchRun> {
  const ids: unknown[] = [];
  for (const l of fs.readFileSync(jsonl, 'utf8').split('\n')) if (l) ids.push((JSON.parse(l) as { id: unknown }).id);
  const started = performance.now();
  const child = spawn(process.execPath, [...build.nodeArgs, build.cli, 'extract', '--jsonl', '--workers', String(workers), jsonl], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = watchPeakRss(child.pid!);
  let lines = 0, inOrder = true, rest = '', err = '';
  let firstAt = 0, lastAt = 0, linesAtFirst = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    const parts = (rest + d).split('\n');
    rest = parts.pop()!;
    for (const p of parts) {
      const id = (JSON.parse(p) as { id: unknown }).id;
      if (id !== ids[lines]) inOrder = false;
      lines++;
    }
    if (parts.length) {
      lastAt = performance.now();
      if (!firstAt) { firstAt = lastAt; linesAtFirst = lines; }
    }
  });
  child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
  const exitCode = await new Promise<number | null>((r) => child.on('close', r));
  const wallMs = performance.now() - started;
  if (exitCode !== 0) process.stderr.write(`batch run with ${workers} workers exited ${exitCode}: ${err}\n`);
  const steadyDocsPerSec = lastAt > firstAt && lines > linesAtFirst ? (lines - linesAtFirst) / ((lastAt - firstAt) / 1000) : null;
  return { workers, wallMs, peakRss: peak(), lines, inOrder: inOrder && lines === ids.length, exitCode, steadyDocsPerSec };
}
