import type { Claim } from '../../../src/index.js';
import type { DevCase, DevClaim } from './types.js';

export interface Span { start: number; end: number }

/** A dev claim with its offsets resolved, in the FORMAT.md claim shape plus the tolerances. */
export interface GoldClaim {
  start: number; end: number; text: string;
  subject: (Span & { text: string; canonical?: string }) | null;
  subjectImplicit?: boolean;
  predicate: (Span & { text: string }) | null;
  arguments: Array<[number, number]>;
  attribution: { source: string | null; via?: string; cue?: string } | null;
  modality: Claim['modality'];
  alt?: DevClaim['alt'];
  note?: string;
}

function find(text: string, needle: string, from: number, to: number, what: string, id: string): number {
  const at = text.indexOf(needle, from);
  if (at < 0 || at + needle.length > to) throw new Error(`${id}: ${what} «${needle}» not found in «${text.slice(from, to)}»`);
  return at;
}

/** Resolve the substrings of a dev case to offsets (UTF-16, end exclusive). */
export function resolveCase(c: DevCase): GoldClaim[] {
  let from = 0;
  return c.claims.map((d) => {
    const start = find(c.text, d.span, from, c.text.length, 'span', c.id);
    const end = start + d.span.length;
    from = end;
    let subject: GoldClaim['subject'] = null;
    if (d.subj) {
      // an implicit subject is the nearest earlier mention (a trailing speaker comes after: “…”他說)
      const s = d.implicit
        ? (start > 0 && c.text.lastIndexOf(d.subj, start - 1) >= 0 ? c.text.lastIndexOf(d.subj, start - 1) : c.text.indexOf(d.subj, end))
        : find(c.text, d.subj, d.subjAfter ? find(c.text, d.subjAfter, start, end, 'subjAfter', c.id) : start, end, 'subject', c.id);
      if (s < 0) throw new Error(`${c.id}: implicit subject «${d.subj}» not found before «${d.span}»`);
      subject = { start: s, end: s + d.subj.length, text: d.subj, ...(d.canon ? { canonical: d.canon } : {}) };
    }
    let predicate: GoldClaim['predicate'] = null;
    if (d.pred) {
      const p = find(c.text, d.pred, subject && !d.implicit && subject.start >= start ? subject.end : start, end, 'predicate', c.id);
      predicate = { start: p, end: p + d.pred.length, text: d.pred };
    }
    let argFrom = start;
    const args = (d.args ?? []).map((a): [number, number] => {
      const s = find(c.text, a, argFrom, end, 'argument', c.id);
      argFrom = s + a.length;
      return [s, s + a.length];
    });
    const attributed = d.src !== null || d.via !== undefined || d.cue !== undefined;
    return {
      start, end, text: d.span, subject, ...(d.implicit ? { subjectImplicit: true } : {}), predicate, arguments: args,
      attribution: attributed ? { source: d.src, ...(d.via ? { via: d.via } : {}), ...(d.cue ? { cue: d.cue } : {}) } : null,
      modality: d.mod, ...(d.alt ? { alt: d.alt } : {}), ...(d.note ? { note: d.note } : {}),
    };
  });
}

const lower = (x: string | null | undefined) => String(x ?? '').trim().toLowerCase();
const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

export interface ClaimCheck {
  gold: GoldClaim;
  got?: Claim;
  subject: boolean; source: boolean; modality: boolean;
  /** the same, accepting the documented alternative readings */
  subjectAlt: boolean; sourceAlt: boolean; modalityAlt: boolean;
  argsFound: number;
}

/** Match predicted claims to gold ones as eval/score.mjs does: the unused prediction overlapping most. */
export function matchClaims(text: string, gold: readonly GoldClaim[], got: readonly Claim[]): { checks: ClaimCheck[]; unmatched: Claim[] } {
  const used = new Set<number>();
  const checks = gold.map((g): ClaimCheck => {
    let best = -1, bestOv = 0;
    got.forEach((q, i) => {
      const ov = Math.min(g.end, q.end) - Math.max(g.start, q.start);
      if (!used.has(i) && ov > bestOv) { bestOv = ov; best = i; }
    });
    if (best < 0) return { gold: g, subject: false, source: false, modality: false, subjectAlt: false, sourceAlt: false, modalityAlt: false, argsFound: 0 };
    used.add(best);
    const q = got[best]!;
    const subject = (!g.subject && !q.subject) || (!!g.subject && !!q.subject && (overlap(g.subject, q.subject) ||
      (!!g.subject.canonical && lower(g.subject.canonical) === lower(q.subject.canonical))));
    const altSubject = (g.alt?.subj ?? []).some((s) => !!q.subject && (q.subject.text === s || lower(q.subject.canonical) === lower(s)));
    const source = lower(g.attribution?.source) === lower(q.attribution?.source);
    const altSource = (g.alt?.src ?? []).some((s) => lower(s) === lower(q.attribution?.source));
    const modality = g.modality === q.modality;
    const altModality = (g.alt?.mod ?? []).includes(q.modality);
    const argsFound = g.arguments.filter((a) => q.arguments.some((b) => overlap({ start: a[0], end: a[1] }, { start: b[0], end: b[1] }))).length;
    return { gold: g, got: q, subject, source, modality, subjectAlt: subject || altSubject, sourceAlt: source || altSource, modalityAlt: modality || altModality, argsFound };
  });
  return { checks, unmatched: got.filter((_, i) => !used.has(i)) };
}
