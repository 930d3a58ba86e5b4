import { CN_NUMERAL_CLASS, isCnNumeralClassCode, parseNumeral, readDian, slashIsDate } from '../numbers/index.js';
import { StartGate, startsOf, type Starts } from '../../text/starts.js';
import { codeAt, isAsciiDigitCode, UnitSet } from '../../text/chars.js';
import { HOLIDAY_NAMES, REIGN_ERAS, REIGN_NAMES } from './lexicon.js';

/**
 * The smallest temporal pieces (a year, a month, a weekday, a part of day, a clock time …),
 * found by sticky patterns at a position. Chains of adjacent atoms form one expression.
 */
export type Pod = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
export type Atom =
  | { t: 'Y'; y?: number; relY?: number; anaphor?: 'same' | 'next' | 'prev'; needsMonth?: boolean }
  | { t: 'DEC'; decade: number }
  | { t: 'CEN'; century: number }
  | { t: 'Q'; q: number }
  | { t: 'H'; half: number }
  | { t: 'M'; m?: number; relM?: number; lunar?: boolean }
  | { t: 'W'; relW: number; weekend?: boolean; wd?: number }
  | { t: 'WD'; wd: number }
  | { t: 'D'; d?: number; relD?: number; y?: number; m?: number; anaphor?: boolean; lunar?: boolean; pod?: Pod }
  | { t: 'P'; pod: Pod; word: string }
  | { t: 'T'; hh: number; mi?: number; ss?: number; chinese: boolean; ampm?: 'am' | 'pm' }
  | { t: 'HOL'; name: string };
export type Located<A = Atom> = A & { start: number; end: number };

/** grain rank: an atom may follow only atoms of a coarser rank */
export const RANK: Record<Atom['t'], number> = { CEN: 0, DEC: 0, Y: 1, Q: 2, H: 2, M: 3, W: 3, WD: 4, D: 4, HOL: 4, P: 5, T: 6 };

const CN = CN_NUMERAL_CLASS;
const N2 = `(\\d{1,2}|[${CN}]{1,3})`;
// month and day names never use 两 (两月 is two months, not February)
const MD = `(\\d{1,2}|[〇零一二三四五六七八九十廿卅]{1,3})`;
/** the value of a numeral; up to four ASCII digits are read directly (parseNumeral reads them alike) */
function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (s.length > 4) return parseNumeral(s);
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return parseNumeral(s);
    n = n * 10 + d;
  }
  return s.length ? n : parseNumeral(s);
}
const twoDigitYear = (n: number) => (n < 50 ? 2000 + n : 1900 + n);

const POD_WORDS: Record<string, Pod> = {
  凌晨: 'MO', 清晨: 'MO', 早晨: 'MO', 早上: 'MO', 早间: 'MO', 上午: 'MO', 朝早: 'MO', 一早: 'MO',
  中午: 'MI', 正午: 'MI', 午间: 'MI', 晌午: 'MI',
  下午: 'AF', 晏昼: 'AF', 下昼: 'AF', 午后: 'AF',
  傍晚: 'EV', 黄昏: 'EV', 晚上: 'EV', 晚间: 'EV', 晚头: 'EV', 夜晚: 'EV',
  深夜: 'NI', 半夜: 'NI', 午夜: 'NI', 夜间: 'NI', 夜里: 'NI', 子夜: 'NI',
};
const SHORT_POD: Record<string, Pod> = { 早: 'MO', 晚: 'EV', 夜: 'NI' };

const REL_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 明年: 1, 来年: 1, 去年: -1, 上年: -1, 前年: -2, 后年: 2, 大前年: -3, 大后年: 3 };
const ANAPHORIC_YEAR: Record<string, 'same' | 'next' | 'prev'> = { 同年: 'same', 当年度: 'same', 次年: 'next', 翌年: 'next', 隔年: 'next', 前一年: 'prev' };
const REL_MONTH: Record<string, number> = { 本月: 0, 这个月: 0, 这月: 0, 当月: 0, 今个月: 0, 上个月: -1, 上月: -1, 下个月: 1, 下月: 1, 次月: 1 };
const REL_DAY: Record<string, number> = {
  今天: 0, 今日: 0, 明天: 1, 明日: 1, 听日: 1, 后天: 2, 后日: 2, 大后天: 3, 大后日: 3,
  昨天: -1, 昨日: -1, 寻日: -1, 前天: -2, 前日: -2, 大前天: -3, 大前日: -3,
};
const ANAPHORIC_DAY: Record<string, number> = { 当天: 0, 当日: 0, 同日: 0, 同一天: 0, 次日: 1, 翌日: 1, 隔天: 1, 隔日: 1, 第二天: 1 };
const DAY_POD: Record<string, [number, Pod]> = {
  今晚: [0, 'EV'], 今夜: [0, 'NI'], 今早: [0, 'MO'], 今晨: [0, 'MO'], 今朝: [0, 'MO'],
  昨晚: [-1, 'EV'], 昨夜: [-1, 'NI'], 昨晨: [-1, 'MO'], 明晚: [1, 'EV'], 明早: [1, 'MO'], 明晨: [1, 'MO'], 听晚: [1, 'EV'],
};
const ANAPHORIC_DAY_POD: Record<string, Pod> = { 当晚: 'EV', 当夜: 'NI', 当天晚上: 'EV', 当天早上: 'MO', 当日晚间: 'EV' };
const REL_WEEK: Record<string, number> = {
  本周: 0, 这周: 0, 这一周: 0, 这个星期: 0, 这星期: 0, 这礼拜: 0, 这一礼拜: 0, 这个礼拜: 0, 今个星期: 0, 今个礼拜: 0, 今礼拜: 0, 今周: 0, 本星期: 0,
  上周: -1, 上个星期: -1, 上星期: -1, 上礼拜: -1, 上个礼拜: -1, 上一周: -1, 上一个周: -1, 上一个星期: -1, 上个周: -1, 上上周: -2,
  下周: 1, 下个星期: 1, 下星期: 1, 下礼拜: 1, 下个礼拜: 1, 下一周: 1, 下个周: 1, 下一个星期: 1, 下下周: 2,
};
/** weekday numbers (ISO, Monday 1) by the character that names them */
export const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

const keys = (o: object) => Object.keys(o).sort((a, b) => b.length - a.length).join('|');

interface Rule { re: RegExp; make(m: RegExpExecArray, text: string): Atom | null }
const rule = (src: string, make: Rule['make']): Rule => ({ re: new RegExp(src, 'y'), make });

/** Rules tried at every position; the longest atom wins. */
const RULES: Rule[] = [
  // full numeric dates: 2025-12-24, 2025/12/24, 2025.12.24
  rule('(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])', (m) => ({ t: 'D', y: +m[1]!, m: +m[3]!, d: +m[4]! })),
  // 3/3/15, 05/05/89 (month/day/year, as in Duckling)
  rule('(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/])', (m) => ({ t: 'D', y: m[3]!.length === 2 ? twoDigitYear(+m[3]!) : +m[3]!, m: +m[1]!, d: +m[2]! })),
  // 12/25, 10/1: a month and day where the shared slash rule does not read a fraction
  rule('(\\d{1,2})/(\\d{1,2})(?![\\d/])', (m, text) => (slashIsDate(text, m.index, m.index + m[1]!.length, m.index + m[0].length) ? { t: 'D', m: +m[1]!, d: +m[2]! } : null)),
  rule(`(\\d{4}|[〇零○一二三四五六七八九]{4})\\s?年`, (m) => ({ t: 'Y', y: num(m[1])! })),
  // 零八年, 九七年; 七八年 / 三四年 (seven or eight years) are counts, not years
  rule(`([〇零○一二九八][〇零○一二三四五六七八九])年`, (m) => {
    const a = num(m[1]![0]!)!, b = num(m[1]![1]!)!;
    return b === a + 1 ? null : { t: 'Y', y: twoDigitYear(a * 10 + b) };
  }),
  rule('([一二两]千[零〇一二三四五六七八九十]{1,4})年', (m) => { const n = num(m[1]); return n && n >= 1000 ? { t: 'Y', y: n } : null; }),
  rule('(\\d{2})年(?=\\d{1,2}月)', (m) => ({ t: 'Y', y: twoDigitYear(+m[1]!), needsMonth: true })),
  // reign years: 雍正十六年 = 1738, 令和7年 = 2025, 光绪元年 = 1875
  rule(`(${REIGN_NAMES})\\s?(元|\\d{1,2}|[${CN}]{1,3})\\s?年`, (m) => {
    const n = m[2] === '元' ? 1 : num(m[2]);
    const first = REIGN_ERAS[m[1]!];
    return n && first !== undefined && n <= 70 ? { t: 'Y', y: first + n - 1 } : null;
  }),
  // numeric dates with a two-digit year: 12-11-10 (year first), 3-7-27 (day first), 13.5.2015 (day.month.year)
  rule('(\\d{2})-(\\d{1,2})-(\\d{1,2})(?![\\d-])', (m) => dayOf(twoDigitYear(+m[1]!), +m[2]!, +m[3]!)),
  rule('(\\d)-(\\d{1,2})-(\\d{2})(?![\\d-])', (m) => dayOf(twoDigitYear(+m[3]!), +m[2]!, +m[1]!)),
  rule('(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])', (m) => dayOf(+m[3]!, +m[2]!, +m[1]!)),
  rule(`民国\\s?(\\d{1,3}|[${CN}]{1,4})\\s?年`, (m) => { const n = num(m[1]); return n ? { t: 'Y', y: 1911 + n } : null; }),
  rule(`(${keys(REL_YEAR)})`, (m) => ({ t: 'Y', relY: REL_YEAR[m[1]!] })),
  rule(`(${keys(ANAPHORIC_YEAR)})`, (m) => ({ t: 'Y', anaphor: ANAPHORIC_YEAR[m[1]!] })),
  // decades: 1990年代, 90年代, 二十世纪八十年代 is CEN + DEC
  rule('(\\d{2,4})\\s?年代', (m) => { const n = +m[1]!; if (n % 10) return null; return { t: 'DEC', decade: n >= 100 ? n / 10 : 190 + n / 10 }; }),
  rule(`([一二三四五六七八九]十)年代`, (m) => ({ t: 'DEC', decade: 190 + num(m[1])! / 10 })),
  rule(`(?:公元)?(\\d{1,2}|[${CN}]{1,3})\\s?世纪`, (m) => { const n = num(m[1]); return n && n <= 30 ? { t: 'CEN', century: n } : null; }),
  rule('上世纪', () => ({ t: 'CEN', century: 20 })),
  rule('本世纪', () => ({ t: 'CEN', century: 21 })),
  // quarters and halves
  // 第一季, 一季度, 首季; 四季 alone is the four seasons
  rule('第([一二三四1-4])季度?|([一二三四1-4])季度|首季度?', (m) => ({ t: 'Q', q: m[1] || m[2] ? num(m[1] ?? m[2])! : 1 })),
  rule('[Qq]([1-4])(?![\\dA-Za-z])', (m) => ({ t: 'Q', q: +m[1]! })),
  rule('([上下])半年', (m) => ({ t: 'H', half: m[1] === '上' ? 1 : 2 })),
  rule('[Hh]([12])(?![\\dA-Za-z])', (m) => ({ t: 'H', half: +m[1]! })),
  // months
  rule(`${MD}\\s?月份?(?![薪票饼球光亮台经刊嫂子])`, (m) => { const n = num(m[1]); return n && n <= 12 ? { t: 'M', m: n } : null; }),
  rule('(正|腊|冬)月', (m) => ({ t: 'M', m: m[1] === '正' ? 1 : m[1] === '腊' ? 12 : 11, lunar: true })),
  rule(`(${keys(REL_MONTH)})`, (m) => ({ t: 'M', relM: REL_MONTH[m[1]!] })),
  // weeks and weekdays
  rule(`(${keys(REL_WEEK)})(?:([一二三四五六日天1-7])(?![\\d年月日号])|(末))?`, (m) => ({ t: 'W', relW: REL_WEEK[m[1]!]!, ...(m[2] ? { wd: WEEKDAY[m[2]]! } : {}), ...(m[3] ? { weekend: true } : {}) })),
  rule('(?:星期|礼拜|周)([一二三四五六日天1-7])(?![\\d年])', (m) => ({ t: 'WD', wd: WEEKDAY[m[1]!]! })),
  // days
  rule(`${MD}\\s?(?:日(?![本报志常益元圆语文籍方军企媒资系均])|号(?![码称召线楼店机院舰位球门车]))`, (m) => { const n = num(m[1]); return n && n <= 31 ? { t: 'D', d: n } : null; }),
  rule('初([一二三四五六七八九十])(?![\\d一二三四五六七八九十])', (m) => ({ t: 'D', d: num(m[1])!, lunar: true })),
  rule(`(${keys(REL_DAY)})`, (m) => ({ t: 'D', relD: REL_DAY[m[1]!] })),
  rule(`(${keys(ANAPHORIC_DAY)})`, (m) => ({ t: 'D', relD: ANAPHORIC_DAY[m[1]!], anaphor: true })),
  rule(`(${keys(DAY_POD)})`, (m) => ({ t: 'D', relD: DAY_POD[m[1]!]![0], pod: DAY_POD[m[1]!]![1] })),
  rule(`(${keys(ANAPHORIC_DAY_POD)})`, (m) => ({ t: 'D', relD: 0, anaphor: true, pod: ANAPHORIC_DAY_POD[m[1]!] })),
  // parts of day
  rule(`(${keys(POD_WORDS)})`, (m) => ({ t: 'P', pod: POD_WORDS[m[1]!]!, word: m[1]! })),
  // clock times: 15:30, 9时30分, 下午3点半, 八点十分, 8点正
  rule('(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d:])(?:\\s?([AaPp]\\.?[Mm]\\.?))?', (m) => clock(+m[1]!, +m[2]!, m[3] === undefined ? undefined : +m[3], false, m[4])),
  rule(`${N2}\\s?(?:点钟?|时(?![间期候代刻段区差光髦尚常势事装速针局节空效]))(?:搭?(半)|(一刻)|(三刻)|[整正]|(零?(?:\\d{1,2}|[${CN}]{1,3}))(?:分(?!钟)|(个字))?(?:(\\d{1,2}|[${CN}]{1,3})秒)?)?(?:\\s?([AaPp]\\.?[Mm]\\.?))?`, (m, text) => {
    const h = num(m[1]);
    if (h === null) return null;
    let mi = m[2] ? 30 : m[3] ? 15 : m[4] ? 45 : m[5] !== undefined ? num(m[5].replace(/^零(?=.)/, '')) : undefined;
    if (mi === null) return null;
    const dian = m.index + m[1]!.length + (text[m.index + m[1]!.length] === ' ' ? 1 : 0);
    const oneDigit = m[5] !== undefined && /^[一二两三四五六七八九1-9]$/.test(m[5]) && !/分/.test(m[0]);
    if (text[dian] === '点') {
      // the shared reading of 点 decides: 十五点七 is a decimal, 以下两点 a count, 下午三点 an hour
      if (readDian(text, m.index, dian, h) !== 'clock') return null;
      // Cantonese counts minutes in fives (字): 三点三 = 3:15, 三点一个字 = 3:05
      if (oneDigit && (m[6] || /[一二两三四五六七八九]/.test(m[5]!))) mi = mi! * 5;
    } else if (m[5] !== undefined && !/^零/.test(m[5]) && mi! < 10 && !/分/.test(m[0])) {
      return null; // 三时五 reads as a decimal unless the minutes have two digits, a leading 零 or 分
    }
    return clock(h, mi, m[7] === undefined ? undefined : num(m[7]) ?? undefined, /[^\d]/.test(m[1]!), m[8]);
  }),
];

function dayOf(y: number, mo: number, d: number): Atom | null {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { t: 'D', y, m: mo, d } : null;
}

function clock(hh: number, mi: number | undefined, ss: number | undefined, chinese: boolean, ampm?: string): Atom | null {
  if (hh > 24 || (mi !== undefined && mi > 59) || (ss !== undefined && ss > 59)) return null;
  const a: Atom = { t: 'T', hh, chinese };
  if (mi !== undefined) a.mi = mi;
  if (ss !== undefined) a.ss = ss;
  if (ampm) a.ampm = /^[Pp]/.test(ampm) ? 'pm' : 'am';
  return a;
}

/** Taiwan writes years in the ROC era (115年 = 2026); set per document by the extractor. */
let rocYears = false;
export function setRocYears(on: boolean): void { rocYears = on; }
const ROC_RULE = rule('(\\d{2,3})\\s?年(?![代级前后来内间多半])', (m) => {
  const n = +m[1]!;
  return rocYears && n >= 60 && n <= 150 ? { t: 'Y', y: 1911 + n } : null;
});
const ROC_BEFORE_MONTH_RULE = rule('(\\d{2,3})\\s?年(?=\\s?\\d{1,2}\\s?月)', (m) => {
  const n = +m[1]!;
  return rocYears && n >= 1 && n <= 150 ? { t: 'Y', y: 1911 + n } : null;
});

const HOLIDAY_RULE = rule(`(${HOLIDAY_NAMES})`, (m) => ({ t: 'HOL', name: m[1]! }));
const SHORT_POD_RULE = rule('([早晚夜])(?![上间晨饭餐报期会年安辈些点熟])', (m) => ({ t: 'P', pod: SHORT_POD[m[1]!]!, word: m[1]! }));
/** a day number written without 日 after a Chinese month (八月十五) */
const BARE_DAY_RULE = rule(`([${CN}]{1,3})(?![${CN}\\d日号])`, (m) => { const n = num(m[1]); return n && n <= 31 ? { t: 'D', d: n } : null; });


/** every atom pattern, for tests of where their matches begin */
export const ATOM_PATTERNS: readonly RegExp[] = [...RULES, ROC_RULE, ROC_BEFORE_MONTH_RULE, SHORT_POD_RULE, BARE_DAY_RULE, HOLIDAY_RULE].map((r) => r.re);

/** The rules worth trying at a position whose first unit is known, by its second unit. */
interface RulesAfter { bySecond: ReadonlyMap<number, readonly Rule[]>; otherwise: readonly Rule[] }
const RULE_STARTS = RULES.map((r) => startsOf(r.re));
/** rules whose matches may begin with any unit (none so far): tried everywhere */
const ANYWHERE: RulesAfter = { bySecond: new Map(), otherwise: RULES.filter((_, k) => RULE_STARTS[k] === null) };
/**
 * The rules worth trying, by the first UTF-16 unit of a position (units outside RULE_FIRSTS:
 * only ANYWHERE). Read once from the rules' sources (starts.ts), so the many positions where
 * no atom starts try no rule, the others only the rules that can begin with their two units, in
 * the order of RULES (a tie in length keeps the first).
 */
const RULE_FIRSTS = new UnitSet();
const RULES_AFTER = new Map<number, RulesAfter>();
{
  const firstUnits = new Set<number>();
  for (const s of RULE_STARTS) if (s) for (const u of s.units) firstUnits.add(u);
  for (const u of firstUnits) {
    const fits = (k: number, second: number | null) => {
      const s = RULE_STARTS[k];
      return !s || s.anySecond.has(u) || (second !== null && s.seconds.get(u)?.has(second) === true);
    };
    const seconds = new Set<number>();
    for (const s of RULE_STARTS) for (const v of s?.seconds.get(u) ?? []) seconds.add(v);
    const bySecond = new Map<number, Rule[]>();
    for (const v of seconds) bySecond.set(v, RULES.filter((_, k) => fits(k, v)));
    RULE_FIRSTS.add(u);
    RULES_AFTER.set(u, { bySecond, otherwise: RULES.filter((_, k) => fits(k, null)) });
  }
}
function rulesAt(text: string, at: number): readonly Rule[] {
  const unit = text.charCodeAt(at);
  if (unit !== unit || !RULE_FIRSTS.has(unit)) return ANYWHERE.otherwise;
  const after = RULES_AFTER.get(unit)!;
  return after.bySecond.get(text.charCodeAt(at + 1)) ?? after.otherwise;
}

/** a rule tried only in some contexts, with where its matches can begin */
interface GatedRule { rule: Rule; starts: Starts | null; gate: StartGate }
const gated = (r: Rule): GatedRule => {
  const starts = startsOf(r.re);
  return { rule: r, starts, gate: new StartGate([starts]) };
};
const ROC = gated(ROC_RULE), ROC_BEFORE_MONTH = gated(ROC_BEFORE_MONTH_RULE), HOLIDAY = gated(HOLIDAY_RULE);
const SHORT_POD_AFTER = gated(SHORT_POD_RULE), BARE_DAY = gated(BARE_DAY_RULE);

let best: Located | null = null;
/** Try one rule at `at`, keeping the longest atom in `best`. */
function tryRule(r: Rule, text: string, at: number): void {
  r.re.lastIndex = at;
  const m = r.re.exec(text);
  if (!m || !m[0].length) return;
  if (best && m[0].length <= best.end - best.start) return;
  // every make() returns a fresh atom: it becomes the located atom itself
  const a = r.make(m, text) as Located | null;
  if (!a) return;
  a.start = at;
  a.end = at + m[0].length;
  best = a;
}
function tryGated(g: GatedRule, text: string, at: number): void {
  if (g.gate.mayStartAt(text, at)) tryRule(g.rule, text, at);
}

/** The longest atom starting at `at`, or null. `after` is the previous atom of the chain, if any. */
export function atomAt(text: string, at: number, after?: Located | null): Located | null {
  // a numeral in the middle of a longer number starts nothing
  // (by code unit, as text[i] would make a string per call)
  const code = text.charCodeAt(at), before = text.charCodeAt(at - 1);
  if (isAsciiDigitCode(code) && (isAsciiDigitCode(before) || before === 0x2e /* . */)) return null;
  if (isCnNumeralClassCode(code) && isCnNumeralClassCode(before) && !after) return null;
  best = null;
  for (const r of rulesAt(text, at)) tryRule(r, text, at);
  if (rocYears) { tryGated(ROC, text, at); tryGated(ROC_BEFORE_MONTH, text, at); }
  tryGated(HOLIDAY, text, at);
  if (after && ((after.t === 'D' && !after.pod) || after.t === 'HOL' || after.t === 'WD')) tryGated(SHORT_POD_AFTER, text, at);
  if (after && after.t === 'M' && isCnNumeralClassCode(text.charCodeAt(after.end - 2))) tryGated(BARE_DAY, text, at);
  return best;
}

/**
 * Where a chain's first atom may begin (atomAt without a previous atom, or 早/晚 of
 * shortPodBeforeClock), to skip positions where both would surely find nothing.
 */
export const FIRST_ATOM_STARTS: ReadonlyArray<Starts | null> = [...RULE_STARTS, ...[ROC, ROC_BEFORE_MONTH, HOLIDAY].map((g) => g.starts)];
/** the parts of day that shortPodBeforeClock reads (a StartGate takes them as a string) */
export const SHORT_POD_BEFORE_CLOCK = '早晚';
const SHORT_POD_BEFORE_CLOCK_UNITS = new UnitSet(SHORT_POD_BEFORE_CLOCK);

/** 早8点 / 晚2点半: a one-character part of day directly before a clock time. */
export function shortPodBeforeClock(text: string, at: number): Located | null {
  if (!SHORT_POD_BEFORE_CLOCK_UNITS.has(codeAt(text, at))) return null;
  const c = text[at]!;
  const next = atomAt(text, at + 1);
  return next && next.t === 'T' ? { t: 'P', pod: SHORT_POD[c]!, word: c, start: at, end: at + 1 } : null;
}

