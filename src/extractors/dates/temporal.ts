import type { ExtractContext } from '../../extractor.js';
import { addDays, addMonths, fmtDate, fmtMonth, fmtYear, instant, nthWeekday } from './calendar.js';
import { WEEKDAY } from './atoms.js';
import { CHAIN_STARTS, readBareRangeStart, readChain, readModifier, readRangeEnd, type Chain } from './chains.js';
import { applyModifier } from './modifiers.js';
import { CN_NUMERAL_CLASS, parseNumeral } from '../numbers/index.js';
import { hasDateFields, resolveFields, type ResolveEnv, type Resolved } from './resolve.js';
import { UnitSet } from '../../text/chars.js';
import { tenseAt } from './tense.js';

/** A temporal expression found in the working text, with its resolved value. */
export interface Hit { start: number; end: number; resolved: Resolved; chain?: Chain }

/** words read with the expression after them (从, 由, 约, 大约, 大概): see readAt */
const LEADS = '从由约大';
const [FROM, BY, ABOUT, BIG] = [...LEADS].map((c) => c.charCodeAt(0));
/**
 * Where the scan reads (it asks at every position of the text): a lead word, or a unit a chain
 * may begin with, as the chain patterns' own start tables say (every unit when they cannot tell).
 */
const SCAN_UNITS = new UnitSet(LEADS);
for (const u of CHAIN_STARTS.units ?? Array.from({ length: 0x10000 }, (_, k) => k)) SCAN_UNITS.add(u);

const NTH_WEEKDAY = /的?(?:第([一二三四五1-5])|最后一)个?(?:星期|礼拜|周)([一二三四五六日天1-7])/y;

const FIRST_MONTHS = new RegExp(`前([${CN_NUMERAL_CLASS}]{1,2}|\\d{1,2})(?:个)?(月|季度?)`, 'y');

/** Scan the working text for chains of atoms, ranges and modifiers, resolving each in text order. */
export function scanTemporal(ctx: ExtractContext, envBase: Omit<ResolveEnv, "tense" | "lastDay" | "lastYear">, onHit: (h: Hit) => void, stateOf: () => Pick<ResolveEnv, 'lastDay' | 'lastYear'>): void {
  const text = ctx.text;
  for (let i = 0; i < text.length; i++) {
    if (!SCAN_UNITS.has(text.charCodeAt(i))) continue;
    const hit = readAt(ctx, i, envBase, stateOf);
    if (!hit) continue;
    onHit(hit);
    i = hit.end - 1;
  }
}

function readAt(ctx: ExtractContext, at: number, envBase: Omit<ResolveEnv, "tense" | "lastDay" | "lastYear">, stateOf: () => Pick<ResolveEnv, 'lastDay' | 'lastYear'>): Hit | null {
  const text = ctx.text;
  let start = at;
  // 从/由 and 约/大约 are read with what follows them, kept only when they belong to it
  let lead: '从' | '约' | null = null;
  const c = text.charCodeAt(at);
  if (c === FROM || c === BY) { lead = '从'; start = at + 1; }
  else if (c === BIG && (text.startsWith('大约', at) || text.startsWith('大概', at))) { lead = '约'; start = at + 2; }
  else if (c === ABOUT) { lead = '约'; start = at + 1; }
  if (!CHAIN_STARTS.mayStartAt(text, start)) return null;
  const chain = readBareRangeStart(text, start) ?? readChain(text, start);
  if (!chain) return null;
  const state = stateOf();
  const env: ResolveEnv = { ref: envBase.ref, region: envBase.region, lastDay: state.lastDay, lastYear: state.lastYear, tense: tenseAt(ctx, chain.start, chain.end) };
  let resolved = resolveFields(chain.fields, env);
  if (!resolved) return null;
  let end = chain.end;
  let from = chain.start;

  // a range: 12月28日至30日, 2026年至2027年, 下午五点到六点
  const rangeEnd = readRangeEnd(text, chain);
  if (rangeEnd) {
    const a0 = chain.fields, b0 = rangeEnd.fields;
    // a year-less span of months (1-5月) is reported, not announced, unless the clause says otherwise
    if (!resolved.yearKnown && env.tense !== 'future' && env.ref && a0.m !== undefined && a0.d === undefined) {
      env.tense = 'past';
      resolved = resolveFields(a0, env) ?? resolved;
    }
    // 3点 - 5点PM: the first end takes the second's PM
    if (a0.hh !== undefined && b0.hh !== undefined && !a0.ampm && !a0.pod && b0.ampm === 'pm' && a0.hh < 12 && a0.hh <= b0.hh) {
      resolved = resolveFields({ ...a0, ampm: 'pm' }, env) ?? resolved;
    }
    let second = resolveFields(b0, env);
    // 晚上11点 ~ 凌晨2点: a clock time earlier than the start is on the next day
    if (second && env.ref && !hasDateFields(b0) && second.value.start && resolved.value.start && second.value.start < resolved.value.start) {
      const next = addDays({ y: env.ref.year, m: env.ref.month, d: env.ref.day }, 1);
      second = resolveFields(b0, { ...env, ref: { ...env.ref, year: next.y, month: next.m, day: next.d } }) ?? second;
    }
    if (second) {
      const a = resolved.value, b = second.value;
      resolved = {
        ...resolved,
        days: resolved.days && second.days ? [resolved.days[0], second.days[1]] : undefined,
        value: { timex: `${a.timex}/${b.timex}`, ...(a.start && b.end ? { start: a.start, end: b.end } : {}) },
      };
      end = rangeEnd.chain.end;
      if (lead === '从') from = at;
      return { start: from, end, resolved, chain };
    }
  }
  if (chain.atoms.length === 0) return null; // a bare number that opened no range

  // 今年前11个月, 2025年前三季度: the first months or quarters of a year
  const lastAtom = chain.atoms[chain.atoms.length - 1]!;
  if (lastAtom.t === 'Y' && resolved.grain === 'year' && resolved.days) {
    FIRST_MONTHS.lastIndex = end;
    const m = FIRST_MONTHS.exec(text);
    const n = m ? parseNumeral(m[1]!) : null;
    if (m && n) {
      const y = resolved.days[0].y;
      const months = m[2] === '月' ? n : n * 3;
      if (months >= 1 && months <= 12) {
        const endMonth = addMonths(y, months, 1);
        const timex = m[2] === '月' ? `${fmtMonth(y, 1)}/${fmtMonth(y, months)}` : `${fmtYear(y)}-Q1/${fmtYear(y)}-Q${n}`;
        return { start: from, end: end + m[0].length, chain, resolved: { ...resolved, grain: 'month', value: { timex, start: instant({ y, m: 1, d: 1 }), end: instant({ y: endMonth.y, m: endMonth.m, d: 1 }) } } };
      }
    }
  }

  // 十月第一个星期一, 11月的最后一个星期四: a weekday counted within the month
  if (lastAtom.t === 'M' && resolved.grain === 'month' && resolved.days) {
    NTH_WEEKDAY.lastIndex = end;
    const m = NTH_WEEKDAY.exec(text);
    const day = m ? nthWeekday(resolved.days[0].y, resolved.days[0].m, m[1] ? parseNumeral(m[1])! : -1, WEEKDAY[m[2]!]!) : null;
    if (m && day) {
      const next = addDays(day, 1);
      return { start: from, end: end + m[0].length, chain, resolved: { ...resolved, grain: 'day', days: [day, day], value: { timex: fmtDate(day), start: instant(day), end: instant(next) } } };
    }
  }

  const mod = readModifier(text, chain);
  if (mod) { resolved = applyModifier(resolved, mod); end = mod.end; }
  else if (lead === '约') { resolved = { ...resolved, value: { timex: resolved.value.timex, mod: 'APPROX' } }; from = at; }
  return { start: from, end, resolved, chain };
}


