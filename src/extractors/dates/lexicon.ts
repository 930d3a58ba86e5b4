import holidayData from '../../../data/dates/holidays.json';
import eraData from '../../../data/dates/eras.json';
import wordData from '../../../data/dates/words.json';
import reignData from '../../../data/dates/reign-eras.json';
import { alternation } from '../../text/alternation.js';
import { UnitSet } from '../../text/chars.js';

/** Data files of the date extractor, typed, with the regular-expression alternations built once. */
export type HolidayRule = 'solar' | 'lunar' | 'eve' | 'qingming' | 'nth-weekday' | 'easter' | 'islamic' | 'hebrew';
export interface Holiday {
  id: string; names: string[]; rule: HolidayRule;
  month?: number; day?: number; weekday?: number; nth?: number;
  offset?: number; orthodox?: boolean; monthName?: string; length?: number | 'month';
  regions?: string[]; period?: string;
}
export interface Era { names: string[]; start: string; end: string | null; before?: string; from?: string; event?: boolean }
export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export const HOLIDAYS: readonly Holiday[] = holidayData.holidays as Holiday[];
export const HOLIDAY_PERIODS: Record<string, Record<string, [string, string]>> =
  Object.fromEntries(Object.entries(holidayData.periods).filter(([k]) => !k.startsWith('_'))) as unknown as Record<string, Record<string, [string, string]>>;
export const ERAS: readonly Era[] = eraData.eras as Era[];

export const HOLIDAY_NAMES = alternation(HOLIDAYS.flatMap((h) => h.names));
export const ERA_NAMES = alternation(ERAS.flatMap((e) => e.names));
/** Reign eras (雍正, 令和) and the Gregorian year each began in. */
export const REIGN_ERAS: Readonly<Record<string, number>> = reignData.eras;
export const REIGN_NAMES = alternation(Object.keys(REIGN_ERAS));

export const REFERENCE_WORDS = new Map<string, RefValue>();
for (const [value, words] of Object.entries(wordData.reference)) for (const w of words) REFERENCE_WORDS.set(w, value as RefValue);
export const CLAUSE_INITIAL_REFERENCE = new Map<string, RefValue>();
for (const [value, words] of Object.entries(wordData.clauseInitialReference)) {
  if (Array.isArray(words)) for (const w of words) CLAUSE_INITIAL_REFERENCE.set(w, value as RefValue);
}
export const NOW_WORDS = new Set<string>(wordData.now);
export const FUTURE_CUES: readonly string[] = wordData.futureCues;
export const PAST_CUES: readonly string[] = wordData.pastCues;
export const REPORT_CUES: readonly string[] = wordData.reportCues;
export const NOT_TEMPORAL: readonly string[] = wordData.notTemporal;
/** characters before a duration that make it an ordinal or a set (第三年, 每三天) */
export const DURATION_NOT_AFTER = new UnitSet(wordData.durationNotAfter);
/** characters before 一天/一日 that make it a day rather than a span (这一天, 有一天) */
export const ONE_DAY_NOT_AFTER = new UnitSet(wordData.oneDayNotAfter);
/** words before a duration that make it a span from now, as pattern pieces (接下来的?) */
export const DURATION_PREFIXES: readonly string[] = wordData.durationPrefixes;
/** by the last unit of a duration, the characters after it that make another word with it (九年制, 三周年, 三天下) */
export const DURATION_UNIT_NOT_BEFORE: ReadonlyMap<string, UnitSet> =
  new Map(Object.entries(wordData.durationUnitNotBefore).map(([unit, chars]) => [unit, new UnitSet(chars)]));
