import { CharSet } from '../text/chars.js';
import { ClaimDoc, CLOSE_QUOTE_CHARS, lastOf, NO_CHARS, OPEN_QUOTES } from './document.js';
import { mainVerb, negatedNeed } from './subject.js';
import { findFrame, type Frame } from './frames.js';
import { DISCOURSE } from './lexicon.js';
import { WORD } from './word-classes.js';

/** A stretch of one sentence that makes one assertion: one clause, or clauses that belong together. */
export interface Unit {
  sentence: number;
  start: number;
  end: number;
  /** where the asserted content starts (after the attribution frame, if the unit has one) */
  content: number;
  /** the frames that govern this unit, outermost first (据报道, 川普表示,) */
  frames: Frame[];
  /** the unit opens with a condition (若…,…) */
  condition: boolean;
  /** where the main clause starts (after frames, openers, adverbial and condition clauses) */
  main: number;
}

const MAX_OPENER = 8;
const CLOSERS = new CharSet(CLOSE_QUOTE_CHARS + ')]】');
const CAPTION_GAP = new CharSet('( \u3000');

/** An agency dateline at the head of a text: outlet, place and day, then 电 (a wire) or 讯 (a report); bounded. */
const DATELINE = /^[(【\[]?[\u4e00-\u9fffA-Za-z]{1,16}?(?:\d{1,2}月)?\d{1,2}日[电讯](?:\s{0,2}[(][^()]{1,16}[)])?[)】\]]?\s*|^[(【\[]?本报(?:[\u4e00-\u9fff]{1,6})?讯[)】\]]?\s*/;

/** Where a sentence's own text begins: after closing quotes, photo credits and captions glued in front. */
function sentenceStart(doc: ClaimDoc, start: number, end: number): number {
  const t = doc.text;
  let i = start;
  for (let guard = 0; guard < 6 && i < end; guard++) {
    const j = doc.skip(i, end, CLOSERS);
    if (j !== i) { i = j; continue; }
    // a dateline (新华社北京12月29日电, (中央社记者王小明台北29日电), 【本报讯】) is the byline of the text's own voice
    const dateline = DATELINE.exec(t.slice(i, Math.min(end, i + 48)));
    if (dateline) { i += dateline[0].length; continue; }
    if (/\d/.test(t[i]!)) { const m = /^\d{1,2}\s+/.exec(t.slice(i, i + 4)); if (m) { i += m[0].length; continue; } }
    const credit = DISCOURSE.credits.prefixOf(t, i, end);
    if (credit && t[i + credit.length] === ':') {
      let k = doc.skip(i + credit.length + 1, end);
      const m = doc.mentionAt(k);
      if (m && m.kind === 'entity' && m.start === k) k = m.end;
      else { const media = /^[\u4e00-\u9fff]媒/.exec(t.slice(k, k + 2)); if (media) k += 2; }
      i = k; continue;
    }
    // a name in a photo caption: 川普 资料图 / 黄仁勋(资料图)
    const m = doc.mentionAt(i);
    if (m && m.kind === 'entity' && m.start === i) {
      const k = doc.skip(m.end, end, CAPTION_GAP);
      const c = DISCOURSE.credits.prefixOf(t, k, end);
      if (c === '资料图') { i = k + c.length; continue; }
    }
    break;
  }
  return i;
}


/** A clause of openers only (不过, / 值得注意的是, / 性能层面, / 12月24日,): it joins the next clause. */
function isOpener(doc: ClaimDoc, s: number, e: number): boolean {
  const t = doc.text;
  e = doc.trimEnd(s, e);
  if (e <= s) return true;
  let i = s;
  for (let guard = 0; guard < 6 && i < e; guard++) {
    const m = doc.mentionAt(i);
    if (m && m.start === i && m.kind === 'date' && m.end <= e) { i = m.end; continue; }
    const w = DISCOURSE.openers.prefixOf(t, i, e);
    if (w) { i += w.length; continue; }
    break;
  }
  if (i >= e) return true;
  if (e - s <= MAX_OPENER && DISCOURSE.openerSuffixes.suffixOf(t, s, e) && !doc.hasVerbIn(s, e)) return true;
  return false;
}

/** A clause opened by a purpose or topic preposition (为兑现首批订单, / 对于解禁…出口,): it frames the next clause. */
function isAdverbial(doc: ClaimDoc, s: number, e: number): boolean {
  // 受寒潮影响, / 由于需求疲软冲击,: the cause of the next clause
  const cause = DISCOURSE.causeOpen.prefixOf(doc.text, s, e);
  const body = doc.trimEnd(s, e);
  if (cause && body - s <= 20 && DISCOURSE.causeClose.suffixOf(doc.text, s + cause.length, body)) return true;
  const w = DISCOURSE.adverbialPrepositions.prefixOf(doc.text, s, e);
  if (!w) return false;
  const tok = doc.tokenAt(s);
  return !!tok && tok.end === s + w.length && tok.tag === 'p' && e - s <= 24 && !doc.text.slice(s, e).includes('被');
}

/** A clause of modal or planning verbs only (计划于明年2月中旬,): its verb comes in the next clause. */
function isModalOnly(doc: ClaimDoc, s: number, e: number): boolean {
  if (e - s > 24) return false;
  // (the clause must hold a planning word: tested first, it spares most clauses the search for a verb)
  const toks = doc.tokens;
  let planning = false, last = -1;
  for (let k = doc.firstTokenFrom(s); k < toks.length && toks[k]!.start < e; k++) {
    if (doc.tokenClass(k) & WORD.planning) planning = true;
    last = k;
  }
  if (!planning || mainVerb(doc, s, e)) return false;
  // it ends in a time, a place word or the modal itself; a noun object at the end means the verb was missed (拟…中调高印花税)
  const lastTok = toks[last]!;
  const m = doc.mentionAt(lastTok.start);
  if (m && m.kind !== 'date') return false;
  return !!m || (doc.tokenClass(last) & WORD.planning) !== 0 || /^(?:t|f|m|mq|q)$/.test(lastTok.tag ?? '') || DISCOURSE.temporal.has(lastTok.word);
}

/** The clause ends in a verb whose object is the next clause (川普12月8日宣布,). */
function endsWithComplementVerb(doc: ClaimDoc, s: number, e: number): boolean {
  const w = DISCOURSE.complementVerbs.suffixOf(doc.text, s, e);
  return !!w && e - w.length > s;
}

/** A clause that ends in 后 / 时 / 期间 and so only sets the time of the next one. */
function isTemporal(doc: ClaimDoc, s: number, e: number): boolean {
  const w = DISCOURSE.temporal.suffixOf(doc.text, s, e);
  if (!w || e - s > 24) return false;
  const m = doc.mentionAt(e - 1);
  return !m && doc.hasVerbIn(s, e);
}

/** NP 作为 NP, with no other verb: a description of the subject of the next clause. */
function isAppositive(doc: ClaimDoc, s: number, e: number): boolean {
  const toks = doc.tokens;
  let appositive = false;
  for (let k = doc.firstTokenFrom(s); k < toks.length && toks[k]!.start < e; k++) {
    if (DISCOURSE.appositives.has(toks[k]!.word)) appositive = true;
    else if (doc.isVerbToken(k)) return false;
  }
  return appositive;
}

const COLON = ':'.charCodeAt(0);
/** A clause ending in a colon right before a quotation (措辞谨慎却暗藏底气:“…) introduces it. */
function leadsIntoQuote(doc: ClaimDoc, clauseEnd: number, sentenceEnd: number): boolean {
  return doc.text.charCodeAt(clauseEnd - 1) === COLON && OPEN_QUOTES.hasAt(doc.text, doc.skip(clauseEnd, sentenceEnd, NO_CHARS));
}

/** Split a sentence into claim units. */
export function sentenceUnits(doc: ClaimDoc, sentenceIndex: number, start: number, end: number, clauses: ReadonlyArray<{ start: number; end: number }>): { units: Unit[]; trailing: Frame[] } {
  const units: Unit[] = [];
  const s0 = sentenceStart(doc, start, end);
  let pendingStart = -1;
  let pendingFrames: Frame[] = [];
  let pendingCondition = false;
  let chain: Frame[] = [];
  let lastWasFrame = false;
  let first = true;
  let labelStart = -1;
  let openComplement = false;
  let lastBodyEnd = -1;
  let lastClauseEnd = -1;

  for (let ci = 0; ci < clauses.length; ci++) {
    const c = clauses[ci]!;
    const lastClause = ci === clauses.length - 1;
    let cs = Math.max(c.start, s0);
    const ce = c.end;
    if (ce <= cs) continue;
    cs = doc.skip(cs, ce);
    if (cs >= ce) continue;
    const t = doc.text;
    const bodyEnd = doc.trimEnd(cs, ce);
    if (bodyEnd <= cs) continue;
    lastClauseEnd = bodyEnd;

    const frame = findFrame(doc, cs, ce, first);
    first = false;
    // words in front of a frame that runs on from them (…库存紧急动用路透社援引…) are a unit of their own
    if (frame && frame.start > cs) {
      const prefixEnd = doc.trimEnd(cs, frame.start);
      if (prefixEnd - cs >= 4 && (doc.hasVerbIn(cs, prefixEnd) || doc.hasMentionIn(cs, prefixEnd))) {
        const unitStart = pendingStart >= 0 ? pendingStart : cs;
        units.push({ sentence: sentenceIndex, start: unitStart, end: prefixEnd, content: unitStart, frames: lastWasFrame ? [] : chain, condition: pendingCondition, main: labelStart >= 0 ? labelStart : cs });
        pendingStart = -1; pendingFrames = []; pendingCondition = false; labelStart = -1;
      }
    }
    if (frame) {
      chain = lastWasFrame ? [...chain, frame] : [frame];
      lastWasFrame = true;
      if (pendingStart < 0) pendingStart = cs;
      pendingFrames = chain;
      if (doc.trimEnd(frame.end, ce) <= frame.end || frame.end >= bodyEnd) continue; // frame alone: content follows
      cs = frame.end;
    }

    const contentStart = frame ? frame.end : cs;
    if (!frame) {
      if (isOpener(doc, cs, ce) || isAdverbial(doc, cs, ce) || isModalOnly(doc, cs, bodyEnd) || leadsIntoQuote(doc, ce, end)) { if (pendingStart < 0) pendingStart = cs; continue; }
      // a topic label (韩国(储存端):) names what the next clause is about
      if (t[ce - 1] === ':' && bodyEnd - cs <= 12 && !doc.hasVerbIn(cs, bodyEnd)) {
        if (pendingStart < 0) pendingStart = cs;
        labelStart = cs;
        continue;
      }
      const lead0 = doc.skip(cs, ce);
      const opener0 = DISCOURSE.openers.prefixOf(t, lead0, ce);
      const cond = DISCOURSE.conditions.prefixOf(t, lead0, ce) ?? (opener0 ? DISCOURSE.conditions.prefixOf(t, lead0 + opener0.length, ce) : null);
      if (cond && !lastClause) {
        if (pendingStart < 0) pendingStart = cs;
        pendingCondition = true;
        continue;
      }
      const prev = lastOf(units);
      // the object clause of 宣布, / a restatement (对应…, 即…) / a correlative (又…, 而是…) stays with the clause before
      const lead = doc.skip(cs, ce);
      if (prev && pendingStart < 0 && prev.end === lastBodyEnd && (openComplement || DISCOURSE.elaborations.prefixOf(t, lead, ce) || DISCOURSE.correlatives.prefixOf(t, lead, ce))) {
        prev.end = bodyEnd; openComplement = endsWithComplementVerb(doc, cs, bodyEnd); lastBodyEnd = bodyEnd; continue;
      }
      const consequent = prev && pendingStart < 0 ? DISCOURSE.consequents.prefixOf(t, cs, ce) : null;
      if (prev && consequent && DISCOURSE.otherwise.has(consequent)) {
        prev.end = bodyEnd; prev.condition = true; continue;
      }
      // (an adjective predicate right after a frame is content: 余伟文指出,本港银行体系稳健,)
      const adjectiveContent = lastWasFrame && doc.tokensIn(cs, bodyEnd).some((tok) => tok.tag === 'a');
      // (nor is a negated need before a noun: 无需许可证 says something is not required)
      if (!doc.hasVerbIn(cs, bodyEnd) && !doc.hasMentionIn(cs, bodyEnd) && !adjectiveContent && !negatedNeed(doc, cs, bodyEnd)) {
        if (pendingStart >= 0) continue;
        if (prev) { prev.end = bodyEnd; lastBodyEnd = bodyEnd; continue; }
      }
      // a clause that only sets the time (晶圆在南京完成封装后,) or describes its subject (H200芯片作为…核心战力,) leads into the next
      if (!lastClause && isTemporal(doc, cs, bodyEnd)) { if (pendingStart < 0) pendingStart = cs; continue; }
      if (!lastClause && isAppositive(doc, cs, bodyEnd)) { if (pendingStart < 0) pendingStart = cs; labelStart = cs; continue; }
    }
    lastWasFrame = false;
    const unitStart = pendingStart >= 0 ? pendingStart : cs;
    const ownFrames = pendingFrames.filter((f) => f.start >= unitStart);
    const unit: Unit = {
      sentence: sentenceIndex,
      start: unitStart,
      end: bodyEnd,
      content: ownFrames.length ? Math.max(...ownFrames.map((f) => f.end)) : unitStart,
      frames: pendingFrames.length ? pendingFrames : (frame ? [frame] : chain),
      condition: pendingCondition,
      main: labelStart >= 0 ? labelStart : contentStart,
    };
    labelStart = -1;
    units.push(unit);
    openComplement = !frame && endsWithComplementVerb(doc, cs, bodyEnd);
    lastBodyEnd = bodyEnd;
    pendingStart = -1; pendingFrames = []; pendingCondition = false;
  }
  // a frame or opener with nothing after it (…,他说。) — a trailing frame governs the units before it
  let trailing: Frame[] = [];
  if (pendingFrames.length && pendingStart >= 0) {
    for (const u of units) if (!u.frames.length) u.frames = pendingFrames;
    trailing = pendingFrames;
  } else if (pendingStart >= 0 && lastClauseEnd > pendingStart && (doc.hasVerbIn(pendingStart, lastClauseEnd) || doc.hasMentionIn(pendingStart, lastClauseEnd))) {
    // clauses left waiting for a main clause that never came are a unit of their own
    units.push({ sentence: sentenceIndex, start: pendingStart, end: lastClauseEnd, content: pendingStart, frames: chain, condition: pendingCondition, main: labelStart >= 0 ? labelStart : pendingStart });
  }
  return { units, trailing };
}
