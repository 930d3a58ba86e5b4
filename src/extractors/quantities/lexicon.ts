import classifierData from '../../../data/quantities/classifiers.json';
import currencyData from '../../../data/quantities/currencies.json';
import unitData from '../../../data/quantities/units.json';
import qualifierData from '../../../data/quantities/qualifiers.json';
import exclusionData from '../../../data/quantities/exclusions.json';
import type { Region } from '../../schema/result.js';
import { WordTable } from './word-table.js';
import { UnitSet } from '../../text/chars.js';

export type Bound = 'lt' | 'le' | 'gt' | 'ge';
export type Hedge = Bound | 'approx';

const isLatin = (w: string): boolean => /^[A-Za-z$€£¥￥₩°μ'"]/.test(w);

export const CLASSIFIERS = new WordTable<string>(classifierData.classifiers.map((c) => [c, c] as [string, string]));
export const UNITS = new WordTable<string>(Object.entries(unitData.units));
export const PREFIX_UNITS = new WordTable<string>(Object.entries(unitData.prefixUnits));
/** characters before 半 that make another word with it (上半, 大半, 一半) */
export const HALF_NOT_AFTER = new UnitSet(unitData.halfNotAfter);
export const PREFIX_UNIT_SUFFIX = new WordTable<string>(unitData.prefixUnitSuffix.map((s) => [s, s] as [string, string]));
/** what 两 weighs where it is a weight (二两白酒) */
export const LIANG_WEIGHS: readonly string[] = unitData.liangWeighs;
/** by tenths word (成, 折), the characters after it that make another word with it (成为, 折扣) */
export const TENTHS_NOT_BEFORE: ReadonlyMap<string, UnitSet> =
  new Map(Object.entries(unitData.tenthsNotBefore).map(([word, chars]) => [word, new UnitSet(chars)]));
export const CURRENCY_AFTER = new WordTable<string>(Object.entries(currencyData.after));
export const CURRENCY_BEFORE = new WordTable<string>(Object.entries(currencyData.before));
/** words after 块 that keep it money rather than a count of pieces (100块以上) */
export const KUAI_MONEY_BEFORE: readonly string[] = currencyData.kuaiMoneyBefore;
export const SUBUNITS = currencyData.subunits as Record<string, number>;
export const HEDGE_BEFORE = new WordTable<Hedge>(Object.entries(qualifierData.before) as Array<[string, Hedge]>);
export const HEDGE_AFTER = new WordTable<Hedge>(Object.entries(qualifierData.after) as Array<[string, Hedge]>);
export const HEDGE_NOT_AFTER = qualifierData.notAfter as Record<string, string>;
export const HEDGE_NOT_BEFORE = qualifierData.notBefore as Record<string, string>;
export const TIME_UNITS = new WordTable<string>(exclusionData.timeUnits.map((t) => [t, t] as [string, string]));
export const EXCLUDED_WORDS: readonly string[] = exclusionData.words;
/** one-character words that only add a determiner before a numeral (这两点, 那三个) */
export const DETERMINERS = new UnitSet(exclusionData.determiners);
export const ORDINAL_WORDS = new WordTable<number>(Object.entries(exclusionData.ordinalWords));

export { isLatin };

/** ISO 4217 code of a currency word, resolving region-dependent ones (元, $). */
export function currencyCode(code: string, region: Region): string {
  if (code === '@region') return (currencyData.regionDefault as Record<string, string>)[region] ?? 'CNY';
  if (code === '@dollar') return (currencyData.dollarByRegion as Record<string, string>)[region] ?? 'USD';
  return code;
}
