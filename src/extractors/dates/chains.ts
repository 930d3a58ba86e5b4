import { atomAt, FIRST_ATOM_STARTS, RANK, SHORT_POD_BEFORE_CLOCK, shortPodBeforeClock, type Located } from './atoms.js';
import { CN_NUMERAL_CLASS, isNumberPartCode, parseNumeral } from '../numbers/index.js';
import { mergeAtoms, type Fields } from './resolve.js';
import { StartGate, startsOf } from '../../text/starts.js';

/** A run of adjacent atoms, each finer than the one before (2026年 4月, 12月29日晚, 明天下午3点). */
export interface Chain { start: number; end: number; atoms: Located[]; fields: Fields }

const MAX_ATOMS = 8;

function fits(prev: Located, next: Located): boolean {
  if (prev.t === 'CEN') return next.t === 'DEC';
  if (prev.t === 'D' && prev.pod) return next.t === 'T';
  if ((prev.t === 'Q' || prev.t === 'H') && next.t !== 'P' && next.t !== 'T') return false;
  if (prev.t === 'HOL' && next.t !== 'P' && next.t !== 'T') return false;
  if (prev.t === 'W' && (prev.wd ? next.t !== 'P' && next.t !== 'T' : next.t !== 'WD' && next.t !== 'P' && next.t !== 'T')) return false;
  if (next.t === 'HOL' && prev.t !== 'Y') return false;
  if (next.t === 'WD' && prev.t !== 'W') return false;
  // 周日, 二月十号: a weekday, then the date it names
  if (prev.t === 'WD' && (next.t === 'M' || (next.t === 'D' && next.m !== undefined))) return true;
  return RANK[next.t] > RANK[prev.t];
}

const POINTS_BEFORE = /[涨跌升降高低上下增减赢输胜负比第为达]/;

/** Drop readings that are not times: 一点 / 两点 as "points", 一时, index points (涨10点). */
function plausible(atoms: Located[], text: string, inRange: boolean): boolean {
  const t = atoms.find((a) => a.t === 'T');
  // an hour written with 点 was already read by the shared rule for 点 (readDian); 时 is checked here
  if (t && t.t === 'T' && atoms.length === 1 && !text.slice(t.start, t.end).includes('点')) {
    if (t.chinese && t.mi === undefined && !inRange && !/[约于至到]$/.test(text.slice(Math.max(0, t.start - 1), t.start))) return false;
    if (POINTS_BEFORE.test(text[t.start - 1] ?? '')) return false;
    if (/^[多余几]/.test(text.slice(t.end, t.end + 1))) return false;
  }
  const first = atoms[0]!;
  // a lone N号 is often an address or a name (2号大街, 长安8号): keep it where a date is expected
  if (atoms.length === 1 && first.t === 'D' && first.d !== undefined && text[first.end - 1] === '号') {
    const before = text[first.start - 1] ?? '', after = text[first.end] ?? '';
    if (!(/[于在到至从是及和与、,;:(\s]/.test(before) || /^[前后起晚早上下至到,;。]/.test(after))) return false;
  }
  if (first.t === 'Y' && 'needsMonth' in first && first.needsMonth && atoms[1]?.t !== 'M') return false;
  // a month or a day alone written with 一 is usually a numeral phrase (一月 is fine, 一日 rarely a date)
  if (atoms.length === 1 && first.t === 'D' && first.d !== undefined && /^[一两]日/.test(text.slice(first.start, first.end))) return false;
  return true;
}

/** The chain that starts at `at`, or null. */
export function readChain(text: string, at: number, inRange = false): Chain | null {
  const first = atomAt(text, at) ?? shortPodBeforeClock(text, at);
  if (!first) return null;
  const atoms: Located[] = [first];
  let end = first.end;
  while (atoms.length < MAX_ATOMS) {
    const last = atoms[atoms.length - 1]!;
    // one space may part two atoms; a comma only a year or weekday from the date (二〇一六年, 九月三号)
    let k = text[end] === ' ' ? end + 1 : end;
    if (text[end] === ',' && (last.t === 'Y' || last.t === 'WD' || (last.t === 'W' && last.wd))) k = text[end + 1] === ' ' ? end + 2 : end + 1;
    const next = atomAt(text, k, last) ?? shortPodBeforeClock(text, k);
    if (!next || !fits(last, next)) break;
    if (text[end] === ',' && !(next.t === 'M' || (next.t === 'D' && next.m !== undefined))) break;
    atoms.push(next);
    end = next.end;
  }
  if (!plausible(atoms, text, inRange)) {
    // the first atom alone may be wrong (一点 before 五十分?) — let the caller move on
    return null;
  }
  return { start: at, end, atoms, fields: mergeAtoms(atoms) };
}

export type Mod = 'BEFORE' | 'AFTER' | 'ON_OR_AFTER' | 'START' | 'MID' | 'END' | 'APPROX';
export interface Modifier { end: number; mod?: Mod; period?: boolean; tenDays?: 1 | 2 | 3 }

const SUFFIXES: Array<{ re: RegExp; when: (c: Chain) => boolean; make: (m: RegExpExecArray) => Omit<Modifier, 'end'> }> = [
  { re: /([上中下])旬/y, when: (c) => last(c) === 'M', make: (m) => ({ mod: m[1] === '上' ? 'START' : m[1] === '中' ? 'MID' : 'END', tenDays: m[1] === '上' ? 1 : m[1] === '中' ? 2 : 3 }) },
  { re: /初(?![一二三四五六七八九十])/y, when: (c) => last(c) === 'Y' || last(c) === 'M', make: () => ({ mod: 'START' }) },
  { re: /中(?=[,.;:!?、的，。]|$)/y, when: (c) => last(c) === 'Y' || last(c) === 'M', make: () => ({ mod: 'MID' }) },
  { re: /(?:底|末|尾|终)(?![端稍])/y, when: (c) => last(c) === 'Y' || last(c) === 'M', make: () => ({ mod: 'END' }) },
  { re: /(?:[一二三四五六七八九十两\d]{1,2}天)?(?:假期|长假|连假|小长假|黄金周)|期间/y, when: (c) => last(c) === 'HOL', make: () => ({ period: true }) },
  { re: /前夕/y, when: () => true, make: () => ({ mod: 'BEFORE' }) },
  { re: /(?:之|以)?前(?![往进来去者所线提台任景途身锋沿方面列后几两三些])/y, when: () => true, make: () => ({ mod: 'BEFORE' }) },
  { re: /(?:之|以)?后(?![来者续面果台端方勤卫援备期盾悔生代])/y, when: () => true, make: () => ({ mod: 'AFTER' }) },
  { re: /以来/y, when: () => true, make: () => ({ mod: 'ON_OR_AFTER' }) },
  { re: /起(?![来草诉义飞步源因码点身初])/y, when: (c) => last(c) !== 'Y' || c.atoms.length > 1, make: () => ({ mod: 'ON_OR_AFTER' }) },
  { re: /左右|前后/y, when: () => true, make: () => ({ mod: 'APPROX' }) },
];
const last = (c: Chain) => c.atoms[c.atoms.length - 1]!.t;
/** where each suffix may begin: most chains are followed by none */
const SUFFIX_STARTS = SUFFIXES.map((s) => startsOf(s.re));
const ANY_SUFFIX = new StartGate(SUFFIX_STARTS);
const SUFFIX_GATES = SUFFIX_STARTS.map((starts) => new StartGate([starts]));

/** A modifier written right after a chain: 中旬, 底, 前, 以来, 期间 … */
export function readModifier(text: string, c: Chain): Modifier | null {
  if (!ANY_SUFFIX.mayStartAt(text, c.end)) return null;
  for (let k = 0; k < SUFFIXES.length; k++) {
    const s = SUFFIXES[k]!;
    if (!SUFFIX_GATES[k]!.mayStartAt(text, c.end) || !s.when(c)) continue;
    s.re.lastIndex = c.end;
    const m = s.re.exec(text);
    if (m) return { end: c.end + m[0].length, ...s.make(m) };
  }
  return null;
}

const CONNECTOR = /\s?(?:至|到|-|~|～|—|–|－|−)\s?/y;
const CONNECTOR_STARTS = new StartGate([startsOf(CONNECTOR)]);
const LEVELS: Array<Array<keyof Fields>> = [
  ['century', 'decade', 'shortDecade'], ['y', 'relY', 'yAnaphor'], ['q', 'half'], ['m', 'relM', 'lunar', 'relW', 'weekend'],
  ['d', 'relD', 'dAnaphor', 'wd', 'hol'], ['pod'], ['hh', 'mi', 'ss', 'ampm'],
];
const levelOf = (f: Fields) => LEVELS.findIndex((keys) => keys.some((k) => f[k] !== undefined));

/** The second end of a range inherits what it leaves out from the first (12月28日至30日). */
export function inherit(a: Fields, b: Fields): Fields {
  const top = levelOf(b);
  const out: Fields = { ...b };
  for (let i = 0; i < top; i++) for (const k of LEVELS[i]!) if (a[k] !== undefined && out[k] === undefined) (out as Record<string, unknown>)[k] = a[k];
  return out;
}

export interface RangeEnd { chain: Chain; fields: Fields }
/** A second chain after 至 / 到 / - that reads as the end of a range starting with `a`. */
export function readRangeEnd(text: string, a: Chain): RangeEnd | null {
  if (!CONNECTOR_STARTS.mayStartAt(text, a.end)) return null;
  CONNECTOR.lastIndex = a.end;
  const m = CONNECTOR.exec(text);
  if (!m) return null;
  const at = a.end + m[0].length;
  let b = readChain(text, at, true);
  // 从2016到2018: two bare years
  if (!b && a.atoms.length === 1 && a.atoms[0]!.t === 'Y' && !text.slice(a.start, a.end).includes('年')) {
    const y = /^(\d{4})(?![\d年])/.exec(text.slice(at, at + 5));
    if (y && +y[1]! >= 1000 && +y[1]! <= 2999) b = { start: at, end: at + 4, atoms: [{ t: 'Y', y: +y[1]!, start: at, end: at + 4 }], fields: { y: +y[1]! } };
  }
  if (!b) return null;
  // the ends must be of the same finest grain (2026年至2027年, 28日至30日, 5点到6点)
  const fine = (f: Fields) => LEVELS.length - 1 - [...LEVELS].reverse().findIndex((keys) => keys.some((k) => f[k] !== undefined));
  if (fine(a.fields) !== fine(b.fields) && !(fine(a.fields) >= 4 && fine(b.fields) >= 4)) return null;
  const fields = inherit(a.fields, b.fields);
  // 晚上10点-2点: a smaller hour after an evening hour is past midnight, not 14:00
  if (b.fields.pod === undefined && fields.pod && a.fields.hh !== undefined && b.fields.hh !== undefined && b.fields.hh < a.fields.hh) delete fields.pod;
  return { chain: b, fields };
}

const CN = CN_NUMERAL_CLASS;
const BARE_START = new RegExp(`(\\d{1,4}|[${CN}]{1,3})(?=\\s?(?:至|到|-|~|～|—|–|－|−))`, 'y');
const BARE_STARTS = startsOf(BARE_START);
/** every pattern read after or before a chain, for tests of where their matches begin */
export const CHAIN_PATTERNS: readonly RegExp[] = [BARE_START, CONNECTOR, ...SUFFIXES.map((s) => s.re)];
/** Where readBareRangeStart or readChain may find something: most positions are a sure no. */
export const CHAIN_STARTS = new StartGate([...FIRST_ATOM_STARTS, BARE_STARTS], SHORT_POD_BEFORE_CLOCK);
const BARE_GATE = new StartGate([BARE_STARTS]);
/** A bare number opening a range whose other end names the unit: 2015～2017年, 1－5月, 从2016到2018. */
export function readBareRangeStart(text: string, at: number): Chain | null {
  if (!BARE_GATE.mayStartAt(text, at)) return null;
  if (isNumberPartCode(text.charCodeAt(at - 1))) return null;
  BARE_START.lastIndex = at;
  const m = BARE_START.exec(text);
  if (!m) return null;
  const n = parseNumeral(m[1]!);
  if (n === null) return null;
  const probe: Chain = { start: at, end: at + m[0].length, atoms: [], fields: {} };
  CONNECTOR.lastIndex = probe.end;
  const c = CONNECTOR.exec(text);
  if (!c) return null;
  const b = readChain(text, probe.end + c[0].length, true);
  const head = b?.atoms[0];
  let fields: Fields | null = null;
  let atom: Located | null = null;
  if (head?.t === 'Y' && head.y !== undefined && n >= 1000 && n <= 2999) { fields = { y: n }; atom = { t: 'Y', y: n, start: at, end: probe.end }; }
  else if (head?.t === 'M' && head.m !== undefined && n >= 1 && n <= 12 && n < head.m) { fields = { m: n }; atom = { t: 'M', m: n, start: at, end: probe.end }; }
  else if (head?.t === 'D' && head.d !== undefined && b!.atoms.length === 1 && n >= 1 && n < head.d) { fields = { d: n }; atom = { t: 'D', d: n, start: at, end: probe.end }; }
  if (!b && /^\d{4}$/.test(m[1]!) && n >= 1000 && n <= 2999 && /[从由]/.test(text[at - 1] ?? '') && /^\d{4}(?![\d年])/.test(text.slice(probe.end + c[0].length, probe.end + c[0].length + 5))) {
    fields = { y: n }; atom = { t: 'Y', y: n, start: at, end: probe.end };
  }
  if (!fields || !atom) return null;
  return { start: at, end: probe.end, atoms: [atom], fields };
}
