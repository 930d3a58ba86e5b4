import type { Mention } from '../schema/mention.js';
import { isPast, scanFamilies, signed, type FamilyHit } from './families.js';
import { canonicalOutlet } from './outlets.js';
import type { InputDocument, InputClaimT } from './types.js';
import { toSimplified, workingDocument } from './working.js';
import { phraseOf, readProducts, type ProductContext } from './variants.js';

/** A magnitude as an interval, with the unit that makes two of them comparable. */
export interface Quantity { unit: string; min: number; max: number; text: string }
/** A date argument as a half-open interval in epoch milliseconds (±Infinity for open ends). */
export interface DateSpan { from: number; to: number; text: string }

/** What corroboration needs to know of one claim, normalized across scripts and documents. */
export interface ClaimView {
  doc: string;
  docIndex: number;
  article: string;
  index: number;
  start: number;
  end: number;
  text: string;
  /** the clause in working form (Simplified, half-width), punctuation removed */
  working: string;
  subject: string | null;
  subjectType: string | null;
  /** the subject is a known entity (has a canonical name), not a bare noun phrase */
  subjectKnown: boolean;
  /** families of the predicate, or of the clause when the predicate has none */
  predicateFamilies: Map<string, boolean>;
  /** families of every word of the clause */
  clauseFamilies: Map<string, boolean>;
  entities: Set<string>;
  products: Set<string>;
  quantities: Quantity[];
  dates: DateSpan[];
  /** the clause speaks of the past (此前, 曾, 最初) */
  past: boolean;
  /** date arguments, resolved or not (此前, 当年) */
  dateArguments: number;
  modality: string;
  source: string | null;
  /** products named as a variant (中国特供版H200): product → the phrase as written */
  variants: Map<string, string>;
  /** products presented as such (性能仅次于…的H200, 满血版): product → the word that presents it */
  itself: Map<string, string>;
}

const QUANTITY_KINDS = new Set(['count', 'number', 'money', 'percent', 'dimension']);
const DATE_KINDS = new Set(['date', 'time', 'datetime']);
const PUNCT = /[\s,.;:!?，。；：！？、“”"'‘’《》〈〉()（）\[\]【】—…·-]+/g;

function quantityOf(m: Mention): Quantity | null {
  if (!QUANTITY_KINDS.has(m.kind)) return null;
  const v = m.value as { value?: number; amount?: number; min?: number; max?: number; approx?: boolean; bound?: string; unit?: string; currency?: string; per?: string };
  const point = v.value ?? v.amount;
  let min = v.min ?? point, max = v.max ?? point;
  if (min === undefined || max === undefined || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  // 約 and 左右 allow a tenth either way; 超 and 不到 open the interval on one side
  if (v.approx) { min *= 0.9; max *= 1.1; }
  if (v.bound === 'gt' || v.bound === 'ge') max = Infinity;
  if (v.bound === 'lt' || v.bound === 'le') min = -Infinity;
  const unit = m.kind === 'money' ? `money:${v.currency ?? ''}/${toSimplified(v.per ?? '')}`
    : m.kind === 'percent' ? 'percent'
    : m.kind === 'number' ? 'number'
    : `${m.kind}:${toSimplified(v.unit ?? '')}`;
  return { unit, min, max, text: m.text };
}

/** Small counts (三名, 两位, 两点) describe rather than measure: they do not make a claim about an amount. */
export function isSalient(q: Quantity): boolean {
  if (q.unit.startsWith('money') || q.unit === 'percent' || q.unit.startsWith('dimension')) return true;
  return q.max > 10 || q.min !== q.max;
}

const TIMEX_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIMEX_QUARTER = /^(\d{4})-Q([1-4])$/;

/** The interval of a date value: its `start`/`end`, else what its timex spells (2026, 2026-02, 2026-Q1, a/b). */
function dateOf(m: Mention): DateSpan | null {
  if (!DATE_KINDS.has(m.kind)) return null;
  const v = m.value as { timex: string; mod?: string; start?: string; end?: string };
  let from = v.start ? Date.parse(v.start) : NaN;
  let to = v.end ? Date.parse(v.end) : NaN;
  if (Number.isNaN(from) && Number.isNaN(to)) {
    const parts = String(v.timex ?? '').split('/');
    const a = timexInterval(parts[0] ?? ''), b = timexInterval(parts[1] ?? parts[0] ?? '');
    if (!a || !b) return null;
    [from, to] = [a[0], b[1]];
    if (v.mod === 'BEFORE' || v.mod === 'ON_OR_BEFORE') from = NaN;
    if (v.mod === 'AFTER' || v.mod === 'ON_OR_AFTER') to = NaN;
  }
  if (Number.isNaN(from) && Number.isNaN(to)) return null;
  return { from: Number.isNaN(from) ? -Infinity : from, to: Number.isNaN(to) ? Infinity : to, text: m.text };
}

function timexInterval(t: string): [number, number] | null {
  const q = TIMEX_QUARTER.exec(t);
  if (q) { const y = +q[1]!, k = +q[2]!; return [Date.UTC(y, (k - 1) * 3, 1), Date.UTC(y, k * 3, 1)]; }
  const d = TIMEX_DAY.exec(t.slice(0, 10));
  if (!d || (t.length > 10 && t[10] !== 'T')) return null;
  const y = +d[1]!;
  if (!d[2]) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  const mo = +d[2] - 1;
  if (!d[3]) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  return [Date.UTC(y, mo, +d[3]), Date.UTC(y, mo, +d[3] + 1)];
}

function entityKey(m: Mention): string | null {
  if (m.kind !== 'entity') return null;
  return m.value.canonical ?? toSimplified(m.text).replace(PUNCT, '');
}

function familyMap(hits: FamilyHit[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const h of hits) {
    const s = signed(h);
    // one word of either polarity is enough to keep the family open to both readings
    const prev = out.get(s.family);
    out.set(s.family, prev === undefined ? s.negated : prev && s.negated);
  }
  return out;
}

/**
 * The families a claim asserts: the first family word of its predicate (不会影响…供货 is
 * about 影响); for a predicate without one (宣布, 是, 相当于), the first family word of the
 * clause after where the predicate starts, else every family word of the clause.
 */
function headFamilies(predHits: FamilyHit[], clauseHits: FamilyHit[], predicateAt: number): FamilyHit[] {
  if (predHits.length) return predHits.slice(0, 1);
  const after = clauseHits.find((h) => h.at >= predicateAt);
  return after ? [after] : clauseHits;
}

/** Build the view of every claim of one document. */
export function viewsOf(doc: InputDocument, docIndex: number, article: string): ClaimView[] {
  const byStart = new Map<string, Mention>();
  for (const m of doc.mentions) byStart.set(`${m.start}:${m.end}`, m);
  const read = workingDocument(doc.text);
  // a span that does not index the text (a hand-made input) is read from the text it carries
  const workingOf = (s: number, e: number, given?: string) =>
    (e > s && e <= doc.text.length ? read(s, e) : '') || toSimplified(given ?? '');
  let open: { key: string; phrase: string; after: number; until: number } | null = null;
  return doc.claims.map((c: InputClaimT, index) => {
    const text = c.text ?? doc.text.slice(c.start, c.end);
    const working = workingOf(c.start, c.end, text);
    const predText = c.predicate ? workingOf(c.predicate.start, c.predicate.end, c.predicate.text) : '';
    const clauseHits = scanFamilies(working).hits;
    const predHits = scanFamilies(predText).hits;
    const subjectMention = c.subject ? byStart.get(`${c.subject.start}:${c.subject.end}`) : undefined;
    const subjectText = c.subject ? (c.subject.text ?? doc.text.slice(c.subject.start, c.subject.end)) : null;
    const subject = c.subject ? (c.subject.canonical ?? (subjectMention && entityKey(subjectMention)) ?? toSimplified(subjectText ?? '').replace(PUNCT, '')) : null;
    const entities = new Set<string>();
    const products = new Set<string>();
    const quantities: Quantity[] = [];
    const dates: DateSpan[] = [];
    let dateArguments = 0;
    for (const [s, e] of c.arguments) {
      const m = byStart.get(`${s}:${e}`);
      if (!m) continue;
      const key = entityKey(m);
      if (key && m.kind === 'entity') {
        if (key !== subject) entities.add(key);
        if (m.value.type === 'PRODUCT') products.add(key);
      }
      const q = quantityOf(m);
      if (q) quantities.push(q);
      if (DATE_KINDS.has(m.kind)) dateArguments++;
      const d = dateOf(m);
      if (d) dates.push(d);
    }
    if (subjectMention?.kind === 'entity' && subjectMention.value.type === 'PRODUCT' && subject) products.add(subject);
    const { variants, itself } = productReadings(doc, c, byStart, subject, subjectMention, workingOf, working);
    // a claim later in the sentence about the same product speaks of the same variant (…特供版H200:INT8算力…)
    if (subject && !variants.size && !itself.has(subject) && open && open.key === subject && c.start >= open.after && c.start < open.until) variants.set(subject, open.phrase);
    const v = variants.entries().next().value as [string, string] | undefined;
    if (v) open = { key: v[0], phrase: v[1], after: c.end, until: sentenceEnd(doc.text, c.end) };
    return {
      doc: doc.id, docIndex, article, index, start: c.start, end: c.end, text,
      working: working.replace(PUNCT, ''),
      subject: subject || null,
      subjectType: subjectMention?.kind === 'entity' ? subjectMention.value.type : null,
      subjectKnown: !!(c.subject?.canonical ?? (subjectMention?.kind === 'entity' && subjectMention.value.canonical)),
      predicateFamilies: familyMap(headFamilies(predHits, clauseHits, c.predicate ? workingOf(c.start, c.predicate.start, '').length : 0)),
      clauseFamilies: familyMap(clauseHits),
      entities, products, quantities, dates, dateArguments, past: isPast(working),
      modality: c.modality,
      source: c.attribution?.source ? canonicalOutlet(c.attribution.source) : null,
      variants, itself,
    };
  });
}

const SENTENCE_END = /[。!?！？\n]/g;
function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m ? m.index : text.length;
}

/** Each product of a claim, inside its span, read as a variant or as the product itself. */
function productReadings(doc: InputDocument, c: InputClaimT, byStart: Map<string, Mention>, subject: string | null, subjectMention: Mention | undefined,
  workingOf: (s: number, e: number, given?: string) => string, clause: string): { variants: Map<string, string>; itself: Map<string, string> } {
  const variants = new Map<string, string>(), itself = new Map<string, string>();
  const spans: Array<[number, number]> = [...c.arguments];
  if (c.subject) spans.push([c.subject.start, c.subject.end]);
  const contexts: Array<ProductContext & { m: Mention }> = [];
  for (const [s, e] of spans) {
    const m = s === c.subject?.start && e === c.subject?.end ? subjectMention : byStart.get(`${s}:${e}`);
    if (!m || m.kind !== 'entity' || m.value.type !== 'PRODUCT' || s < c.start || e > c.end) continue;
    const key = m === subjectMention && subject ? subject : entityKey(m);
    if (!key) continue;
    contexts.push({ key, text: toSimplified(m.text), before: workingOf(c.start, s, ''), after: workingOf(e, c.end, ''), subject: m === subjectMention, m });
  }
  readProducts(contexts, clause).forEach((r, k) => {
    const { m } = contexts[k]!;
    if (r.variant) {
      const from = Math.max(c.start, m.start - 12), to = Math.min(c.end, m.end + 12);
      variants.set(r.key, phraseOf(doc.text.slice(from, to), toSimplified(doc.text.slice(from, to)), m.start - from, m.end - from, r.variant));
    } else if (r.itself) itself.set(r.key, r.itself);
  });
  return { variants, itself };
}
