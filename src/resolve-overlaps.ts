import type { MentionKind } from './schema/mention.js';

/** When two candidates of the same length overlap, the more specific kind wins. */
const SPECIFICITY: Record<MentionKind, number> = {
  money: 12, dimension: 11, count: 10, percent: 9, ordinal: 8,
  datetime: 7, date: 6, time: 5, duration: 4, set: 3, entity: 2, number: 1,
};

interface Spanned { kind: MentionKind; start: number; end: number; priority?: number }
interface Ranked<T> { c: T; json: string | null }

/**
 * Mentions never nest or overlap (FORMAT.md): keep the longest; on equal length the more
 * specific kind, then the higher priority, then the earlier start. Deterministic: the
 * order of the input does not matter.
 */
export function resolveOverlaps<T extends Spanned>(candidates: readonly T[]): T[] {
  const ranked: Ranked<T>[] = candidates
    .filter((c) => c.end > c.start)
    .map((c): Ranked<T> => ({ c, json: null }))
    .sort((a, b) =>
      (b.c.end - b.c.start) - (a.c.end - a.c.start) ||
      SPECIFICITY[b.c.kind] - SPECIFICITY[a.c.kind] ||
      (b.c.priority ?? 0) - (a.c.priority ?? 0) ||
      a.c.start - b.c.start ||
      (a.c.kind === b.c.kind ? 0 : a.c.kind.localeCompare(b.c.kind)) ||
      // the same span twice: serialized once each, only when it comes to this
      (a.json ??= JSON.stringify(a.c)).localeCompare(b.json ??= JSON.stringify(b.c)));
  const kept: T[] = [];
  // one flag per working unit; candidates are short, so checking their units is cheap
  const size = candidates.reduce((m, c) => Math.max(m, c.end), 0);
  const taken = new Uint8Array(size);
  for (const { c } of ranked) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
