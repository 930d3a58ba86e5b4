import classifierData from '../../../data/quantities/classifiers.json';
import currencyData from '../../../data/quantities/currencies.json';
import unitData from '../../../data/quantities/units.json';
import qualifierData from '../../../data/quantities/qualifiers.json';
import exclusionData from '../../../data/quantities/exclusions.json';
import type { Region } from '../../schema/result.js';
import { UnitSet } from '../../text/chars.js';

export type Bound = 'lt' | 'le' | 'gt' | 'ge';
export type Hedge = Bound | 'approx';

/** A word of a table with what it stands for; lookups hand out these shared, read-only entries. */
export interface WordMatch<V> { readonly word: string; readonly value: V }

/** Words matched at a position, longest first. */
export class WordTable<V> {
  /** by first UTF-16 unit: a lookup makes no one-character string */
  private readonly byFirst = new Map<number, Array<WordMatch<V>>>();
  /** the units words start with: most positions are turned away without a map lookup */
  private readonly first = new UnitSet();
  /** the units words end with: most places are turned away before looking for a word ending there */
  private readonly last = new UnitSet();
  constructor(entries: Iterable<[string, V]>) {
    for (const [w, v] of entries) {
      if (!w) continue;
      const list = this.byFirst.get(w.charCodeAt(0)) ?? [];
      list.push({ word: w, value: v });
      this.byFirst.set(w.charCodeAt(0), list);
      this.first.add(w.charCodeAt(0));
      this.last.add(w.charCodeAt(w.length - 1));
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }
  /** the longest word starting at `at` */
  matchAt(text: string, at: number): WordMatch<V> | null {
    const code = text.charCodeAt(at);
    if (!this.first.has(code)) return null;
    for (const m of this.byFirst.get(code)!) if (text.startsWith(m.word, at)) return m;
    return null;
  }
  /** whether some word may end exactly at `end` (its last character is one a word ends with) */
  mayEndAt(text: string, end: number): boolean {
    return this.last.has(text.charCodeAt(end - 1));
  }
  /** the longest word ending exactly at `end`, at most `maxLen` long */
  longestEndingAt(text: string, end: number, maxLen = 6): WordMatch<V> | null {
    for (let len = Math.min(maxLen, end); len >= 1; len--) {
      const m = this.matchAt(text, end - len);
      if (m && m.word.length === len) return m;
    }
    return null;
  }
}



const isLatin = (w: string): boolean => /^[A-Za-z$€£¥￥₩°μ'"]/.test(w);

export const CLASSIFIERS = new WordTable<string>(classifierData.classifiers.map((c) => [c, c] as [string, string]));
export const UNITS = new WordTable<string>(Object.entries(unitData.units));
export const PREFIX_UNITS = new WordTable<string>(Object.entries(unitData.prefixUnits));
export const PREFIX_UNIT_SUFFIX = new WordTable<string>(unitData.prefixUnitSuffix.map((s) => [s, s] as [string, string]));
export const CURRENCY_AFTER = new WordTable<string>(Object.entries(currencyData.after));
export const CURRENCY_BEFORE = new WordTable<string>(Object.entries(currencyData.before));
export const SUBUNITS = currencyData.subunits as Record<string, number>;
export const HEDGE_BEFORE = new WordTable<Hedge>(Object.entries(qualifierData.before) as Array<[string, Hedge]>);
export const HEDGE_AFTER = new WordTable<Hedge>(Object.entries(qualifierData.after) as Array<[string, Hedge]>);
export const HEDGE_NOT_AFTER = qualifierData.notAfter as Record<string, string>;
export const HEDGE_NOT_BEFORE = qualifierData.notBefore as Record<string, string>;
export const TIME_UNITS = new WordTable<string>(exclusionData.timeUnits.map((t) => [t, t] as [string, string]));
export const EXCLUDED_WORDS: readonly string[] = exclusionData.words;
export const ORDINAL_WORDS = new WordTable<number>(Object.entries(exclusionData.ordinalWords));

export { isLatin };

/** ISO 4217 code of a currency word, resolving region-dependent ones (元, $). */
export function currencyCode(code: string, region: Region): string {
  if (code === '@region') return (currencyData.regionDefault as Record<string, string>)[region] ?? 'CNY';
  if (code === '@dollar') return (currencyData.dollarByRegion as Record<string, string>)[region] ?? 'USD';
  return code;
}
