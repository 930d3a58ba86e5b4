import { describe, expect, it } from 'vitest';
import { clustersForScoring, corroborate } from '../../src/corroborate/index.js';
import { goldToInput, haveGold, readGold, seedArticles } from './gold.js';

/** Pairwise precision and recall of clusters against the gold `fact` keys (as score-clusters.mjs counts them). */
function pairScore(gold: ReturnType<typeof readGold>, clusters: ReturnType<typeof clustersForScoring>['clusters']) {
  const keyOf = (id: string, s: number, e: number): string | null => {
    let best: string | null = null, ov = 0;
    gold.find((c) => c.id === id)!.claims.forEach((k, i) => { const o = Math.min(k.end, e) - Math.max(k.start, s); if (o > ov) { ov = o; best = `${id}#${i}`; } });
    return best;
  };
  const fact = new Map<string, string>();
  for (const c of gold) c.claims.forEach((k, i) => { if (k.fact) fact.set(`${c.id}#${i}`, k.fact); });
  const caseOf = (k: string) => k.slice(0, k.lastIndexOf('#'));
  const goldPairs = new Set<string>();
  const keys = [...fact.keys()];
  for (const a of keys) for (const b of keys) if (a < b && fact.get(a) === fact.get(b) && caseOf(a) !== caseOf(b)) goldPairs.add(`${a}|${b}`);
  const pred = new Set<string>();
  for (const cl of clusters) {
    const ks = [...new Set(cl.claims.map((c) => keyOf(c.id, c.start, c.end)).filter((k) => k !== null))] as string[];
    for (const a of ks) for (const b of ks) if (a < b && caseOf(a) !== caseOf(b)) pred.add(`${a}|${b}`);
  }
  const hit = [...pred].filter((p) => goldPairs.has(p)).length;
  return { precision: hit / pred.size, recall: hit / goldPairs.size };
}

describe.skipIf(!haveGold())('corroborate on the seed gold claims', () => {
  const gold = haveGold() ? readGold() : [];
  const articles = haveGold() ? seedArticles() : new Map();
  const report = haveGold() ? corroborate(gold.map((c) => goldToInput(c, articles))) : null!;
  const factOf = (doc: string, index: number) => gold.find((c) => c.id === doc)!.claims[index]!.id;

  it('clusters the retold claims as the gold fact keys do (pairwise F1 ≥ 0.90)', () => {
    const { precision, recall } = pairScore(gold, clustersForScoring(report).clusters);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the volume conflict: 約10萬顆 (line 3) against 4萬至8萬顆 (the Reuters retellings)', () => {
    const c = report.conflicts.find((x) => x.kind === 'quantity')!;
    expect(c).toBeDefined();
    const sides = c.sides.map((s) => s.claims.map((r) => factOf(r.doc, r.index)));
    expect(sides[0]).toContain('L3.c3');
    expect(sides[1]).toEqual(expect.arrayContaining(['L5.c6', 'L7.c4', 'L9.c4']));
  });

  it('finds the licence conflict: 無需BIS許可證 against the review of licence applications', () => {
    const c = report.conflicts.find((x) => x.kind === 'polarity' && x.family === 'license')!;
    expect(c.sides.map((s) => s.claims.map((r) => factOf(r.doc, r.index)))).toEqual([['L3.c25'], ['L5.c11']]);
  });

  it('reports no conflict inside a gold fact (claims that agree)', () => {
    const factKey = (doc: string, index: number) => gold.find((c) => c.id === doc)!.claims[index]!.fact;
    for (const c of report.conflicts) {
      const left = new Set(c.sides[0].claims.map((r) => factKey(r.doc, r.index)).filter(Boolean));
      for (const r of c.sides[1].claims) expect(left.has(factKey(r.doc, r.index))).toBe(false);
    }
  });

  it('sees lines 7 and 9 as one text, line 5 as a rewrite of it, all retelling the Global Times', () => {
    const pairs = report.retellings.map((r) => [...r.documents].sort().join('+'));
    expect(pairs).toEqual(expect.arrayContaining(['seed:L5+seed:L7', 'seed:L7+seed:L9']));
    expect(report.documents.filter((d) => d.upstream === 'seed:L7').map((d) => d.id)).toEqual(['seed:L4', 'seed:L5', 'seed:L8', 'seed:L9']);
  });

  it('counts the Reuters retellings as one source', () => {
    const cluster = report.clusters.find((c) => c.claims.some((r) => factOf(r.doc, r.index) === 'L7.c9'))!;
    expect(cluster.claims.map((r) => factOf(r.doc, r.index)).sort()).toEqual(['L5.c10', 'L7.c9', 'L9.c9']);
    expect(cluster.sources.map((s) => s.root)).toEqual(['Reuters']);
    expect(cluster.earliest.doc).toBe('seed:L7');
  });
});
