/**
 * Corroborate the seed feed: split it into articles, extract every title and body, and print
 * the claims several documents make, how many independent sources back each, which articles
 * retell which, and where the numbers disagree.
 *
 *   npx tsx examples/corroborate-seed.ts [--gold] [--out CLUSTERS.json]
 *
 * --gold   cluster the gold claims of ../shared/eval/seed-gold.jsonl instead of extracted ones
 * --out    also write the clusters in the shape score-clusters.mjs reads
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clustersForScoring, corroborate, splitArticles, type CorroborationInput } from '../src/corroborate/index.js';
import { createExtractor } from '../src/index.js';

const { values: opts } = parseArgs({ options: { gold: { type: 'boolean' }, out: { type: 'string' } } });
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const feed = fs.readFileSync(path.join(root, 'seeds', '000_af5b69dcd7e89b35.txt'), 'utf8');
const goldFile = path.join(root, '..', 'shared', 'eval', 'seed-gold.jsonl');

// The gold file knows each article's date (and, with --gold, its claims); without it, one date for all.
interface GoldCase { id: string; referenceDate: string | null; mentions: CorroborationInput['mentions']; claims: CorroborationInput['claims'] }
const gold = new Map<string, GoldCase>();
if (fs.existsSync(goldFile)) for (const l of fs.readFileSync(goldFile, 'utf8').split('\n')) if (l.trim()) { const c = JSON.parse(l) as GoldCase; gold.set(c.id, c); }
if (opts.gold && !gold.size) throw new Error(`--gold needs ${goldFile}`);

const zh = createExtractor();
const lineOf = (offset: number) => feed.slice(0, offset).split('\n').length;
const documents: CorroborationInput[] = [];
for (const a of splitArticles(feed)) {
  for (const part of [...a.headings, a.body]) {
    const id = `seed:L${lineOf(part.start)}`;
    const referenceDate = gold.get(id)?.referenceDate ?? '2025-12-30';
    const origin = { article: `article ${a.index + 1}`, ...(a.publisher ? { publisher: a.publisher.text } : {}), published: referenceDate.slice(0, 10) };
    if (opts.gold) {
      const g = gold.get(id);
      if (g) documents.push({ id, text: part.text, referenceDate, mentions: g.mentions, claims: g.claims, ...origin });
    } else documents.push({ id, ...zh.extract(part.text, { referenceDate }), ...origin });
  }
}

const report = corroborate(documents);
if (opts.out) fs.writeFileSync(opts.out, JSON.stringify(clustersForScoring(report), null, 1));
const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

console.log(`${opts.out ? `clusters written to ${opts.out}; ` : ''}${documents.length} documents, ${documents.reduce((n, d) => n + d.claims.length, 0)} claims (${opts.gold ? 'gold' : 'extracted'})\n`);
console.log('Claims made by several documents:');
for (const c of report.clusters) {
  console.log(`\n${c.id}  ${c.subject ?? '?'} · ${c.families.join('/') || '-'} · ${c.independentSources} independent source(s): ${c.sources.map((s) => s.root).join(', ')}`
    + ` · first: ${c.earliest.publisher ?? c.earliest.doc} ${c.earliest.date ?? ''}${c.conflict ? ' · CONFLICT' : ''}`);
  for (const r of c.claims) console.log(`   ${r.doc.padEnd(9)} [${r.modality}${r.source ? `, ${r.source}` : ''}] ${short(r.text)}`);
}
console.log('\nConflicts:');
for (const c of report.conflicts) {
  console.log(`\n  ${c.kind} · ${c.subject ?? '?'} · ${c.family ?? '-'}`);
  for (const s of c.sides) console.log(`   ${s.values.map((v) => short(v, 30)).join(' / ')}  ← ${s.sources.join(', ')} (${s.claims.map((r) => r.doc).join(', ')})`);
}
console.log('\nRetellings:');
for (const r of report.retellings) console.log(`  ${r.documents.join(' ~ ')}  overlap ${r.overlap}, Jaccard ${r.jaccard}${r.original ? `, original ${r.original}` : ''}`);

