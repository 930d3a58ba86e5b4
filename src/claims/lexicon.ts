import reportCues from '../../data/claims/report-cues.json';
import sources from '../../data/claims/sources.json';
import modality from '../../data/claims/modality.json';
import discourse from '../../data/claims/discourse.json';
import outlets from '../../data/claims/outlets.json';
import { UnitSet } from '../text/chars.js';

/**
 * Longest-match lookup of a word list at a position; words are short, so lookups are bounded.
 * Words are indexed by their first and by their last UTF-16 unit, so a lookup reads no
 * more than the words that could match there.
 */
export class WordList {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  private readonly all = new Set<string>();
  /** one bit per UTF-16 unit that starts a word: most positions are answered without a map lookup */
  private readonly firstUnits = new UnitSet();
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w || this.all.has(w)) continue;
      this.all.add(w);
      this.firstUnits.add(w.charCodeAt(0));
      for (const [index, unit] of [[this.byFirst, w.charCodeAt(0)], [this.byLast, w.charCodeAt(w.length - 1)]] as const) {
        const list = index.get(unit);
        if (list) list.push(w); else index.set(unit, [w]);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }
  /** the longest word starting at i, or null */
  at(text: string, i: number): string | null {
    const unit = text.charCodeAt(i);
    if (!this.firstUnits.has(unit)) return null;
    const list = this.byFirst.get(unit);
    if (!list) return null;
    // the first unit matches every word of the list: compare the second by code before the rest
    const second = text.charCodeAt(i + 1);
    for (const w of list) {
      if (w.length === 1 || (w.charCodeAt(1) === second && (w.length === 2 || text.startsWith(w, i)))) return w;
    }
    return null;
  }
  has(word: string): boolean { return this.all.has(word); }
  /** every word of the list */
  words(): Iterable<string> { return this.all; }
  /** does text[start, end) begin with one of the words? returns it */
  prefixOf(text: string, start: number, end: number): string | null {
    const w = this.at(text, start);
    return w && start + w.length <= end ? w : null;
  }
  /** does text[start, end) end with one of the words? returns the longest */
  suffixOf(text: string, start: number, end: number): string | null {
    if (end > text.length) return null;
    const list = this.byLast.get(text.charCodeAt(end - 1));
    if (!list) return null;
    for (const w of list) if (end - w.length >= start && text.startsWith(w, end - w.length)) return w;
    return null;
  }
}

/** Report verbs with their strength, and words that contain a cue without being one. */
export const REPORT = {
  cues: new WordList([...reportCues.light, ...reportCues.strict, ...reportCues.notCue]),
  light: new Set(reportCues.light),
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
