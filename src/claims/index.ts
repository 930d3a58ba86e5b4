import type { ExtractContext } from '../extractor.js';
import type { Claim } from '../schema/claim.js';
import type { Mention } from '../schema/mention.js';
import { attributionOf, resolveFrames, type AttributionMemory, type ResolvedAttribution } from './attribution.js';
import { CharSet, isSpaceCode } from '../text/chars.js';
import { ClaimDoc, canonicalOf, CLOSE_QUOTE_CHARS, NO_CHARS, OPEN_QUOTE_CHARS, OPEN_QUOTES, type EntityMention } from './document.js';
import type { Frame } from './frames.js';
import { DISCOURSE, MODALITY, SOURCES } from './lexicon.js';
import { cueModalities, decideModality, placedInFuture } from './modality.js';
import { findPredicate, findSubject, headOfTitledName, isNegatedNeed, type Subject } from './subject.js';
import { sentenceUnits, type Unit } from './units.js';
import { WORD } from './word-classes.js';


/** A mention in working offsets, as the claim builder sees it. */
export type WorkingMention = Mention;
/** A claim in working offsets; the pipeline maps it back and fills `text`. */
export type WorkingClaim = Omit<Claim, 'text'>;

/** Claims are built per sentence; a sentence this long is cut off (a run-on without punctuation is not prose). */
const MAX_SENTENCE = 4000;
const QUOTES_AND_SPACE = new CharSet(OPEN_QUOTE_CHARS + ' ');

/** Assemble claims from the resolved mentions of one document (as resolveOverlaps returns them: sorted, none overlapping). */
export function buildClaims(ctx: ExtractContext, mentions: readonly WorkingMention[]): WorkingClaim[] {
  const doc = new ClaimDoc(ctx, mentions);
  const memory: AttributionMemory = {};
  const claims: WorkingClaim[] = [];
  let quoteFrames: Frame[] | null = null;
  let enumFrames: Frame[] | null = null;
  let prevModality: string | null = null;

  ctx.sentences.forEach((s, index) => {
    const end = Math.min(s.end, s.start + MAX_SENTENCE);
    const question = endsAsQuestion(doc.text, s.start, end);
    const { units, trailing } = sentenceUnits(doc, index, s.start, end, s.clauses.filter((c) => c.start < end));
    // a sentence that is only a speaker and a report verb (“…。”他说。) attributes the quotation before it
    if (!units.length && trailing.length) attributeBack(doc, claims, index - 1, resolveFrames(doc, trailing, index, memory));
    const head = doc.skip(units[0]?.start ?? s.start, end);
    // carried attribution: the sentence continues an open quotation, or an enumeration opened by a cue
    const carried = quoteFrames ?? (DISCOURSE.enumContinue.prefixOf(doc.text, head, end) ? enumFrames : null);
    let sentenceFrames: Frame[] | null = null;
    units.forEach((u, k) => {
      const frames = u.frames.length ? u.frames : carried ?? [];
      if (u.frames.length) sentenceFrames = u.frames;
      const resolved = frames.length ? resolveFrames(doc, frames, index, memory) : null;
      if (resolved?.attribution?.source && resolved.speaker) memory.lastNamed = { canonical: resolved.attribution.source, speaker: resolved.speaker, sentence: index };
      if (resolved) { memory.last = resolved; memory.lastSentence = index; }
      const claim = question && k === units.length - 1 ? null : buildClaim(doc, u, k === 0, frames, resolved, memory, prevModality);
      if (claim) { claims.push(claim); prevModality = claim.modality; }
    });
    // an attributed quotation left open runs on into the next sentences
    const lastFrames: Frame[] | null = sentenceFrames ?? carried;
    if (quoteFrames || lastFrames) {
      const { opens, closes } = countQuotes(doc.text, s.start, end);
      if (quoteFrames && closes > opens) quoteFrames = null;
      else if (lastFrames && opens > closes) quoteFrames = lastFrames;
    }
    if (sentenceFrames) enumFrames = DISCOURSE.enumOpen.occursIn(doc.text, s.start, end) ? sentenceFrames : null;
  });
  return claims;
}

/** Opening and closing quotation marks of a sentence (the straight quote, both at once, counts for neither). */
const OPENING_QUOTES = new CharSet(OPEN_QUOTE_CHARS.replace('"', ''));
const CLOSING_QUOTES = new CharSet(CLOSE_QUOTE_CHARS.replace('"', ''));
function countQuotes(text: string, start: number, end: number): { opens: number; closes: number } {
  let opens = 0, closes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (OPENING_QUOTES.hasUnit(c)) opens++;
    else if (CLOSING_QUOTES.hasUnit(c)) closes++;
  }
  return { opens, closes };
}

const QUESTION_CLOSERS = new CharSet('”」』"');
/** whether text[start, end) ends in a question mark, perhaps then white space and one closing quote (what /[?？]\s*[”」』"]?$/ tests, read from the end) */
function endsAsQuestion(text: string, start: number, end: number): boolean {
  let i = end - 1;
  if (i >= start && QUESTION_CLOSERS.hasUnit(text.charCodeAt(i))) i--;
  while (i >= start && isSpaceCode(text.charCodeAt(i))) i--;
  const c = i >= start ? text.charCodeAt(i) : NaN;
  return c === 0x3f || c === 0xff1f;
}

/** Give the claims of an earlier sentence (own voice so far) the attribution of a trailing frame. */
function attributeBack(doc: ClaimDoc, claims: WorkingClaim[], sentence: number, resolved: ResolvedAttribution): void {
  if (sentence < 0 || !resolved.attribution || !/[”」』]\s*$/.test(doc.text.slice(doc.ctx.sentences[sentence]!.start, doc.ctx.sentences[sentence]!.end))) return;
  for (const c of claims) {
    if (c.sentence !== sentence || (c.attribution && (c.attribution.source !== null || c.attribution.via))) continue;
    c.attribution = resolved.attribution;
    if (c.modality === 'asserted') c.modality = resolved.opinion ? 'opinion' : 'reported';
  }
}

/** The organisation a spokesperson speaks for (外交部发言人郭嘉昆 → 外交部), else the speaker. */
function speakerOrganisation(doc: ClaimDoc, speaker: EntityMention): EntityMention {
  if (speaker.value.type !== 'PER') return speaker;
  for (const e of doc.entities) {
    if (e.value.type !== 'PER' || (e.value.canonical ?? e.text) !== (speaker.value.canonical ?? speaker.text)) continue;
    const org = doc.lastEntityBefore(e.start, ['ORG']);
    if (org && e.start - org.end <= 8 && headOfTitledName(doc, org, e.end) === e) return org;
  }
  return speaker;
}

/** An opinion verb in the main clause (视为, 认为), if any. */
function opinionVerb(doc: ClaimDoc, start: number, end: number): { start: number; end: number } | undefined {
  const toks = doc.tokens;
  for (let k = doc.firstTokenFrom(start); k < toks.length && toks[k]!.start < end; k++) {
    if (doc.tokenClass(k) & WORD.opinion) return { start: toks[k]!.start, end: toks[k]!.end };
  }
  return undefined;
}

/** The unit's content is a quotation of a whole statement, not a quoted term. */
function quotedStatement(doc: ClaimDoc, u: Unit): boolean {
  const i = doc.skip(u.main, u.end, NO_CHARS);
  if (!OPEN_QUOTES.hasAt(doc.text, i)) return false;
  const close = doc.text.slice(i + 1, u.end + 1).search(/[”」』]/);
  const inner = close < 0 ? u.end - i - 1 : close;
  return inner >= 6 && (close < 0 || i + 1 + close >= doc.trimEnd(u.start, u.end) - 1);
}

const SPACE_OR_PUNCT = /^[\s\p{P}]$/u;
/** per UTF-16 unit: 0 not yet asked, 1 white space or punctuation, 2 neither (a lone surrogate is neither) */
const SPACE_OR_PUNCT_UNITS = new Uint8Array(0x10000);
function isSpaceOrPunctUnit(c: number): boolean {
  return (SPACE_OR_PUNCT_UNITS[c] ||= SPACE_OR_PUNCT.test(String.fromCharCode(c)) ? 1 : 2) === 1;
}

/** whether [start, end) keeps at least two UTF-16 units once white space and punctuation (by code point) are removed */
function hasTwoContentUnits(t: string, start: number, end: number): boolean {
  let kept = 0;
  for (let i = start; i < end && kept < 2; ) {
    const c = t.charCodeAt(i);
    // a surrogate pair inside the range is one code point; a unit cut off by the range stands alone
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const width = pair ? 2 : 1;
    const skipped = pair ? SPACE_OR_PUNCT.test(t.slice(i, i + 2)) : isSpaceOrPunctUnit(c);
    if (!skipped) kept += width;
    i += width;
  }
  return kept >= 2;
}

/** whether a mention lies inside one of the frames */
function inFrame(frames: readonly Frame[], m: Mention): boolean {
  for (const f of frames) if (m.start >= f.start && m.end <= f.end) return true;
  return false;
}

const fromEntity = (doc: ClaimDoc, e: EntityMention): Subject =>
  ({ start: e.start, end: e.end, canonical: canonicalOf(doc, e), entity: e });

/** the subject as a claim states it (two literal shapes rather than a spread: objects quick to make and to serialize) */
function subjectSpan(t: string, s: Subject): { start: number; end: number; text: string; canonical?: string } {
  const text = t.slice(s.start, s.end);
  return s.canonical ? { start: s.start, end: s.end, text, canonical: s.canonical } : { start: s.start, end: s.end, text };
}

function buildClaim(doc: ClaimDoc, u: Unit, firstInSentence: boolean, frames: readonly Frame[], resolved: ResolvedAttribution | null,
  memory: AttributionMemory, prevModality: string | null): WorkingClaim | null {
  const t = doc.text;
  if (!hasTwoContentUnits(t, u.main, u.end)) return null;
  const predicate = findPredicate(doc, u.main, u.end);
  const inUnit = doc.mentionsIn(u.start, u.end);
  if (!predicate && !inUnit.length) return null;

  // subject
  const found = findSubject(doc, u.main, u.end, firstInSentence);
  const speaker = resolved?.speaker;
  let subject: Subject | undefined = found.subject;
  const lastFrameEnd = frames.length ? frames[frames.length - 1]!.end : -1;
  if (!subject && found.pronoun) {
    const p = found.pronoun;
    if (p.kind === 'first') subject = speaker ? fromEntity(doc, speakerOrganisation(doc, speaker)) : { start: p.start, end: p.end };
    else if (p.kind === 'singular') { const e = doc.lastEntityBefore(p.start, ['PER']); if (e) subject = fromEntity(doc, e); }
    else subject = memory.lastSubject;
  }
  // what follows a negated need (无需BIS许可证) is what is not needed, never the one who needs it
  const needPredicate = predicate && isNegatedNeed(t.slice(predicate.start, predicate.end));
  const firstContentEntity = doc.firstEntityIn(u.main, needPredicate ? predicate.start : u.end);
  if (!subject && found.dropped) {
    const afterFrame = frames.length > 0 && u.main <= doc.skip(lastFrameEnd, u.end, QUOTES_AND_SPACE);
    // content right after a frame with no subject of its own: the speaker's own act (辉达称春节前交付…),
    // unless the speaker is an outlet or gives an opinion — then it is about what the content names
    const speakerActs = speaker && !resolved?.opinion && !doc.isOutlet(speaker);
    if (afterFrame && speakerActs) subject = fromEntity(doc, speaker);
    else if ((afterFrame || found.demonstrativePhrase && firstInSentence) && firstContentEntity) subject = fromEntity(doc, firstContentEntity);
    else if (afterFrame && speaker) subject = fromEntity(doc, speaker);
    else if (memory.lastSubject) subject = memory.lastSubject;
    else if (firstContentEntity) subject = fromEntity(doc, firstContentEntity);
  }
  // a plain noun phrase in reported content that names nothing: the claim is about its speaker —
  // unless the speaker is an outlet, which reports on others (据央视新闻报道,全国铁路…)
  const selfReference = subject && !subject.canonical && SOURCES.selfReference.has(t.slice(subject.start, subject.end));
  if (subject && !subject.canonical && speaker && (selfReference || !firstContentEntity && !doc.isOutlet(speaker))) {
    subject = fromEntity(doc, selfReference ? speakerOrganisation(doc, speaker) : speaker);
  }
  if (subject) memory.lastSubject = subject;

  // arguments: every mention of the unit outside its frames and its subject
  const args: Array<[number, number]> = [];
  for (const m of inUnit) {
    if (inFrame(frames, m) || (subject && m.start >= subject.start && m.end <= subject.end)) continue;
    args.push([m.start, m.end]);
  }

  // modality
  const found2 = cueModalities(doc, Math.max(u.start, u.content), u.end, frames);
  if (u.condition) found2.add('conditional');
  // 免 + noun (免签证) negates by its prefix alone; 无需 and the like are modality cues already
  if (needPredicate) found2.add('negated');
  const opener = doc.skip(u.main, u.end);
  if (prevModality === 'conditional' && MODALITY.consequent.prefixOf(t, opener, u.end)) found2.add('conditional');
  if (resolved?.opinion) found2.add('opinion');
  if (resolved?.expectation) found2.add('expected');
  let attribution = resolved && !resolved.ownVoice ? resolved.attribution : null;
  // a view held by the named subject inside a report (将其视为… / 他们认为) is that person's
  // (its verb is looked for only when the view can be the subject's)
  const viewVerb = subject?.canonical && found2.has('opinion') ? opinionVerb(doc, u.main, u.end) : undefined;
  if (viewVerb) {
    const holder = subject!.canonical!;
    const entity = doc.entities.find((e) => e.start === subject!.start && e.end === subject!.end);
    if (entity && entity.value.type === 'PER') attribution = attributionOf(holder, doc.original(viewVerb.start, viewVerb.end), undefined, attribution?.via);
  }
  // a headline that quotes without naming the speaker (涉H200芯片,“辉达已告知中国客户”)
  if (!attribution && !resolved && quotedStatement(doc, u)) attribution = { source: null, cue: '“…”' };
  const modality = decideModality(found2, {
    attributed: !!attribution,
    future: placedInFuture(doc, u.main, u.end, doc.ctx.referenceDate),
  });

  return {
    start: u.start,
    end: u.end,
    sentence: u.sentence,
    subject: subject ? subjectSpan(t, subject) : null,
    predicate: predicate ? { start: predicate.start, end: predicate.end, text: t.slice(predicate.start, predicate.end) } : null,
    arguments: args,
    attribution,
    modality,
  };
}
