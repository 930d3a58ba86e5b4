import { CharSet } from '../text/chars.js';
import { ClaimDoc, OPEN_QUOTE_CHARS, type EntityMention } from './document.js';
import { DISCOURSE, REPORT, SOURCES } from './lexicon.js';

/** One speaker phrase of a frame: 路透社 / 三名供应链人士 / 英伟达发言人. */
export interface SourcePhrase {
  start: number; end: number;
  /** the named speaker or outlet, if the phrase names one */
  named?: EntityMention;
  /** the unnamed or secondary source as written (三名供应链人士, 发言人) */
  via?: { start: number; end: number };
  pronoun?: string;
  author?: boolean;
  anaphoric?: boolean;
}

/** An attribution frame: the phrase that says who says what follows (据路透社报道, / X表示:“). */
export interface Frame {
  start: number;
  /** where the reported content starts */
  end: number;
  cue: { start: number; end: number; text: string };
  phrases: SourcePhrase[];
  opinion: boolean;
  /** the verb is one of forecasting (预计, 料): the content is expected */
  expectation?: boolean;
  /** the speaker is dropped (…,称…): it is the subject of the clause before */
  droppedSpeaker?: boolean;
}

const FRAME_PUNCT = new CharSet(',: \u3000' + OPEN_QUOTE_CHARS);
const DASHES = new CharSet('—-');

/** Openers, dates and white space at the head of a clause, which stay outside the speaker phrase. */
function skipOpeners(doc: ClaimDoc, i: number, end: number): number {
  for (let guard = 0; guard < 8 && i < end; guard++) {
    const j = doc.skip(i, end);
    if (j !== i) { i = j; continue; }
    const m = doc.mentionAt(i);
    if (m && m.kind === 'date' && m.start === i) { i = m.end; continue; }
    const w = DISCOURSE.openers.prefixOf(doc.text, i, end);
    if (w && !REPORT.accordingOpen.prefixOf(doc.text, i, end)) { i += w.length; continue; }
    break;
  }
  return i;
}

/** Analyse one speaker phrase [a, b). */
function speakerPhrase(doc: ClaimDoc, a: number, b: number): SourcePhrase | null {
  const raw = doc.skip(a, b);
  a = skipOpeners(doc, a, b);
  // 有消息指 / 有经济学家料: the existential 有 opens an unnamed source and is not part of it
  const lead = SOURCES.existentialLead.prefixOf(doc.text, a, b);
  if (lead && !doc.mentionAt(a) && b - a > lead.length && (SOURCES.unnamed.at(doc.text, a + lead.length) || SOURCES.existentialCounters.hasAt(doc.text, a + lead.length))) a += lead.length;
  // adverbs and report words glued to the end (此前, 还, 的独家, 报道) are not the speaker
  for (let guard = 0; guard < 6 && b > a; guard++) {
    const tail = DISCOURSE.adjuncts.suffixOf(doc.text, a, b) ?? REPORT.accordingClose.suffixOf(doc.text, a, b);
    // (a report noun that is the whole phrase is the speaker: 有消息指 → 消息)
    if (tail && b - tail.length > a && !doc.mentionAt(b - 1)) { b -= tail.length; continue; }
    if (/[的\s]/.test(doc.text[b - 1]!)) { b--; continue; }
    break;
  }
  if (b <= a) return null;
  // an adjunct of the speech act after the speaker (立委质询时指出, 部长石崇良受访时表示) is not the speaker
  if (DISCOURSE.speakerTimeSuffixes.suffixOf(doc.text, a, b)) {
    const verb = doc.tokensIn(a, b).find((tok) => tok.start > a && !doc.mentionAt(tok.start) && (doc.isVerbAt(tok) || DISCOURSE.adjuncts.has(tok.word)));
    if (verb) b = doc.trimEnd(a, verb.start);
  }
  if (b <= a) return null;
  const phrase: SourcePhrase = { start: a, end: b };
  const ents = doc.entitiesIn(a, b);
  // the speaker phrase ends where an adjunct begins after a name (英伟达发言人23日对《环球时报》记者表示)
  let cut = b;
  if (ents.length) {
    for (let i = ents[0]!.end; i < b; i++) {
      const m = doc.mentionAt(i);
      if (m) { if (m.kind === 'date') { cut = i; break; } i = m.end - 1; continue; }
      const w = DISCOURSE.adjuncts.prefixOf(doc.text, i, b);
      if (w && !DISCOURSE.adverbAdjuncts.has(w)) { cut = i; break; }
      // a publication verb after the name (蔚来公司发布财报称): the name is the speaker
      const pub = DISCOURSE.publishVerbs.prefixOf(doc.text, i, b);
      if (pub && doc.tokenAt(i)?.start === i) { cut = i; break; }
    }
  }
  // a speaker is a noun phrase: a verb in it means the report word belongs to the content (他曾花费数月时间游说)
  // (a relative clause before an unnamed head is part of it: 一名接近监管层的人士)
  const relativeHead = doc.text.slice(a, cut).includes('的') && !!SOURCES.unnamed.suffixOf(doc.text, a, cut);
  const wholeHead = SOURCES.unnamed.has(doc.text.slice(a, cut)); // 有报道指: the report noun alone
  if (!relativeHead && !wholeHead && doc.tokensIn(a, cut).some((tok) => doc.isVerbAt(tok) && tok.tag !== 'vn')) return null;
  const named = ents.filter((e) => e.end <= cut);
  if (named.length) {
    let k = named.length - 1;
    // coordinated speakers: the first conjunct is the source (路透社、彭博社 / 元宝与Grok)
    while (k > 0 && SOURCES.coordinators.has(doc.text.slice(named[k - 1]!.end, named[k]!.start))) k--;
    phrase.named = named[k]!;
    const restStart = named[named.length - 1]!.end;
    const unnamed = findUnnamed(doc, restStart, cut);
    if (unnamed) phrase.via = unnamed;
  } else {
    const first = doc.text.slice(a, cut).trim();
    const pronoun = SOURCES.pronouns.prefixOf(doc.text, a, cut);
    if (pronoun && (cut - a <= pronoun.length + 2)) phrase.pronoun = pronoun;
    else if (SOURCES.author.prefixOf(doc.text, a, cut)) phrase.author = true;
    else if (first) phrase.via = { start: a, end: cut };
  }
  const anaphor = SOURCES.anaphoric.prefixOf(doc.text, raw, b) ?? (doc.text.slice(a, b + 4).includes('进一步') ? '进一步' : null);
  if (anaphor) {
    phrase.anaphoric = true;
    if (phrase.via && doc.text.startsWith('其中', phrase.via.start)) phrase.via = { start: a + 2, end: phrase.via.end };
  }
  return phrase;
}

/** The unnamed source inside [a, b): from its quantifier to its head noun (三名供应链人士). */
function findUnnamed(doc: ClaimDoc, a: number, b: number): { start: number; end: number } | undefined {
  for (let i = b - 1; i >= a; i--) {
    for (let j = a; j <= i; j++) {
      const w = SOURCES.unnamed.prefixOf(doc.text, j, b);
      if (w && j + w.length === i + 1) return { start: doc.skip(a, j), end: i + 1 };
    }
  }
  return undefined;
}

/** Split a frame's source text at relay words (援引, 据) into speaker phrases, outermost first. */
function phrasesOf(doc: ClaimDoc, a: number, b: number): SourcePhrase[] {
  const out: SourcePhrase[] = [];
  let from = a;
  for (let i = a; i < b; i++) {
    const w = REPORT.relay.prefixOf(doc.text, i, b);
    if (!w || doc.mentionAt(i)) continue;
    const p = speakerPhrase(doc, from, i);
    if (p) out.push(p);
    from = i + w.length;
    i = from - 1;
  }
  const p = speakerPhrase(doc, from, b);
  if (p) out.push(p);
  return out;
}

/**
 * Where the speaker phrase starts: at its first name when other words run into it with no
 * punctuation between (…4-8万颗库存紧急动用路透社援引…, a headline glued to the body).
 */
function runOnStart(doc: ClaimDoc, from: number, cueAt: number): number {
  const first = doc.firstEntityIn(from, cueAt);
  if (!first) return from;
  const lead = doc.text.slice(skipOpeners(doc, from, first.start), first.start).replace(/[^\u4e00-\u9fff]/g, '');
  return lead.length >= 2 && !SOURCES.unnamed.suffixOf(lead, 0, lead.length) && !SOURCES.pronouns.prefixOf(lead, 0, lead.length) ? first.start : from;
}

/** Where the speaker text of a frame begins: after the last dash or earlier frame in the clause. */
function speakerStart(doc: ClaimDoc, clauseStart: number, cueStart: number): number {
  let s = clauseStart;
  for (let i = cueStart - 1; i > clauseStart; i--) if (DASHES.hasAt(doc.text, i) && DASHES.hasAt(doc.text, i - 1)) { s = i + 1; break; }
  return s;
}

/**
 * The attribution frame inside the clause [start, end), if any. `first` says whether the
 * clause opens its sentence (a headline colon frames only there).
 */
export function findFrame(doc: ClaimDoc, start: number, end: number, first: boolean): Frame | null {
  const t = doc.text;
  const head = skipOpeners(doc, start, end);
  const endsWithColon = t[end - 1] === ':';
  const bodyEnd = doc.trimEnd(start, end);

  // 据 X 报道 / 根据 X 消息, at the head of the clause
  const open = REPORT.accordingOpen.prefixOf(t, head, end);
  if (open && !REPORT.notCue.has(REPORT.cues.at(t, head) ?? '')) {
    for (let i = end - 1; i > head + open.length - 1; i--) {
      const close = REPORT.accordingClose.prefixOf(t, i, end);
      if (!close || doc.mentionAt(i)) continue;
      const after = doc.skip(i + close.length, end, FRAME_PUNCT);
      if (after < end && !/[,:]/.test(t.slice(i + close.length, after)) && i + close.length < end && t[i + close.length] === '的') continue;
      return {
        start: head, end: after,
        cue: { start: head, end: i + close.length, text: `${doc.original(head, head + open.length)}…${doc.original(i, i + close.length)}` },
        phrases: phrasesOf(doc, head + open.length, i), opinion: false,
      };
    }
  }

  // X 称 / X 援引 Y 称 / X 表示: / X 认为
  let relayAt = -1;
  for (let i = head; i < end; i++) {
    const w = REPORT.cues.at(t, i);
    if (!w) continue;
    if (REPORT.notCue.has(w) || doc.mentionAt(i)) { i += w.length - 1; continue; }
    // a report word inside a longer word is not one (游说, 据说): it must start a token, unless the segmenter glued an unknown name to it
    const tok = doc.tokenAt(i);
    // a cue glued to the word before by the segmenter: 接受采访时说 / 发布财报称 (财 报称)
    const glued = tok && tok.start === i - 1 && REPORT.gluedBefore.hasAt(doc.text, tok.start) && tok.end === i + w.length;
    if (tok && tok.start !== i && tok.tag !== 'x' && !glued) continue;
    if (REPORT.wholeWord.has(w) && tok && tok.word !== w) continue;
    const cueEnd = i + w.length;
    const after = doc.skip(cueEnd, end, FRAME_PUNCT);
    const punctFollows = after >= bodyEnd || /[,:“「"]/.test(t.slice(cueEnd, Math.min(end, after + 1)));
    const isRelay = !!REPORT.relay.prefixOf(t, i, cueEnd) && REPORT.relay.has(w);
    if (isRelay) { if (relayAt < 0) relayAt = i; i = cueEnd - 1; continue; }
    const sStart = speakerStart(doc, start, i);
    const hasSpeaker = sStart < i && doc.text.slice(skipOpeners(doc, sStart, i), i).trim().length > 0;
    // a later clause that opens with a light report verb (…发布GPT-5,称其…): the speaker is the subject before
    if (!hasSpeaker && !first && REPORT.light.has(w) && !REPORT.opinion.has(w) && bodyEnd - after >= 2 && t[cueEnd] !== '的') {
      return { start: head, end: after, cue: { start: i, end: cueEnd, text: doc.original(i, cueEnd) }, phrases: [], opinion: false, droppedSpeaker: true };
    }
    const strictOk = punctFollows || (endsWithColon && relayAt >= 0);
    const lightOk = REPORT.light.has(w) && t[cueEnd] !== '的' && t[cueEnd] !== '了' && bodyEnd - after >= 2;
    if (!hasSpeaker || !(strictOk || lightOk)) { i = cueEnd - 1; continue; }
    const frameEnd = endsWithColon && !punctFollows && relayAt >= 0 ? end : after;
    const from = runOnStart(doc, sStart, i);
    const phrases = phrasesOf(doc, from, i);
    if (!phrases.length) { i = cueEnd - 1; continue; }
    return {
      start: from, end: frameEnd,
      cue: { start: i, end: cueEnd, text: relayAt >= 0 ? `${doc.original(relayAt, relayAt + 2)}…${doc.original(i, cueEnd)}` : doc.original(i, cueEnd) },
      phrases, opinion: REPORT.opinion.has(w), expectation: REPORT.expectation.has(w),
    };
  }
  // X 援引 Y 的消息 …: with no report verb after it: the whole clause frames the next one
  if (relayAt >= 0 && (endsWithColon || t[end - 1] === ',')) {
    const from = runOnStart(doc, head, relayAt);
    const phrases = phrasesOf(doc, from, end - 1);
    if (phrases.length) return { start: from, end, cue: { start: relayAt, end: relayAt + 2, text: doc.original(relayAt, relayAt + 2) }, phrases, opinion: false };
  }

  // a clause ending in a colon after a report word (《华尔街日报》此前的独家报道更揭露了…:)
  if (endsWithColon) {
    for (let i = head; i < end; i++) {
      const w = REPORT.cues.at(t, i);
      if (!w || REPORT.notCue.has(w) || doc.mentionAt(i)) continue;
      const phrases = phrasesOf(doc, head, i);
      if (phrases.some((p) => p.named || p.via)) {
        return { start: head, end, cue: { start: i, end: i + w.length, text: doc.original(i, i + w.length) }, phrases, opinion: REPORT.opinion.has(w) };
      }
    }
  }

  // a headline colon after an outlet: 路透社:… / 英媒:…
  if (first && endsWithColon) {
    const a = doc.skip(start, end), b = doc.trimEnd(a, end);
    const ents = doc.entitiesIn(a, b);
    const whole = ents.length === 1 && ents[0]!.start === a && ents[0]!.end === b && ents[0]!.value.type === 'ORG';
    if (whole || SOURCES.media.has(t.slice(a, b))) {
      return { start: a, end: doc.skip(end, end, FRAME_PUNCT), cue: { start: end - 1, end, text: doc.original(end - 1, end) }, phrases: phrasesOf(doc, a, b), opinion: false };
    }
  }
  return null;
}
