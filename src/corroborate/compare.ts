import type { ClaimView, DateSpan, Quantity } from './features.js';
import { isSalient } from './features.js';
import { oppositeOf, themeOf } from './families.js';
import { principals } from './outlets.js';

export type ConflictKind = 'quantity' | 'date' | 'polarity';

/** How two claims relate: the same assertion (link), incompatible (block), or in conflict. */
export interface Verdict {
  link: boolean;
  /** the two cannot be one assertion (different amounts, dates, polarity or aspect) */
  block: boolean;
  score: number;
  conflict: ConflictKind | null;
  family: string | null;
  /** the disagreeing arguments, as written, on each side */
  values: [string[], string[]];
}

/** Retold sentences share most of their characters: above this, two clauses are one assertion. */
const RETOLD = 0.7;
/** Some shared wording backs a family match when the arguments say nothing. */
const SOME_WORDING = 0.35;

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) { const g = s.slice(i, i + 2); out.set(g, (out.get(g) ?? 0) + 1); }
  return out;
}

const bigramCache = new WeakMap<ClaimView, Map<string, number>>();
function bigramsOf(v: ClaimView): Map<string, number> {
  let b = bigramCache.get(v);
  if (!b) { b = bigrams(v.working.slice(0, 2000)); bigramCache.set(v, b); }
  return b;
}

/** Dice coefficient over character bigrams of the clauses in working form. */
export function textSimilarity(a: ClaimView, b: ClaimView): number {
  const A = bigramsOf(a), B = bigramsOf(b);
  let na = 0, nb = 0, both = 0;
  for (const n of A.values()) na += n;
  for (const n of B.values()) nb += n;
  if (!na || !nb) return 0;
  for (const [g, n] of A) { const m = B.get(g); if (m) both += Math.min(n, m); }
  return (2 * both) / (na + nb);
}

/** Same subject, or one acts for the other (a president for the state). */
function subjectRelation(a: ClaimView, b: ClaimView): 'same' | 'affiliated' | null {
  if (!a.subject || !b.subject) return null;
  if (a.subject === b.subject) return 'same';
  const pa = principals(a.subject), pb = principals(b.subject);
  return pa.includes(b.subject) || pb.includes(a.subject) ? 'affiliated' : null;
}

/** A product named after its maker (NVIDIA H200 and NVIDIA): one may stand for the other. */
function namedAfter(x: string, y: string): boolean {
  return x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** Families both claims assert: each predicate's family is among the other clause's families. */
export function sharedFamilies(a: ClaimView, b: ClaimView): string[] {
  const ab = [...a.predicateFamilies.keys()].filter((f) => b.clauseFamilies.has(f));
  const ba = [...b.predicateFamilies.keys()].filter((f) => a.clauseFamilies.has(f));
  if (!ab.length || !ba.length) return [];
  return [...new Set([...ab, ...ba])];
}

/**
 * A family one predicate asserts and the other denies (批准 against 尚未批准, 允许 against
 * 禁止), unless a predicate's family also stands, with the same polarity, in the other clause
 * (对解禁H200的“冷处理” carries both).
 */
function oppositeFamily(a: ClaimView, b: ClaimView): string | null {
  let opposite: string | null = null;
  for (const [f, negated] of a.predicateFamilies) {
    const same = b.predicateFamilies.get(f);
    if (same !== undefined && same !== negated) opposite ??= f;
    const o = oppositeOf(f);
    if (o && b.predicateFamilies.get(o) === negated) opposite ??= f;
  }
  if (!opposite) return null;
  const agrees = (x: ClaimView, y: ClaimView) => [...x.predicateFamilies].some(([f, neg]) => y.clauseFamilies.get(f) === neg);
  return agrees(a, b) || agrees(b, a) ? null : opposite;
}

function overlaps(x: { min: number; max: number }, y: { min: number; max: number }): boolean {
  return x.min <= y.max && y.min <= x.max;
}

/** Amounts of the same unit: 'match' when some overlap, 'mismatch' when none does. */
function compareQuantities(a: Quantity[], b: Quantity[]): { state: 'match' | 'mismatch' | 'none'; values: [string[], string[]] } {
  const units = new Set(a.map((q) => q.unit).filter((u) => b.some((q) => q.unit === u)));
  if (!units.size) return { state: 'none', values: [[], []] };
  for (const u of units) {
    const qa = a.filter((q) => q.unit === u), qb = b.filter((q) => q.unit === u);
    if (qa.some((x) => qb.some((y) => overlaps(x, y)))) return { state: 'match', values: [[], []] };
  }
  return { state: 'mismatch', values: [a.filter((q) => units.has(q.unit)).map((q) => q.text), b.filter((q) => units.has(q.unit)).map((q) => q.text)] };
}

function compareDates(a: DateSpan[], b: DateSpan[]): 'match' | 'mismatch' | 'none' {
  if (!a.length || !b.length) return 'none';
  return a.some((x) => b.some((y) => x.from < y.to && y.from < x.to)) ? 'match' : 'mismatch';
}

const FUTURE = new Set(['planned', 'expected']);

/** Compare two claims (of different documents, or of one when checking a merge). */
export function compare(a: ClaimView, b: ClaimView): Verdict {
  const text = textSimilarity(a, b);
  const subject = subjectRelation(a, b);
  const families = sharedFamilies(a, b);
  const opposite = oppositeFamily(a, b);
  const qa = a.quantities.filter(isSalient), qb = b.quantities.filter(isSalient);
  const qty = compareQuantities(qa, qb);
  const dates = compareDates(a.dates, b.dates);
  const sharedEntities = [...a.entities].filter((e) => b.entities.has(e)).length;
  const union = new Set([...a.entities, ...b.entities]).size;
  const sharedProducts = [...a.products].some((p) => b.products.has(p));
  // a licence is about the product, whoever applies for it
  const themed = [...families, ...(opposite ? [opposite] : [])].some((f) => themeOf(f) === 'PRODUCT') && sharedProducts;
  const about = subject !== null || themed;
  // allowing one chip and banning another is no contradiction: a denial must concern the same product
  // nor is a ban then and a release now: a denial must concern the same time, or none be given
  const sameTime = a.past === b.past && ((a.dateArguments === 0 && b.dateArguments === 0) || dates === 'match');
  const concernsSameThing = sameTime && ( a.products.size || b.products.size ? sharedProducts : sharedEntities >= 2);
  const aspectDiffers = (qa.length > 0) !== (qb.length > 0);
  // a variant of a product (中国特供版H200) and the product itself are not one assertion
  const variantDiffers = [...a.variants.keys()].some((p) => b.itself.has(p)) || [...b.variants.keys()].some((p) => a.itself.has(p));
  const block = qty.state === 'mismatch' || dates === 'mismatch' || aspectDiffers || variantDiffers || (opposite !== null && text < RETOLD);

  const score = text + (subject === 'same' ? 0.5 : subject ? 0.3 : 0) + (families.length ? 0.5 : 0)
    + (union ? 0.3 * sharedEntities / union : 0) + (qty.state === 'match' ? 0.5 : 0) + (dates === 'match' ? 0.2 : 0);

  let link = false;
  if (!block) {
    // one wording about two known actors (台积电交付 / 英伟达交付) is two assertions
    const otherActors = a.subjectKnown && b.subjectKnown && subject === null && !namedAfter(a.subject!, b.subject!);
    if (text >= RETOLD && !otherActors) link = true;
    else if (about && families.length) {
      const argumentsAgree = sharedEntities > 0 || (a.entities.size === 0 && b.entities.size === 0);
      link = argumentsAgree || dates === 'match' || qty.state === 'match' || text >= SOME_WORDING;
    } else if (about && qty.state === 'match') link = true;
  }

  let conflict: ConflictKind | null = null;
  let family: string | null = families[0] ?? opposite ?? null;
  let values: [string[], string[]] = [[], []];
  if (!link && about) {
    if (qty.state === 'mismatch' && (families.length || sharedEntities > 0)) { conflict = 'quantity'; values = qty.values; }
    else if (dates === 'mismatch' && families.length && FUTURE.has(a.modality) && FUTURE.has(b.modality)) {
      conflict = 'date'; values = [a.dates.map((d) => d.text), b.dates.map((d) => d.text)];
    } else if (opposite && concernsSameThing && a.modality !== 'conditional' && b.modality !== 'conditional' && text < RETOLD) {
      conflict = 'polarity'; family = opposite; values = [[a.text], [b.text]];
    }
  }
  return { link, block, score, conflict, family, values };
}
