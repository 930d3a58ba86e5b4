import { candidatePairs, clusterClaims, Verdicts } from './cluster.js';
import type { ClaimView } from './features.js';
import { viewsOf } from './features.js';
import { articlesOf, findRetellings, originOf, sourceKey, type ArticleInfo } from './sources.js';
import { CorroborationInput, type ClaimRef, type Cluster, type Conflict, type CorroborationReport } from './schema.js';
import type { InputDocument } from './types.js';
import { variantConflicts } from './variant-conflicts.js';

function validate(inputs: unknown): InputDocument[] {
  if (!Array.isArray(inputs)) throw new TypeError('zh-claims: corroborate(documents) expects an array of { id, text, mentions, claims }');
  const seen = new Set<string>();
  return inputs.map((d, i) => {
    const r = CorroborationInput.safeParse(d);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new TypeError(`zh-claims: corroborate: document ${i}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    if (seen.has(r.data.id)) throw new TypeError(`zh-claims: corroborate: document id '${r.data.id}' appears twice`);
    seen.add(r.data.id);
    return r.data;
  });
}

/**
 * Cluster the claims of several documents that make the same assertion, say how many
 * independent sources back each cluster and which report came first, find claims that
 * cannot both hold, and which documents retell which.
 */
export function corroborate(documents: readonly CorroborationInput[]): CorroborationReport {
  const docs = validate(documents);
  const articles = articlesOf(docs);
  const retellings = findRetellings(articles);
  const articleByKey = new Map(articles.map((a) => [a.key, a]));
  const articleOfDoc = new Map<string, ArticleInfo>();
  for (const a of articles) for (const d of a.docs) articleOfDoc.set(d, a);
  const docById = new Map(docs.map((d) => [d.id, d]));

  const views: ClaimView[] = docs.flatMap((d, i) => viewsOf(d, i, articleOfDoc.get(d.id)!.key));
  const verdicts = new Verdicts(views);
  const pairs = candidatePairs(views);
  const groups = clusterClaims(views, verdicts, pairs);

  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const multi = groups.map((g) => new Set(g.map((i) => views[i]!.doc)).size > 1);
  const clusterId = (k: number) => (multi[k] ? `k${groups.slice(0, k).filter((_, x) => multi[x]).length + 1}` : null);

  // the source each claim goes back to: its attribution, else the origin of its article
  const rootOf = (i: number, group: number[]): string => {
    const v = views[i]!;
    if (v.source) return sourceKey(v.source);
    // an own-voice headline or lead of an article that, in this cluster, names one source
    const named = new Set(group.map((x) => views[x]!).filter((x) => x.article === v.article && x.source).map((x) => sourceKey(x.source!)));
    if (named.size === 1) return [...named][0]!;
    const origin = originOf(articleOfDoc.get(v.doc)!, articleByKey);
    return origin.publisher ? sourceKey(origin.publisher) : origin.key;
  };
  const refOf = (i: number, group: number[]): ClaimRef => {
    const v = views[i]!;
    return { doc: v.doc, index: v.index, start: v.start, end: v.end, text: v.text, subject: v.subject,
      families: [...v.predicateFamilies.keys()], modality: v.modality as ClaimRef['modality'], source: v.source, root: rootOf(i, group) };
  };

  // conflicts: pairs of claims in different articles that cannot both hold
  const conflictKeys = new Map<string, Conflict>();
  const inConflict = new Set<number>();
  for (const [i, j] of pairs) {
    const v = verdicts.get(i, j);
    if (!v.conflict || views[i]!.article === views[j]!.article) continue;
    const gi = groupOf.get(i)!, gj = groupOf.get(j)!;
    if (gi === gj) continue;
    const [x, y, vx, vy] = gi < gj ? [i, j, v.values[0], v.values[1]] : [j, i, v.values[1], v.values[0]];
    const key = `${Math.min(gi, gj)}|${Math.max(gi, gj)}|${v.conflict}`;
    let c = conflictKeys.get(key);
    if (!c) {
      const side = (g: number) => ({ cluster: clusterId(g), claims: [] as ClaimRef[], sources: [] as string[], values: [] as string[] });
      c = { kind: v.conflict, subject: views[x]!.subject, family: v.family, reason: '', sides: [side(groupOf.get(x)!), side(groupOf.get(y)!)] };
      conflictKeys.set(key, c);
    }
    addSide(c.sides[0], refOf(x, groups[groupOf.get(x)!]!), vx);
    addSide(c.sides[1], refOf(y, groups[groupOf.get(y)!]!), vy);
    inConflict.add(gi); inConflict.add(gj);
  }
  // a variant of a product (中国特供版H200) against the product itself in other articles
  for (const vc of variantConflicts(views)) {
    const side = (xs: number[]) => {
      const gs = [...new Set(xs.map((i) => groupOf.get(i)!))];
      const s = { cluster: gs.length === 1 ? clusterId(gs[0]!) : null, claims: [] as ClaimRef[], sources: [] as string[], values: [] as string[] };
      for (const i of xs) {
        addSide(s, refOf(i, groups[groupOf.get(i)!]!), [views[i]!.variants.get(vc.product) ?? views[i]!.text]);
        inConflict.add(groupOf.get(i)!);
      }
      return s;
    };
    conflictKeys.set(`variant|${vc.product}|${vc.variant[0]}`, { kind: 'polarity', subject: vc.product, family: 'variant', reason: '', sides: [side(vc.variant), side(vc.itself)] });
  }
  const conflicts = [...conflictKeys.values()].map((c) => ({ ...c, reason: reasonOf(c) }));

  const clusters: Cluster[] = [];
  groups.forEach((g, k) => {
    if (!multi[k]) return;
    const refs = g.map((i) => refOf(i, g));
    const bySource = new Map<string, { root: string; documents: string[]; publishers: string[] }>();
    for (const r of refs) {
      const s = bySource.get(r.root) ?? { root: r.root, documents: [], publishers: [] };
      if (!s.documents.includes(r.doc)) s.documents.push(r.doc);
      const pub = articleOfDoc.get(r.doc)!.publisher;
      if (pub && !s.publishers.includes(pub)) s.publishers.push(pub);
      bySource.set(r.root, s);
    }
    const documents = [...new Set(refs.map((r) => r.doc))];
    clusters.push({
      id: clusterId(k)!, claims: refs, documents,
      subject: mostCommon(refs.map((r) => r.subject)),
      families: [...new Set(refs.flatMap((r) => r.families))],
      sources: [...bySource.values()], independentSources: bySource.size,
      earliest: earliestOf(documents, docById, articleOfDoc),
      conflict: inConflict.has(k),
    });
  });

  return {
    documents: docs.map((d) => {
      const a = articleOfDoc.get(d.id)!;
      const up = a.upstream ? articleByKey.get(a.upstream) : null;
      return { id: d.id, publisher: a.publisher, published: a.published, article: a.key, upstream: up ? up.docs[up.docs.length - 1]! : null };
    }),
    clusters, conflicts, retellings,
  };
}

function addSide(side: Conflict['sides'][0], ref: ClaimRef, values: string[]): void {
  if (!side.claims.some((c) => c.doc === ref.doc && c.index === ref.index)) side.claims.push(ref);
  if (!side.sources.includes(ref.root)) side.sources.push(ref.root);
  for (const v of values) if (!side.values.includes(v)) side.values.push(v);
}

function reasonOf(c: Conflict): string {
  const [a, b] = c.sides;
  if (c.family === 'variant') {
    return `${c.subject ?? 'a product'}: a variant against the product itself: ${a.values.join(', ')} (${a.sources.join(', ')}) vs ${b.claims.length} claim(s) presenting ${c.subject ?? 'it'} as such (${b.sources.join(', ')})`;
  }
  const what = c.kind === 'quantity' ? 'amounts that do not overlap' : c.kind === 'date' ? 'dates that do not overlap' : `one asserts and the other denies (${c.family})`;
  return `${c.subject ?? 'claims'}: ${what}: ${a.values.join(', ')} (${a.sources.join(', ')}) vs ${b.values.join(', ')} (${b.sources.join(', ')})`;
}

function mostCommon(xs: Array<string | null>): string | null {
  const n = new Map<string, number>();
  for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  let best: string | null = null, count = 0;
  for (const [x, c] of n) if (c > count) { best = x; count = c; }
  return best;
}

function earliestOf(documents: string[], docById: Map<string, InputDocument>, articleOfDoc: Map<string, ArticleInfo>): Cluster['earliest'] {
  let best: Cluster['earliest'] | null = null;
  for (const id of documents) {
    const a = articleOfDoc.get(id)!;
    const date = a.published;
    if (!best || (date && (!best.date || date < best.date))) best = { doc: docById.get(id)!.id, date, publisher: a.publisher };
  }
  return best!;
}
