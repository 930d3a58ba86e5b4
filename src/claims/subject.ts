import { ClaimDoc, canonicalOf, type EntityMention } from './document.js';
import { DISCOURSE, MODALITY, SOURCES } from './lexicon.js';
import { CharSet } from '../text/chars.js';
import type { Token } from '../text/segmenter.js';
import needs from '../../data/claims/needs.json';
import { isVariantBefore, VARIANT_BEFORE } from '../corroborate/variants.js';
import { WordList } from './lexicon.js';
import { WORD } from './word-classes.js';

export interface Subject { start: number; end: number; canonical?: string; entity?: EntityMention }

const NOUN_TAG = /^(?:n|nr|ns|nt|nz|nrt|nrfg|ng|vn|eng|j|an|x)$/;

const isCjkWord = (w: string) => /^[\u4e00-\u9fffA-Za-z0-9]+$/.test(w);

/** The first verb token of [from, end) that carries the assertion (modals and negators skipped). */
export function mainVerb(doc: ClaimDoc, from: number, end: number): Token | undefined {
  const toks = doc.tokens;
  // whether the previous token of the range is a modal or a negator
  let prevIsModal = false;
  for (let k = doc.firstTokenFrom(from); k < toks.length && toks[k]!.start < end; k++) {
    const t = toks[k]!;
    const word = doc.tokenClass(k);
    const isModal = (word & (WORD.aux | WORD.negator)) !== 0;
    const rightAfterModal = prevIsModal && toks[k - 1]!.end === t.start;
    prevIsModal = isModal;
    // after a modal the next word is the verb, whatever tag the segmenter gave it (将损失 / 将裁员)
    if (rightAfterModal && /^(?:n|vn|x)$/.test(t.tag ?? '') && !doc.mentionAt(t.start) && /^[\u4e00-\u9fff]{2}$/.test(t.word)) return t;
    if (isModal || !doc.isVerbToken(k) || (word & WORD.opener)) continue;
    if (inVariantQualifier(doc, t, end)) continue;
    // (a light report verb of opinion in the main clause is its frame, not its verb)
    if ((word & (WORD.lightReport | WORD.opinion)) === (WORD.lightReport | WORD.opinion)) continue;
    return t;
  }
  return undefined;
}

/** Where the subject slot ends: at the first verb, adverb, preposition or modal of the main clause. */
function subjectSlotEnd(doc: ClaimDoc, from: number, end: number): number {
  const toks = doc.tokens;
  for (let k = doc.firstTokenFrom(from); k < toks.length && toks[k]!.start < end; k++) {
    const t = toks[k]!;
    const m = doc.mentionAt(t.start);
    if (m) continue;
    const tag = t.tag ?? '';
    if (tag.startsWith('v') || tag === 'd' || tag === 'ad' || tag === 'p' || tag === 'c' || (doc.tokenClass(k) & (WORD.aux | WORD.negator))) {
      // a preposition that opens the clause (以…为代表的…) does not close the slot
      if ((tag === 'p' || tag === 'c') && t.start === from) continue;
      return t.start;
    }
  }
  return end;
}

/** A person named right after an organisation or country and a title: 美国总统川普 → 川普. */
export function headOfTitledName(doc: ClaimDoc, e: EntityMention, limit: number): EntityMention {
  let cur = e;
  for (let guard = 0; guard < 3; guard++) {
    const next = doc.firstEntityIn(cur.end, Math.min(limit, cur.end + 16));
    if (!next || cur.value.type === 'PER') return cur;
    const gap = doc.text.slice(cur.end, next.start);
    // 美国民主党参议员X: the country, then the party, then the person
    if (next.value.type === 'ORG' && cur.value.type === 'GPE' && gap === '') { cur = next; continue; }
    if (next.value.type !== 'PER') return cur;
    if (gap.length > 12 || /[,:;。、]/.test(gap)) return cur;
    if (gap && !DISCOURSE.titles.suffixOf(doc.text, cur.end, next.start)) return cur;
    cur = next;
  }
  return cur;
}

/**
 * A country or company naming a variant of a product (中国特供版H200, 英伟达中国特供版H20): the
 * product is what the phrase is about, the name in front only qualifies it.
 */
export function headOfVariantName(doc: ClaimDoc, e: EntityMention, limit: number): EntityMention {
  let cur = e;
  for (let guard = 0; guard < 3 && cur.value.type !== 'PRODUCT'; guard++) {
    const next = doc.firstEntityIn(cur.end, Math.min(limit, cur.end + 16));
    if (!next) return e;
    const gap = doc.text.slice(cur.end, next.start).trim();
    if (next.value.type === 'PRODUCT' && isVariantBefore(gap.replace(/的$/, '').toLowerCase())) return next;
    // 英伟达中国特供版: the company, then the market the variant is made for
    if (next.value.type === 'GPE' && gap === '' && cur.value.type === 'ORG') { cur = next; continue; }
    return e;
  }
  return e;
}

/** Is the token part of a variant qualifier right before a product name (特供 in 特供版H20)? */
function inVariantQualifier(doc: ClaimDoc, t: Token, end: number): boolean {
  const product = doc.firstEntityIn(t.end, Math.min(end, t.end + 8));
  if (!product || product.value.type !== 'PRODUCT') return false;
  const gap = doc.text.slice(t.start, product.start).trim().replace(/的$/, '').toLowerCase();
  if (gap.length < 2) return false;
  for (const q of VARIANT_BEFORE) if (q.endsWith(gap)) return true;
  return false;
}

const NEGATED_NEEDS = new WordList(needs.negatedNeed);
/** Is this word a negated need (无需, 毋须, 免)? */
export function isNegatedNeed(word: string): boolean { return NEGATED_NEEDS.has(word); }

/** A negated need followed by a noun (无需BIS许可证, 免签证): the clause says something is not required. */
export function negatedNeed(doc: ClaimDoc, from: number, end: number): { start: number; end: number } | null {
  const toks = doc.tokensIn(from, end);
  for (let k = 0; k + 1 < toks.length; k++) {
    const tok = toks[k]!;
    if (!NEGATED_NEEDS.has(tok.word)) continue;
    let n = k + 1;
    while (n < toks.length && toks[n]!.word.trim() === '') n++;
    const next = toks[n];
    if (!next || next.start - tok.end > 1) continue;
    const m = doc.mentionAt(next.start);
    if ((m && m.kind === 'entity') || NOUN_TAG.test(next.tag ?? '')) return { start: tok.start, end: tok.end };
  }
  return null;
}

export type PronounKind = 'first' | 'singular' | 'plural' | 'demonstrative';

export interface SubjectFinding {
  subject?: Subject;
  /** a pronoun or demonstrative stands in the subject slot */
  pronoun?: { kind: PronounKind; start: number; end: number };
  /** no subject is written: it is dropped and comes from context */
  dropped: boolean;
  /** the subject slot holds a demonstrative noun phrase (这一决策): the clause's first name stands in for it */
  demonstrativePhrase?: boolean;
}

const SUBJECT_OPENERS = new CharSet('“「『"( \u3000');

/** The name after a copula (追加订单仍为中国特供版H200 / 导火索是字节跳动): what a clause without a named subject is about. */
function copulaComplement(doc: ClaimDoc, from: number, end: number): EntityMention | undefined {
  const toks = doc.tokens;
  for (let k = doc.firstTokenFrom(from); k < toks.length && toks[k]!.start < end; k++) {
    const tok = toks[k]!;
    if (!(doc.tokenClass(k) & WORD.copula) || doc.mentionAt(tok.start)) continue;
    const e = doc.firstEntityIn(tok.end, end);
    if (e && !/[,:;]/.test(doc.text.slice(tok.end, e.start))) return headOfVariantName(doc, e, end);
    return undefined;
  }
  return undefined;
}

/** Find the written subject of the main clause starting at `from`. */
export function findSubject(doc: ClaimDoc, from: number, end: number, firstInSentence: boolean): SubjectFinding {
  const t = doc.text;
  from = doc.skip(from, end, SUBJECT_OPENERS);
  for (let guard = 0; guard < 4; guard++) {
    const w = DISCOURSE.openers.prefixOf(t, from, end) ?? DISCOURSE.consequents.prefixOf(t, from, end);
    if (!w || doc.mentionAt(from)) break;
    from = doc.skip(from + w.length, end);
  }
  const slotEnd = subjectSlotEnd(doc, from, end);
  // the first name of the slot that is not the object of a marker before it (对华, 向台积电)
  const named = doc.entitiesIn(from, slotEnd).find((e) => !(e.start > from && DISCOURSE.objectMarkers.has(t[e.start - 1]!)));
  if (named) {
    const e = headOfTitledName(doc, headOfVariantName(doc, named, end), end);
    return { subject: { start: e.start, end: e.end, canonical: canonicalOf(doc, e), entity: e }, dropped: false };
  }
  const pron = SOURCES.pronouns.prefixOf(t, from, end);
  if (pron) {
    const kind: PronounKind = SOURCES.first.has(pron) ? 'first' : SOURCES.plural.has(pron) ? 'plural' : 'singular';
    return { pronoun: { kind, start: from, end: from + pron.length }, dropped: false };
  }
  const dem = DISCOURSE.demonstratives.prefixOf(t, from, end);
  if (dem) {
    const next = doc.tokenAt(doc.skip(from + dem.length, end));
    if (next && /^n/.test(next.tag ?? '') && dem !== '此举') return { dropped: true, demonstrativePhrase: true };
    return { pronoun: { kind: 'demonstrative', start: from, end: from + dem.length }, dropped: false };
  }
  const complement = copulaComplement(doc, from, end);
  if (complement) return { subject: { start: complement.start, end: complement.end, canonical: canonicalOf(doc, complement), entity: complement }, dropped: false };
  // a plain noun phrase (中国云厂商, 封装测试端) — unless it names an attribute of the previous subject (价格, 算力)
  // a clause opened by a preposition (对原产于美国的丙烷征收…) has its subject dropped: the noun after it is its object
  const first = doc.tokenAt(from);
  if (first && first.start === from && first.tag === 'p' && DISCOURSE.objectMarkers.has(first.word)) return { dropped: true };
  const toks = doc.tokens;
  const firstNoun = nextPlainNoun(doc, doc.firstTokenFrom(from), slotEnd);
  if (firstNoun >= 0 && toks[firstNoun]!.start - from <= 2) {
    const head = toks[firstNoun]!;
    // 公司 / 政府 standing for the speaker's organisation is the subject on its own (公司第四季度营业利润…)
    if (SOURCES.selfReference.has(head.word)) return { subject: { start: head.start, end: head.end }, dropped: false };
    let last = firstNoun;
    for (let k = nextPlainNoun(doc, firstNoun + 1, slotEnd); k >= 0; k = nextPlainNoun(doc, k + 1, slotEnd)) last = k;
    const attribute = DISCOURSE.attributes.suffixOf(t, head.start, toks[last]!.end);
    if (attribute || !firstInSentence) return { dropped: true };
    return { subject: { start: head.start, end: toks[last]!.end }, dropped: false };
  }
  return { dropped: true };
}

/** the index of the first noun token from token k on that starts before `end`, is written in Han, Latin or digits and names nothing; -1 if none */
function nextPlainNoun(doc: ClaimDoc, k: number, end: number): number {
  const toks = doc.tokens;
  for (; k < toks.length && toks[k]!.start < end; k++) {
    const tok = toks[k]!;
    if (NOUN_TAG.test(tok.tag ?? '') && isCjkWord(tok.word) && !doc.mentionAt(tok.start)) return k;
  }
  return -1;
}

/** The predicate: the main verb, with a negator or a decision verb right before it kept in the span. */
export function findPredicate(doc: ClaimDoc, from: number, end: number): { start: number; end: number } | null {
  const v = mainVerb(doc, from, end);
  if (!v) {
    const need = negatedNeed(doc, from, end);
    if (need) return need;
    const a = doc.tokensIn(from, end).find((tok) => tok.tag === 'a' || tok.tag === 'l' || tok.tag === 'i');
    return a ? { start: a.start, end: a.end } : null;
  }
  let start = v.start, stop = v.end;
  const before = doc.tokenAt(start - 1);
  if (before && MODALITY.negators.has(before.word)) start = before.start;
  const next = doc.tokenAt(stop);
  if (next && MODALITY.requests.has(v.word) && doc.isVerbAt(next) && next.start === stop) stop = next.end;
  return { start, end: stop };
}
