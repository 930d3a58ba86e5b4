import { compare, type Verdict } from './compare.js';
import type { ClaimView } from './features.js';
import { principals } from './outlets.js';

/** Above this many candidate pairs the rest are not compared (keeps huge inputs near-linear). */
const MAX_PAIRS = 1_000_000;
/** A text key shared by more claims than this says little (a common phrase). */
const MAX_POSTING = 64;

/** Memoized pairwise verdicts over a fixed list of claims. */
export class Verdicts {
  private readonly memo = new Map<number, Verdict>();
  constructor(readonly views: readonly ClaimView[]) {}
  get(i: number, j: number): Verdict {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * this.views.length + b;
    let v = this.memo.get(key);
    if (!v) { v = compare(this.views[a]!, this.views[b]!); this.memo.set(key, v); }
    return v;
  }
}

/**
 * Pairs worth comparing: claims whose subjects are related, that concern one product, or
 * that share a rare stretch of wording. Everything else cannot link.
 */
export function candidatePairs(views: readonly ClaimView[]): Array<[number, number]> {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => { const l = index.get(key); if (l) l.push(i); else index.set(key, [i]); };
  views.forEach((v, i) => {
    if (v.subject) for (const p of principals(v.subject)) add(`s:${p}`, i);
    for (const p of v.products) add(`p:${p}`, i);
    const w = v.working;
    const seen = new Set<string>();
    for (let k = 0; k + 4 <= w.length && k < 400; k += 2) seen.add(w.slice(k, k + 4));
    for (const g of seen) add(`t:${g}`, i);
  });
  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [key, list] of index) {
    if (key.startsWith('t:') && list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const i = list[x]!, j = list[y]!;
      if (views[i]!.docIndex === views[j]!.docIndex) continue;
      const k = i * views.length + j;
      if (pairs.has(k)) continue;
      pairs.add(k); out.push([i, j]);
      if (out.length >= MAX_PAIRS) return out;
    }
  }
  return out;
}

/**
 * Group claims that make the same assertion. Links are taken strongest first; two groups
 * join when no pair across them is incompatible and at least half of the pairs link
 * (average linkage, so one loose link does not chain two stories together).
 */
export function clusterClaims(views: readonly ClaimView[], verdicts: Verdicts, pairs: Array<[number, number]>): number[][] {
  const edges = pairs.map(([i, j]) => ({ i, j, v: verdicts.get(i, j) })).filter((e) => e.v.link);
  edges.sort((x, y) => y.v.score - x.v.score || x.i - y.i || x.j - y.j);
  const groupOf = views.map((_, i) => i);
  const members: number[][] = views.map((_, i) => [i]);
  for (const { i, j } of edges) {
    const gi = groupOf[i]!, gj = groupOf[j]!;
    if (gi === gj) continue;
    const A = members[gi]!, B = members[gj]!;
    if (A.length * B.length > 4096) continue;
    let links = 0, total = 0, blocked = false;
    for (const x of A) {
      for (const y of B) {
        const v = verdicts.get(x, y);
        if (v.block) { blocked = true; break; }
        total++;
        if (v.link) links++;
      }
      if (blocked) break;
    }
    if (blocked || links * 2 < total) continue;
    for (const y of B) { groupOf[y] = gi; A.push(y); }
    members[gj] = [];
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((x, y) => x - y));
}
