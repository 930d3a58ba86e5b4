import type { CorroborationReport, ScoringClusters } from './schema.js';

/**
 * The clusters file `score-clusters.mjs` reads: every cluster of claims made by several
 * documents, and each side of a conflict that no other document backs, flagged `conflict`.
 */
export function clustersForScoring(report: CorroborationReport): ScoringClusters {
  const out: ScoringClusters['clusters'] = report.clusters.map((c) => ({
    claims: c.claims.map((r) => ({ id: r.doc, start: r.start, end: r.end })),
    conflict: c.conflict,
  }));
  const listed = new Set(report.clusters.flatMap((c) => c.claims.map((r) => `${r.doc}#${r.index}`)));
  for (const conflict of report.conflicts) {
    for (const side of conflict.sides) {
      for (const r of side.claims) {
        if (listed.has(`${r.doc}#${r.index}`)) continue;
        listed.add(`${r.doc}#${r.index}`);
        out.push({ claims: [{ id: r.doc, start: r.start, end: r.end }], conflict: true });
      }
    }
  }
  return { clusters: out };
}
