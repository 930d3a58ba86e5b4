/**
 * npm run eval — run the batch CLI over every evaluation set in ../shared/eval and score
 * each with the shared scorer; print one table (set × kind) and the claims line per set.
 *
 *   npm run eval [-- --sets seed-gold,msra-dev] [--kinds date,count] [--json]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(process.env.ZH_CLAIMS_EVAL_DIR ?? path.join(root, '..', 'shared', 'eval'));
const { values: opts } = parseArgs({ options: { sets: { type: 'string' }, kinds: { type: 'string' }, json: { type: 'boolean' } } });

if (!fs.existsSync(path.join(evalDir, 'score.mjs'))) {
  console.log(`No evaluation sets at ${evalDir} (set ZH_CLAIMS_EVAL_DIR to point elsewhere): nothing to score.`);
  process.exit(0);
}

const sets = [
  ...fs.readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(evalDir, f)),
  ...(fs.existsSync(path.join(evalDir, 'peers')) ? fs.readdirSync(path.join(evalDir, 'peers')).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(evalDir, 'peers', f)) : []),
].filter((f) => !opts.sets || opts.sets.split(',').includes(path.basename(f, '.jsonl')));

// predictions go to a private temp dir, so runs in parallel never read each other's files
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-eval-'));
process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
const cli = path.join(root, 'src', 'cli', 'main.ts');

function runCli(gold: string, pred: string, extra: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'extract', '--jsonl', ...extra, gold], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = fs.createWriteStream(pred);
    child.stdout.pipe(out);
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => { out.close(); if (code && code !== 1) reject(new Error(`CLI failed on ${gold}: ${err}`)); else resolve(code ?? 0); });
  });
}

interface KindScore { gold: number; pred: number; strict: { p: number | null; r: number | null; f1: number | null }; lenient: { p: number | null; r: number | null; f1: number | null }; value: { n: number; acc: number | null }; lenientValue: { n: number; acc: number | null } }
interface Score { kinds: Record<string, KindScore>; overall: KindScore; claims: null | Record<string, number | null> }

const pct = (x: number | null | undefined) => (x == null ? '    -' : (100 * x).toFixed(1).padStart(5));
const rows: string[] = [];
const claimLines: string[] = [];
const all: Record<string, Score> = {};
const started = Date.now();
for (const gold of sets) {
  const name = path.basename(gold, '.jsonl');
  const pred = path.join(outDir, `${name}.pred.jsonl`);
  const t0 = Date.now();
  // sets whose gold claims carry `fact` keys are also scored as cross-document clusters
  const hasFacts = fs.readFileSync(gold, 'utf8').includes('"fact"') && fs.existsSync(path.join(evalDir, 'score-clusters.mjs'));
  const clusters = path.join(outDir, `${name}.clusters.json`);
  await runCli(gold, pred, hasFacts ? ['--corroborate', clusters] : []);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const args = [path.join(evalDir, 'score.mjs'), gold, pred, '--json', ...(opts.kinds ? ['--kinds', opts.kinds] : [])];
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`score.mjs failed on ${name}: ${res.stderr}`);
  const score = JSON.parse(res.stdout) as Score;
  all[name] = score;
  for (const [kind, s] of [...Object.entries(score.kinds), ['ALL', score.overall] as const]) {
    // sets without complete cases report recall only (precision and F1 are undefined there)
    rows.push(`${name.padEnd(16)} ${kind.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} | ${pct(s.strict.p)} ${pct(s.strict.r)} ${pct(s.strict.f1)} | ${pct(s.lenient.r)} ${pct(s.lenient.f1)} | ${pct(s.value.acc)} ${pct(s.lenientValue.acc)}`);
  }
  rows.push(`${''.padEnd(16)} (${secs} s)`);
  if (hasFacts) {
    const r = spawnSync(process.execPath, [path.join(evalDir, 'score-clusters.mjs'), gold, clusters], { encoding: 'utf8' });
    claimLines.push(`${name.padEnd(16)} clusters: ${(r.stdout || r.stderr).trim()}`);
  }
  if (score.claims) {
    const c = score.claims;
    claimLines.push(`${name.padEnd(16)} claims: gold ${c.gold}, predicted ${c.pred}; recall ${pct(c.recall)}, precision ${pct(c.precision)}; among matched: subject ${pct(c.subject)}, source ${pct(c.source)}, modality ${pct(c.modality)}; arguments found ${pct(c.argumentRecall)}`);
  }
}

if (opts.json) { console.log(JSON.stringify(all, null, 1)); process.exit(0); }
console.log(`Evaluation over ${evalDir} (${((Date.now() - started) / 1000).toFixed(0)} s). P only over complete cases; '-' where a set has none.`);
console.log(`${'set'.padEnd(16)} ${'kind'.padEnd(9)}  gold  pred |  strict P    R    F1  | lenient R   F1  | value strict lenient`);
for (const r of rows) console.log(r);
if (claimLines.length) { console.log(''); for (const l of claimLines) console.log(l); }
