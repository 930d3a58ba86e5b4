import reportCues from '../../data/claims/report-cues.json';
import sources from '../../data/claims/sources.json';
import modality from '../../data/claims/modality.json';
import discourse from '../../data/claims/discourse.json';
import outlets from '../../data/claims/outlets.json';

/** Longest-match lookup of a word list at a position; words are short, so lookups are bounded. */
export class WordList {
  private readonly byFirst = new Map<string, string[]>();
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      const list = this.byFirst.get(w[0]!) ?? [];
      if (!list.includes(w)) list.push(w);
      this.byFirst.set(w[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** the longest word starting at i, or null */
  at(text: string, i: number): string | null {
    const list = this.byFirst.get(text[i] ?? '');
    if (!list) return null;
    for (const w of list) if (text.startsWith(w, i)) return w;
    return null;
  }
  has(word: string): boolean { return this.byFirst.get(word[0] ?? '')?.includes(word) ?? false; }
  /** does text[start, end) begin with one of the words? returns it */
  prefixOf(text: string, start: number, end: number): string | null {
    const w = this.at(text, start);
    return w && start + w.length <= end ? w : null;
  }
  /** does text[start, end) end with one of the words? returns the longest */
  suffixOf(text: string, start: number, end: number): string | null {
    let best: string | null = null;
    for (const list of this.byFirst.values()) for (const w of list) {
      if (end - w.length >= start && text.startsWith(w, end - w.length) && (!best || w.length > best.length)) best = w;
    }
    return best;
  }
}

export type CueStrength = 'light' | 'strict';

/** Report verbs with their strength, and words that contain a cue without being one. */
export const REPORT = {
  cues: new WordList([...reportCues.light, ...reportCues.strict, ...reportCues.notCue]),
  light: new Set(reportCues.light),
  strict: new Set(reportCues.strict),
  notCue: new Set(reportCues.notCue),
  opinion: new Set(reportCues.opinion),
  /** verbs of forecasting: what they report is expected (摩根士丹利预计,…) */
  expectation: new Set(reportCues.expectation),
  /** one-character cues that count only as a word of their own (有消息指 / 分析料) */
  wholeWord: new Set(reportCues.wholeWord),
  accordingOpen: new WordList(reportCues.according.open),
  accordingClose: new WordList(reportCues.according.close),
  relay: new WordList(reportCues.relay),
};

export const SOURCES = {
  unnamed: new WordList(sources.unnamedHeads),
  media: new Set(sources.mediaAlone),
  anaphoric: new WordList(sources.anaphoric),
  singular: new Set(sources.pronounsSingular),
  plural: new Set(sources.pronounsPlural),
  first: new Set(sources.pronounsFirst),
  pronouns: new WordList([...sources.pronounsSingular, ...sources.pronounsPlural, ...sources.pronounsFirst]),
  author: new WordList(sources.author),
  /** nouns for the speaker's own organisation in reported content (公司将… / 政府将…) */
  selfReference: new Set(sources.selfReference),
  existentialLead: new WordList(sources.existentialLead),
};

export type CueModality = 'conditional' | 'opinion' | 'negated' | 'expected' | 'planned';

const cueModality = new Map<string, CueModality>();
for (const m of modality.order as CueModality[]) for (const w of modality.cues[m]) if (!cueModality.has(w)) cueModality.set(w, m);

export const MODALITY = {
  order: modality.order as CueModality[],
  /** cue words and blocking words, matched together so the longest wins */
  words: new WordList([...cueModality.keys(), ...modality.block]),
  of: (w: string): CueModality | undefined => (modality.block.includes(w) ? undefined : cueModality.get(w)),
  auxTags: modality.futureAuxTags,
  realis: new WordList(modality.realis),
  requests: new WordList(modality.requestVerbs),
  consequent: new WordList(modality.consequent),
  goal: new WordList(modality.goalMarkers),
  possibility: new Set(modality.possibility),
  adverbsAfterJiang: new Set(modality.adverbsAfterJiang),
  realisDecisions: new WordList(modality.realisDecisions),
};

export const DISCOURSE = {
  openers: new WordList(discourse.openers),
  openerSuffixes: new WordList(discourse.openerSuffixes),
  adverbialPrepositions: new WordList(discourse.adverbialPrepositions),
  conditions: new WordList(discourse.conditionConnectives),
  consequents: new WordList(discourse.consequentOpeners),
  enumOpen: new WordList(discourse.enumeration.open),
  enumContinue: new WordList(discourse.enumeration.continue),
  credits: new WordList(discourse.credits),
  titles: new WordList(discourse.titles),
  attributes: new WordList(discourse.attributeNouns),
  adjuncts: new WordList(discourse.adjuncts),
  demonstratives: new WordList(discourse.demonstratives),
  complementVerbs: new WordList(discourse.complementVerbs),
  elaborations: new WordList(discourse.elaborations),
  correlatives: new WordList(discourse.correlatives),
  temporal: new WordList(discourse.temporalSubordinators),
  appositives: new WordList(discourse.appositives),
  causeOpen: new WordList(discourse.causeFrames.open),
  causeClose: new WordList(discourse.causeFrames.close),
  publishVerbs: new WordList(discourse.publishVerbs),
  speakerTimeSuffixes: new WordList(discourse.speakerTimeSuffixes),
};

/** Is this speaker (as written, working form) a news outlet? */
export function isOutletName(name: string, canonical?: string): boolean {
  if (outlets.suffixes.some((s) => name.endsWith(s))) return true;
  return outlets.names.some((n) => name.includes(n) || (canonical ?? '').includes(n));
}
