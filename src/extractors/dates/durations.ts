import type { TimexValue } from '../../schema/mention.js';
import { CN_NUMERAL_CLASS, parseNumeral, readNumeral } from '../numbers/index.js';
import { DURATION_PREFIXES } from './lexicon.js';

/**
 * Durations (ISO 8601: P30D, PT48H, P2Y3M, PXM) and sets (每週一 XXXX-WXX-1, 每年 P1Y).
 * Time units are always durations here, never counts or dimensions.
 */
const CN = CN_NUMERAL_CLASS;
const AMOUNT = `(?:\\d{1,6}(?:\\.\\d{1,3})?|[${CN}]{1,3}点[${CN}]{1,2}(?=分钟|小时|个小时|天|年)|[${CN}]{1,6}|数十|数百|几十|十几|[数几])`;
// a unit word and what it is in ISO 8601
const UNITS: Array<[string, string, boolean]> = [
  // [pattern, designator, time part]
  ['世纪', 'CE', false], ['年', 'Y', false], ['岁', 'Y', false], ['个季度', 'Q', false], ['个月', 'M', false],
  ['个?星期', 'W', false], ['个?礼拜', 'W', false], ['周', 'W', false], ['天', 'D', false],
  ['个?小时', 'H', true], ['个?钟头', 'H', true], ['个钟', 'H', true], ['分钟', 'M', true],
  [`分(?=零?(?:\\d{1,2}|[${CN_NUMERAL_CLASS}]{1,3})秒)`, 'M', true], ['秒钟?', 'S', true], ['月', 'M', false],
];
// the unit words as matched (a lookahead only guards 分)
const UNIT_EXACT = UNITS.map(([re, d, t]) => ({ re: new RegExp(`^(?:${re.startsWith('分(') ? '分' : re})$`), d, t }));
const UNIT_ALT = UNITS.map((u) => u[0]).join('|');
const PART = `(${AMOUNT}) ?(?:个)?(${UNIT_ALT})(半)?`;
const PREFIX = `(${DURATION_PREFIXES.join('|')})?`;
const SUFFIX = '(之内|以内|内|多)?';
export const DURATION = new RegExp(`${PREFIX}(?:${PART}(?:零?${PART})?|(半)(?:个)?(年|个月|天|个?小时|个钟|分钟|个世纪)|(个半|分半)(钟|小时)?|(${AMOUNT})日(?=之内|以内|内)|(${AMOUNT})个半(小时|钟头|钟|月)|(${AMOUNT})分半钟?)${SUFFIX}`, 'g');
/** The prefix (接下来的, 最近: the first group) and the suffix (之内, 多: the last) of a DURATION match, '' where none. */
export const durationPrefixOf = (m: RegExpExecArray): string => m[1] ?? '';
export const durationSuffixOf = (m: RegExpExecArray): string => m[m.length - 1] ?? '';

/** Read one duration match into an ISO 8601 duration; null when it is not one. */
export function durationValue(m: RegExpExecArray): TimexValue | null {
  const parts: Array<{ n: number | null; d: string; t: boolean }> = [];
  const push = (amount: string | undefined, unit: string | undefined, half: string | undefined) => {
    if (!amount || !unit) return true;
    const u = UNIT_EXACT.find((x) => x.re.test(unit));
    // 3月 is March; only 数月 (some months) is a duration without 个
    if (!u || (unit === '月' && amount !== '数' && !m[0].includes('个月'))) return false;
    // 七八年 / 三四天: "seven or eight", an approximate amount
    let n: number | null = /^[数几]$/.test(amount) || /^(?:数十|数百|几十|十几)$/.test(amount) ? null : exactAmount(amount);
    if (n !== null && half) n += 0.5;
    // 数十年: some decades; 数百年: some centuries
    if (n === null && /^(?:数十|几十)$/.test(amount) && u.d === 'Y') { parts.push({ n: null, d: 'DE', t: false }); return true; }
    if (n === null && amount === '数百' && u.d === 'Y') { parts.push({ n: null, d: 'CE', t: false }); return true; }
    parts.push({ n, d: u.d, t: u.t });
    return true;
  };
  if (!push(m[2], m[3], m[4]) || !push(m[5], m[6], m[7])) return null;
  if (m[8]) parts.push({ n: 0.5, d: m[9] === '年' ? 'Y' : m[9] === '个月' ? 'M' : m[9] === '天' ? 'D' : m[9] === '分钟' ? 'S30' : m[9] === '个世纪' ? 'CE' : 'H', t: !['年', '个月', '天', '个世纪'].includes(m[9]!) });
  if (m[10]) parts.push(m[10] === '分半' ? { n: 90, d: 'S', t: true } : { n: 1.5, d: 'H', t: true });
  if (m[12]) { const n = parseNumeral(m[12]); parts.push({ n, d: 'D', t: false }); }
  if (m[15]) { const n = parseNumeral(m[15]); parts.push({ n: n === null ? null : n * 60 + 30, d: 'S', t: true }); }
  if (m[13]) { const n = parseNumeral(m[13]); parts.push({ n: n === null ? null : n + 0.5, d: m[14] === '月' ? 'M' : 'H', t: m[14] !== '月' }); }
  if (!parts.length) return null;
  return { timex: isoDuration(parts) };
}

function isoDuration(parts: Array<{ n: number | null; d: string; t: boolean }>): string {
  let date = '', time = '';
  for (const p of parts) {
    let { n, d } = p;
    if (d === 'S30') { n = 30; d = 'S'; }
    // half units become whole smaller units: P6M, PT30M, PT12H
    if (n !== null && !Number.isInteger(n)) {
      if (d === 'Y' && Number.isInteger(n * 12)) { n = n * 12; d = 'M'; }
      else if (d === 'M' && !p.t && Number.isInteger(n * 30)) { n = n * 30; d = 'D'; }
      else if (d === 'D' && Number.isInteger(n * 24)) { n = n * 24; d = 'H'; p.t = true; }
      else if (d === 'H' && Number.isInteger(n * 60)) { n = n * 60; d = 'M'; }
      else if (d === 'M' && p.t && Number.isInteger(n * 60)) { n = n * 60; d = 'S'; }
    }
    if (d === 'Q') { n = n === null ? null : n * 3; d = 'M'; }
    const s = `${n === null ? 'X' : n}${d}`;
    if (p.t) time += s; else date += s;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

export const SET = new RegExp(
  `每(?:个)?(?:(?:周|星期|礼拜)([一二三四五六日天])|(年|月|季度|周|星期|礼拜|天|日|小时|分钟)(?![${CN}\\d]{1,2}[日号月])|年(\\d{1,2}|[${CN}]{1,3})月(?:(\\d{1,2}|[${CN}]{1,3})[日号])?|月(\\d{1,2}|[${CN}]{1,3})[日号]|隔?(\\d{1,2}|[${CN}]{1,3})个?(年|月|周|天|小时))`, 'g');
const SET_UNIT: Record<string, string> = { 年: 'P1Y', 月: 'P1M', 季度: 'P3M', 周: 'P1W', 星期: 'P1W', 礼拜: 'P1W', 天: 'P1D', 日: 'P1D', 小时: 'PT1H', 分钟: 'PT1M' };
const WD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

export function setValue(m: RegExpExecArray): TimexValue | null {
  const two = (s: string | undefined) => { const n = s === undefined ? null : parseNumeral(s); return n === null ? null : String(n).padStart(2, '0'); };
  if (m[1]) return { timex: `XXXX-WXX-${WD[m[1]]}` };
  if (m[2]) return { timex: SET_UNIT[m[2]]! };
  if (m[3]) { const mo = two(m[3]); if (!mo || +mo > 12) return null; const d = m[4] ? two(m[4]) : null; return { timex: d ? `XXXX-${mo}-${d}` : `XXXX-${mo}` }; }
  if (m[5]) { const d = two(m[5]); return d && +d <= 31 ? { timex: `XXXX-XX-${d}` } : null; }
  if (m[6]) {
    const n = parseNumeral(m[6]);
    if (n === null) return null;
    const u = m[7]!;
    return { timex: u === '小时' ? `PT${n}H` : `P${n}${u === '年' ? 'Y' : u === '月' ? 'M' : u === '周' ? 'W' : 'D'}` };
  }
  return null;
}

/** The number of an amount, or null for an approximate one (七八年, 十七八天: seven or eight). */
function exactAmount(s: string): number | null {
  const r = readNumeral(s);
  return r === null || r.max !== undefined || r.vague ? null : r.value;
}
