/**
 * Typed entity scores per evaluation set: a prediction counts when its span equals a gold
 * entity's span and its type is the gold type or one of the gold's `alt` types (canonical
 * names are not checked here; `npm run eval` does that). Precision only over complete cases.
 * Prints P/R/F1 per set, then per gold type, a confusion summary (same span, other type),
 * and the most frequent missed and spurious surface forms.
 *
 *   npx tsx scripts/entity-eval.ts [--sets msra,cluener] [--top 25] [--full] [--errors out.jsonl]
 *
 * --full runs every extractor (as the CLI does) and keeps the entity mentions, so names
 * inside dates or quantities drop out as they do in the product; the default runs only the
 * entity extractor. --errors writes one line per case with its missed and spurious spans.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(process.env.ZH_CLAIMS_EVAL_DIR ?? path.join(root, '..', 'shared', 'eval'));
const { values: opts } = parseArgs({ options: { sets: { type: 'string' }, top: { type: 'string' }, full: { type: 'boolean' }, errors: { type: 'string' } } });
const TOP = Number(opts.top ?? 20);
const SETS: Record<string, string> = {
  'seed-gold': path.join(evalDir, 'seed-gold.jsonl'),
  msra: path.join(evalDir, 'peers', 'msra-dev.jsonl'),
  'uner-zh': path.join(evalDir, 'peers', 'uner-zh-dev.jsonl'),
  cluener: path.join(evalDir, 'peers', 'cluener-dev.jsonl'),
};

interface Span { start: number; end: number; text: string; type: string; alt: string[] }
interface Case { id: string; text: string; complete?: boolean; kinds?: string[]; referenceDate?: string | null; mentions: Array<{ kind: string; start: number; end: number; text?: string; value: { type?: string; alt?: string[] } }> }

const extractor = createExtractor();
const t0 = Date.now();
extractor.extract('预热', { extractors: ['entities'], claims: false });
const coldMs = Date.now() - t0;

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
const topOf = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}×${v}`).join('  ');
const f = (x: number) => (100 * x).toFixed(1).padStart(5);
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** 《书名》 -> 书名: the span inside leading and trailing title marks and quotes */
function trimTitleMarks(text: string, g: Span): Span {
  let { start, end } = g;
  while (start < end && /[《〈“「]/.test(text[start]!)) start++;
  while (end > start && /[》〉”」]/.test(text[end - 1]!)) end--;
  return { ...g, start, end, text: text.slice(start, end) };
}

const summary: string[] = [];
const errorsOut = opts.errors ? fs.createWriteStream(opts.errors) : null;
for (const [name, file] of Object.entries(SETS)) {
  if (opts.sets && !opts.sets.split(',').includes(name)) continue;
  if (!fs.existsSync(file)) { console.log(`${name}: no file at ${file}`); continue; }
  const cases = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
  let tp = 0, fp = 0, fn = 0, untypedTp = 0;
  // the same counts with title marks trimmed off gold spans (CLUENER keeps 《》 inside, zh-claims outside)
  let ttp = 0, tfp = 0, tfn = 0;
  const perType = new Map<string, { tp: number; fn: number; fp: number }>();
  const row = (t: string) => perType.get(t) ?? (perType.set(t, { tp: 0, fn: 0, fp: 0 }), perType.get(t)!);
  const confusion = new Map<string, number>();
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const started = Date.now();
  for (const c of cases) {
    if (c.kinds && !c.kinds.includes('entity')) continue;
    const gold: Span[] = c.mentions.filter((m) => m.kind === 'entity').map((m) => ({ start: m.start, end: m.end, text: c.text.slice(m.start, m.end), type: m.value.type ?? '', alt: m.value.alt ?? [] }));
    const result = extractor.extract(c.text, { extractors: opts.full ? undefined : ['entities'], claims: false, referenceDate: c.referenceDate ?? null });
    const pred: Span[] = result.mentions.filter((m) => m.kind === 'entity').map((m) => ({ start: m.start, end: m.end, text: m.text, type: (m.value as { type: string }).type, alt: [] }));
    const key = (s: Span) => `${s.start}:${s.end}`;
    const predAt = new Map(pred.map((p) => [key(p), p]));
    const goldAt = new Map(gold.map((g) => [key(g), g]));
    const caseMissed: Span[] = [], caseSpurious: Span[] = [];
    for (const g of gold) {
      const p = predAt.get(key(g));
      const typeOk = !!p && (p.type === g.type || g.alt.includes(p.type));
      if (p) untypedTp++;
      if (typeOk) { tp++; row(g.type).tp++; continue; }
      fn++; row(g.type).fn++;
      if (p) bump(confusion, `${g.type}→${p.type}`);
      else bump(missed, `${g.text}/${g.type}`);
      caseMissed.push(g);
    }
    if (c.complete !== false) {
      for (const p of pred) {
        const g = goldAt.get(key(p));
        if (g && (p.type === g.type || g.alt.includes(p.type))) continue;
        fp++; row(p.type).fp++;
        if (!g) bump(spurious, `${p.text}/${p.type}`);
        caseSpurious.push(p);
      }
    }
    {
      const trimmed = gold.map((g) => trimTitleMarks(c.text, g));
      const at = new Map(trimmed.map((g) => [key(g), g]));
      for (const g of trimmed) { const p = predAt.get(key(g)); if (p && (p.type === g.type || g.alt.includes(p.type))) ttp++; else tfn++; }
      if (c.complete !== false) for (const p of pred) { const g = at.get(key(p)); if (!g || !(p.type === g.type || g.alt.includes(p.type))) tfp++; }
    }
    if (errorsOut && (caseMissed.length || caseSpurious.length)) {
      const show = (s: Span) => `${s.text}/${s.type}@${s.start}`;
      errorsOut.write(JSON.stringify({ set: name, id: c.id, text: c.text, missed: caseMissed.map(show), spurious: caseSpurious.map(show) }) + '\n');
    }
  }
  const s = prf(tp, fp, fn);
  const u = prf(untypedTp, fp - (untypedTp - tp), fn - (untypedTp - tp));
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const t = prf(ttp, tfp, tfn);
  summary.push(`${name.padEnd(10)} typed P ${f(s.p)}  R ${f(s.r)}  F1 ${f(s.f1)}   (span only F1 ${f(u.f1)}; title marks outside F1 ${f(t.f1)}; ${tp} tp, ${fp} fp, ${fn} fn; ${secs} s)`);
  console.log(`\n== ${name}: typed strict P ${f(s.p)}  R ${f(s.r)}  F1 ${f(s.f1)}`);
  for (const [t, r] of [...perType].sort()) {
    const x = prf(r.tp, r.fp, r.fn);
    console.log(`   ${t.padEnd(8)} gold ${String(r.tp + r.fn).padStart(5)}  P ${f(x.p)}  R ${f(x.r)}  F1 ${f(x.f1)}`);
  }
  console.log(`   confusion (gold→predicted, same span): ${topOf(confusion, 12) || '-'}`);
  console.log(`   missed:   ${topOf(missed, TOP)}`);
  console.log(`   spurious: ${topOf(spurious, TOP)}`);
}
errorsOut?.end();
console.log(`\nfirst call (lexicon and dictionary load): ${coldMs} ms`);
for (const l of summary) console.log(l);
