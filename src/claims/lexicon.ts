import reportCues from '../../data/claims/report-cues.json';
import sources from '../../data/claims/sources.json';
import modality from '../../data/claims/modality.json';
import discourse from '../../data/claims/discourse.json';
import outlets from '../../data/claims/outlets.json';
import { CharSet, UnitSet } from '../text/chars.js';

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
  /** whether a word of the list lies wholly inside text[start, end) (end is cut to the text) */
  occursIn(text: string, start: number, end: number): boolean {
    end = Math.min(end, text.length);
    for (let i = start; i < end; i++) if (this.prefixOf(text, i, end)) return true;
    return false;
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
  /** characters the segmenter glues to a cue after them (时说, 报称): the cue still counts */
  gluedBefore: new CharSet(reportCues.gluedBefore),
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
  /** after the existential lead, these open a counted unnamed source (有多名…, 有两位…) */
  existentialCounters: new CharSet(sources.existentialCounters),
  /** what may stand between coordinated speakers (路透社、彭博社) */
  coordinators: new Set(sources.coordinators),
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
  /** words before the main verb that are not it: modals, aspect and planning verbs */
  auxiliaries: new Set(modality.auxiliaries),
  negators: new Set(modality.negators),
  /** modal and planning verbs that make a clause of their own wait for its verb */
  planning: new Set(modality.planningVerbs),
  /** verbs of reaching that open an expected quantity (将接近30%) */
  reach: new WordList(modality.reachVerbs),
  /** 不是…而是: an opening word with a closing one after it contrasts, it does not negate */
  contrastOpen: new Set(modality.contrast.open),
  contrastClose: new WordList(modality.contrast.close),
  /** a bare weekday is a lead (周, 星期) and one day character (一, 末) */
  weekdayLeads: new WordList(modality.weekdays.lead),
  weekdayDays: new CharSet(modality.weekdays.day),
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
  copulas: new Set(discourse.copulas),
  /** a name right after one of these is its object, not the subject (对华, 向台积电) */
  objectMarkers: new Set(discourse.objectMarkers),
  /** adjuncts that do not end a speaker phrase after its name (还, 也) */
  adverbAdjuncts: new Set(discourse.adverbAdjuncts),
  /** consequent openers that make the clause before a condition (…,否则…) */
  otherwise: new Set(discourse.otherwise),
};

/** Is this speaker (as written, working form) a news outlet? */
export function isOutletName(name: string, canonical?: string): boolean {
  if (outlets.suffixes.some((s) => name.endsWith(s))) return true;
  return outlets.names.some((n) => name.includes(n) || (canonical ?? '').includes(n));
}
