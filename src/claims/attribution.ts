import type { Attribution } from '../schema/claim.js';
import { ClaimDoc, canonicalOf, lastOf, type EntityMention } from './document.js';
import type { Frame, SourcePhrase } from './frames.js';
import type { Subject } from './subject.js';
import { SOURCES } from './lexicon.js';

/** What the claim builder remembers from earlier sentences to resolve anaphoric sources. */
export interface AttributionMemory {
  /** the last named source, for 其中两位消息人士 / 两大关键信源进一步披露 */
  lastNamed?: { canonical: string; speaker: EntityMention; sentence: number };
  /** the last resolved attribution, for a frame whose speaker is dropped (并表示,) */
  last?: ResolvedAttribution;
  /** the sentence of `last` */
  lastSentence?: number;
  lastSubject?: Subject;
}

export interface ResolvedAttribution {
  attribution: Attribution | null;
  /** the named speaker, when it is an entity of the text */
  speaker?: EntityMention;
  /** the frame's verb is one of opinion (认为, 相信) */
  opinion: boolean;
  /** the frame's verb is one of forecasting (预计, 料) */
  expectation?: boolean;
  /** the speaker is the author (我认为): own voice */
  ownVoice: boolean;
}

/**
 * An attribution with its keys always in this order: source, cue, then chain and via when there
 * are any (one literal per shape: spreading objects of mixed shapes is slow).
 */
export function attributionOf(source: string | null, cue: string, chain: string[] | undefined, via: string | undefined): Attribution {
  if (chain?.length) return via ? { source, cue, chain, via } : { source, cue, chain };
  return via ? { source, cue, via } : { source, cue };
}

/** the speaker phrases of a chain of frames, in order (one frame's own list when there is one: most chains are one frame) */
function phrasesOfFrames(frames: readonly Frame[]): readonly SourcePhrase[] {
  if (frames.length === 1) return frames[0]!.phrases;
  const out: SourcePhrase[] = [];
  for (const f of frames) for (const p of f.phrases) out.push(p);
  return out;
}

function lastWithVia(phrases: readonly SourcePhrase[]): SourcePhrase | undefined {
  for (let k = phrases.length - 1; k >= 0; k--) if (phrases[k]!.via) return phrases[k];
  return undefined;
}

/** How many sentences back an anaphoric source (其中…) may reach for its outlet. */
const ANAPHORA_REACH = 3;

/** Resolve a chain of frames (outermost first) into an attribution: the innermost named source, the unnamed via, the cue. */
export function resolveFrames(doc: ClaimDoc, frames: readonly Frame[], sentence: number, memory: AttributionMemory): ResolvedAttribution {
  const last = frames[frames.length - 1]!;
  const phrases = phrasesOfFrames(frames);
  const cue = last.cue.text;
  const opinion = last.opinion;
  const expectation = !!last.expectation;
  // a dropped speaker (…发布GPT-5,称…) is the subject of the clause before, unless a frame of this sentence still speaks
  if (last.droppedSpeaker && !(memory.last && memory.lastSentence === sentence)) {
    const ref = memory.lastSubject?.entity;
    if (ref) return { attribution: { source: canonicalOf(doc, ref), cue }, speaker: ref, opinion, expectation, ownVoice: false };
  }
  const named = phrases.filter((p) => p.named);
  const viaPhrase = lastWithVia(phrases);
  const via = viaPhrase?.via ? doc.original(viaPhrase.via.start, viaPhrase.via.end) : undefined;
  const attributionTo = (source: string | null, chain?: string[]): Attribution => attributionOf(source, cue, chain, via);

  if (named.length) {
    const speaker = named[named.length - 1]!.named!;
    const chain = named.slice(0, -1).map((p) => canonicalOf(doc, p.named!));
    const a: Attribution = attributionTo(canonicalOf(doc, speaker), chain);
    return { attribution: a, speaker, opinion, expectation, ownVoice: false };
  }
  const lastPhrase = lastOf(phrases);
  if (lastPhrase?.pronoun) {
    const p = lastPhrase.pronoun;
    if (SOURCES.first.has(p)) return { attribution: null, opinion, expectation, ownVoice: true };
    const ref = SOURCES.singular.has(p)
      ? doc.lastEntityBefore(last.start, ['PER'])
      : memory.lastSubject?.entity;
    if (ref) return { attribution: { source: canonicalOf(doc, ref), cue }, speaker: ref, opinion, expectation, ownVoice: false };
    const viaText = memory.lastSubject && !memory.lastSubject.entity ? doc.original(memory.lastSubject.start, memory.lastSubject.end) : undefined;
    return { attribution: attributionOf(null, cue, undefined, viaText), opinion, expectation, ownVoice: false };
  }
  if (lastPhrase?.author) {
    const outlet = doc.lastEntityBefore(last.start, ['ORG']);
    const a: Attribution = { source: outlet ? canonicalOf(doc, outlet) : null, cue, via: doc.original(lastPhrase.start, lastPhrase.end) };
    return { attribution: a, ...(outlet ? { speaker: outlet } : {}), opinion, expectation, ownVoice: false };
  }
  const anaphoric = phrases.some((p) => p.anaphoric);
  if (anaphoric && memory.lastNamed && sentence - memory.lastNamed.sentence <= ANAPHORA_REACH) {
    return { attribution: attributionTo(memory.lastNamed.canonical), speaker: memory.lastNamed.speaker, opinion, expectation, ownVoice: false };
  }
  if (!phrases.length && memory.last) {
    return { ...memory.last, opinion: opinion || memory.last.opinion, attribution: memory.last.attribution ? { ...memory.last.attribution, cue } : null };
  }
  return { attribution: attributionTo(null), opinion, expectation, ownVoice: false };
}
