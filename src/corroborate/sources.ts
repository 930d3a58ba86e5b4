import { canonicalOutlet, outletGroup, outletNames } from './outlets.js';
import type { Retelling } from './schema.js';
import type { InputDocument } from './types.js';
import { workingDocument } from './working.js';

/** One article: the documents that make it up (title, body) and what is known of its origin. */
export interface ArticleInfo {
  key: string;
  docs: string[];
  publisher: string | null;
  published: string | null;
  /** the article text in working form, for overlap and citations */
  working: string;
  upstream: string | null;
}

/** Share of the shorter article found in the longer above which one retells the other. */
const RETELLING_OVERLAP = 0.25;
/** Articles shorter than this (titles alone) are too short to call retellings. */
const MIN_CHARS = 40;
/** Longest stretch of an article that is shingled (keeps the cost linear in huge inputs). */
const MAX_CHARS = 200_000;
const PUNCT = /[\s\p{P}\p{S}]+/gu;

function dateOf(d: InputDocument): string | null {
  const raw = d.published ?? d.referenceDate ?? null;
  if (!raw) return null;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : raw.slice(0, 10);
}

/** Group documents into articles, in input order. */
export function articlesOf(docs: readonly InputDocument[]): ArticleInfo[] {
  const byKey = new Map<string, ArticleInfo>();
  for (const d of docs) {
    const key = d.article ?? d.id;
    let a = byKey.get(key);
    if (!a) { a = { key, docs: [], publisher: null, published: null, working: '', upstream: null }; byKey.set(key, a); }
    a.docs.push(d.id);
    a.publisher ??= d.publisher ? canonicalOutlet(d.publisher) : null;
    const date = dateOf(d);
    if (date && (!a.published || date < a.published)) a.published = date;
    if (a.working.length < MAX_CHARS) {
      const text = d.text.slice(0, MAX_CHARS - a.working.length);
      a.working += workingDocument(text)(0, text.length).replace(PUNCT, '') + '\n';
    }
  }
  return [...byKey.values()];
}

function shingles(s: string): Set<string> {
  const out = new Set<string>();
  for (const line of s.split('\n')) for (let i = 0; i + 4 <= line.length; i++) out.add(line.slice(i, i + 4));
  return out;
}

function cites(a: ArticleInfo, b: ArticleInfo): boolean {
  return !!b.publisher && outletNames(b.publisher).some((n) => n.length >= 2 && a.working.includes(n.replace(PUNCT, '')));
}

/**
 * Which articles retell which: overlap of character 4-grams. The original is the earlier
 * article, or, on the same day, the one whose publisher the other cites (据环球时报…).
 * Sets `upstream` on each retelling to the earliest article it retells.
 */
export function findRetellings(articles: ArticleInfo[]): Retelling[] {
  const sets = articles.map((a) => (a.working.length >= MIN_CHARS ? shingles(a.working) : new Set<string>()));
  const out: Retelling[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const A = sets[i]!, B = sets[j]!;
      if (!A.size || !B.size) continue;
      const [small, large] = A.size <= B.size ? [A, B] : [B, A];
      let both = 0;
      for (const g of small) if (large.has(g)) both++;
      const overlap = both / small.size;
      if (overlap < RETELLING_OVERLAP) continue;
      const a = articles[i]!, b = articles[j]!;
      let original: ArticleInfo | null = null;
      if (a.published && b.published && a.published !== b.published) original = a.published < b.published ? a : b;
      else if (cites(b, a) !== cites(a, b)) original = cites(b, a) ? a : b;
      out.push({ documents: [a.docs[a.docs.length - 1]!, b.docs[b.docs.length - 1]!], original: original ? original.docs[original.docs.length - 1]! : null,
        overlap: round(overlap), jaccard: round(both / (A.size + B.size - both)) });
      if (original) {
        const copy = original === a ? b : a;
        const prev = copy.upstream ? articles.find((x) => x.key === copy.upstream) : null;
        if (!prev || (original.published ?? '~') < (prev.published ?? '~')) copy.upstream = original.key;
      }
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The article a story goes back to: follow retellings to the first. */
export function originOf(article: ArticleInfo, byKey: Map<string, ArticleInfo>): ArticleInfo {
  let at = article;
  for (let i = 0; i < 16 && at.upstream; i++) {
    const next = byKey.get(at.upstream);
    if (!next || next === article) break;
    at = next;
  }
  return at;
}

/** The name a source is counted under: outlets of one group are one source. */
export function sourceKey(name: string): string {
  return outletGroup(name);
}
