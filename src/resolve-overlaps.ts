import type { MentionKind } from './schema/mention.js';

/** When two candidates of the same length overlap, the more specific kind wins. */
const SPECIFICITY: Record<MentionKind, number> = {
  money: 12, dimension: 11, count: 10, percent: 9, ordinal: 8,
  datetime: 7, date: 6, time: 5, duration: 4, set: 3, entity: 2, number: 1,
};

interface Spanned { kind: MentionKind; start: number; end: number; priority?: number }

/**
 * Mentions never nest or overlap (FORMAT.md): keep the longest; on equal length the more
 * specific kind, then the higher priority, then the earlier start. Deterministic: the
 * order of the input does not matter.
 */
export function resolveOverlaps<T extends Spanned>(candidates: readonly T[]): T[] {
  const items: T[] = [];
  for (const c of candidates) if (c.end > c.start) items.push(c);
  // the ranking keys, read once per candidate instead of once per comparison
  const n = items.length;
  const length = new Float64Array(n), specificity = new Float64Array(n), priority = new Float64Array(n), start = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = items[i]!;
    length[i] = c.end - c.start; specificity[i] = SPECIFICITY[c.kind]; priority[i] = c.priority ?? 0; start[i] = c.start;
    order[i] = i;
  }
  // the same span twice: serialized once each, only when it comes to this
  const json: Array<string | undefined> = [];
  const serialized = (i: number): string => (json[i] ??= JSON.stringify(items[i]));
  order.sort((a, b) =>
    (length[b]! - length[a]!) ||
    (specificity[b]! - specificity[a]!) ||
    (priority[b]! - priority[a]!) ||
    (start[a]! - start[b]!) ||
    (items[a]!.kind === items[b]!.kind ? 0 : items[a]!.kind.localeCompare(items[b]!.kind)) ||
    serialized(a).localeCompare(serialized(b)));
  const kept: T[] = [];
  // one flag per working unit; candidates are short, so checking their units is cheap
  let size = 0;
  for (const c of candidates) if (c.end > size) size = c.end;
  const taken = new Uint8Array(size);
  for (const i of order) {
    const c = items[i]!;
    let free = true;
    for (let k = c.start; k < c.end; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
