import type { Modality } from '../schema/claim.js';
import type { ReferenceDate } from '../extractor.js';
import { codeAt, UnitSet } from '../text/chars.js';
import { ClaimDoc, OPEN_QUOTE_CHARS, OPEN_QUOTES } from './document.js';
import { MODALITY, type CueModality } from './lexicon.js';
import { WORD } from './word-classes.js';

/** A cue followed by a short verb and 的 sits in a relative clause (即将发布的芯片, 获准出口的): it does not qualify the claim. */
function inRelativeClause(doc: ClaimDoc, cueEnd: number, end: number): boolean {
  const m = /^[\u4e00-\u9fff]{0,3}的/.exec(doc.text.slice(cueEnd, Math.min(end, cueEnd + 4)));
  if (!m) return false;
  // one verb between the cue and 的 (即将发布的); a verb with more after it is a clause of its own (可能宣布新的计划)
  const de = cueEnd + m[0].length - 1;
  const toks = doc.tokensIn(cueEnd, de);
  return toks.length === 0 || (toks.length === 1 && toks[0]!.end <= de);
}

/** 将 before a verb is the future; before a noun it marks the object (将原定的计划提前 = 把…). */
function isFutureJiang(doc: ClaimDoc, at: number, end: number): boolean {
  let i = at + 1;
  for (let guard = 0; guard < 3 && i < end; guard++) {
    const tok = doc.tokenAt(i);
    // 将接近30% / 将超过1万亿元: a quantity opened by a verb of reaching is the future, not an object
    const q = doc.mentionAt(i);
    if (q && q.start === i && q.kind !== 'entity' && q.kind !== 'date' && MODALITY.reach.at(doc.text, i)) return true;
    if (!tok || doc.mentionAt(i)) return false;
    const tag = tok.tag ?? '';
    if (tag.startsWith('v')) return true;
    // 将 before a preposition (将对…, 将于…, 将在…) or an adverbial noun (将重点支持) is the future
    if (tag === 'p' || MODALITY.adverbsAfterJiang.has(tok.word)) return true;
    // 将裁员1000人: a two-character word with no verb after it is the verb (将 + noun + verb would be 把)
    if (guard === 0 && /^(?:n|vn|x)$/.test(tag) && /^[\u4e00-\u9fff]{2}$/.test(tok.word)) {
      const rest = doc.tokensIn(tok.end, Math.min(end, tok.end + 12));
      const stop = rest.findIndex((r) => /^[,.:;。]$/.test(r.word));
      return !(stop < 0 ? rest : rest.slice(0, stop)).some((r) => r.tag === 'v' && doc.isVerbAt(r));
    }
    // after an adverb (将直接动用) a verbal noun is a verb too
    if (guard > 0 && /^(?:n|vn)$/.test(tag)) return true;
    if (tag === 'd' || tag === 'ad') { i = tok.end; continue; }
    return false;
  }
  return false;
}

function possibilityAdverb(doc: ClaimDoc, at: number, end: number): boolean {
  const next = doc.tokenAt(at);
  const q = doc.mentionAt(at);
  if (q && q.start === at && q.kind !== 'entity' && MODALITY.reach.at(doc.text, at)) return true; // 恐超过2000亿元
  if (!next || next.start !== at || next.end > end || q) return false;
  return /^(?:v|d|ad)/.test(next.tag ?? '') || MODALITY.words.at(doc.text, at) !== null;
}

/** How far after 不是 its 而是 is looked for. */
const CONTRAST_REACH = 40;

/** the first range holding position i (a loop: it runs at every position of a clause) */
function rangeAt(ranges: ReadonlyArray<{ start: number; end: number }>, i: number): { start: number; end: number } | undefined {
  for (const r of ranges) if (r.start <= i && i < r.end) return r;
  return undefined;
}

/** The cue modalities found in [start, end), skipping ranges (frames) given in `skip`. */
export function cueModalities(doc: ClaimDoc, start: number, end: number, skip: ReadonlyArray<{ start: number; end: number }>): Set<CueModality> {
  const found = new Set<CueModality>();
  const t = doc.text;
  for (let i = start; i < end; i++) {
    // (where nothing can open, skipping a frame or an entity changes nothing: mentions never overlap)
    if (!mayOpenAt(t, i)) continue;
    const s = rangeAt(skip, i);
    if (s) { i = s.end - 1; continue; }
    const m = doc.mentionAt(i);
    if (m && m.kind === 'entity') { i = m.end - 1; continue; }
    // a quoted stretch after the start is a term or an embedded question (是否会被用于…), not the claim's own modality
    if (i > start + 1 && OPEN_QUOTES.hasAt(t, i)) {
      const close = t.slice(i + 1, end).search(/[”」』]/);
      if (close >= 0) { i += close + 1; continue; }
    }
    const k0 = doc.tokenIndexAt(i);
    const tok0 = k0 < 0 ? undefined : doc.tokens[k0]!;
    const word0 = tok0 && tok0.start === i ? doc.tokenClass(k0) : 0;
    // a potential complement (买不到, 拿不到) negates
    if (word0 & WORD.potentialComplement) { found.add('negated'); i = tok0!.end - 1; continue; }
    // 或 / 恐 / 料 right before a verb or adverb says what may happen (油价或再度走高); 或 between nouns is 'or'
    if ((word0 & WORD.possibility) && possibilityAdverb(doc, tok0!.end, end)) { found.add('expected'); continue; }
    const w = MODALITY.words.at(t, i);
    if (!w) continue;
    const kind = MODALITY.of(w);
    const wEnd = i + w.length;
    if (kind && !inRelativeClause(doc, wEnd, end)) {
      // a one-character cue must be a word of its own, not part of a longer token (会议 / 将军)
      const tok = doc.tokenAt(i);
      const alone = w.length > 1 || !tok || tok.word === w;
      // 不是…而是 contrasts, it does not negate
      const contrast = MODALITY.contrastOpen.has(w) && MODALITY.contrastClose.occursIn(t, wEnd, wEnd + CONTRAST_REACH);
      if (alone && !contrast && !(w === '将' && !isFutureJiang(doc, i, end))) found.add(kind);
    }
    i = wEnd - 1;
  }
  return found;
}

/** the first units of what cueModalities reads at a position: cue and blocking words, possibility adverbs, opening quotes */
const OPENING_UNITS = UnitSet.firstUnitsOf([...MODALITY.words.words(), ...MODALITY.possibility, ...OPEN_QUOTE_CHARS]);
const BU = '不'.charCodeAt(0);
/** whether a cue, a quotation or a potential complement (买不到, 拿不到: 不 one or two units on) may start at i */
const mayOpenAt = (t: string, i: number): boolean =>
  OPENING_UNITS.has(codeAt(t, i)) || codeAt(t, i + 1) === BU || codeAt(t, i + 2) === BU;

/** whether text[start, end) is a weekday alone (周一, 星期五, 周末) */
function isBareWeekday(text: string, start: number, end: number): boolean {
  const lead = MODALITY.weekdayLeads.prefixOf(text, start, end);
  return !!lead && start + lead.length === end - 1 && MODALITY.weekdayDays.hasAt(text, end - 1);
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000;

/** The first day a date value refers to, as a day number; null when it has none (PAST_REF, BEFORE …). */
function dateStart(value: { timex?: string; mod?: string; start?: string }): number | null {
  if (value.mod === 'BEFORE' || value.mod === 'ON_OR_BEFORE') return null;
  const src = value.start ?? value.timex ?? '';
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(src);
  if (m) return dayNumber(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})-Q(\d)/.exec(src);
  if (m) return dayNumber(+m[1]!, (+m[2]! - 1) * 3 + 1, 1);
  m = /^(\d{4})-(\d{2})/.exec(src);
  if (m) return dayNumber(+m[1]!, +m[2]!, 1);
  m = /^(\d{4})(?![\d-])/.exec(src);
  if (m) return dayNumber(+m[1]!, 1, 1);
  return null;
}

/** Does the clause place its action in the future (春节期间三班倒连续生产, 预留2027年切换窗口)? */
export function placedInFuture(doc: ClaimDoc, start: number, end: number, ref: ReferenceDate | null): boolean {
  if (!ref) return false;
  const today = dayNumber(ref.year, ref.month, ref.day);
  const toks = doc.tokens;
  for (let k = doc.firstTokenFrom(start); k < toks.length && toks[k]!.start < end; k++) if (doc.tokenClass(k) & WORD.realis) return false;
  for (const m of doc.mentionsIn(start, end)) {
    if (m.kind !== 'date') continue;
    // a bare weekday (周一, 星期五) in news is mostly the week just past: it does not place an act in the future
    if (isBareWeekday(doc.text, m.start, m.end)) continue;
    const before = doc.text.slice(Math.max(start, m.start - 2), m.start);
    // a goal (提前至1月) is not when the act happens; a start (由明年1月起) is
    if (MODALITY.goal.suffixOf(before, 0, before.length) && !/起$/.test(doc.text.slice(m.start, m.end)) && doc.text[m.end] !== '起') continue;
    const d = dateStart(m.value);
    if (d !== null && d > today) return true;
  }
  return false;
}

/** Pick the modality by precedence: conditional > opinion > negated > expected > planned > reported > asserted. */
export function decideModality(found: ReadonlySet<CueModality>, opts: { attributed: boolean; future: boolean }): Modality {
  for (const m of MODALITY.order) if (found.has(m)) return m;
  if (opts.future) return 'planned';
  return opts.attributed ? 'reported' : 'asserted';
}
