import type { Region } from '../../schema/result.js';
import { CLASSIFIERS, CURRENCY_AFTER, TIME_UNITS, UNITS, WHITE_SPACE, currencyCode, isLatin } from './lexicon.js';
import { UnitSet } from '../numbers/unit-set.js';

/** What follows a numeral and decides its kind. */
export interface UnitHit {
  kind: 'percent' | 'money' | 'dimension' | 'count' | 'time' | 'none';
  /** end of the unit (the numeral's end when there is none) */
  end: number;
  unit?: string;
  currency?: string;
  /** the currency word was 元/块 (subunits 角/分 may follow) */
  yuan?: boolean;
  /** value × scale (‰ = 0.1, 成 = 10, 折 = 10 for one digit) */
  scale?: number;
  /** 成半 adds 5 */
  plus?: number;
  pp?: boolean;
  /** 多/余 between numeral and unit (300多名) */
  above?: boolean;
}

const PP = /^个?\s{0,3}百\s{0,2}分\s{0,2}点/;
/** what PP can begin with */
const PP_OPENS = new UnitSet('个百' + WHITE_SPACE);
/** characters that, after 成 or 折, make a word (成为, 成本, 折合, 折扣) */
const NOT_AFTER_CHENG = '为功本员立交长果绩熟品型就分年都人效像材';
const NOT_AFTER_ZHE = '扣合算旧叠腾返射服损价';
const oneOf = (set: string, c: string | undefined): boolean => c !== undefined && c !== '' && set.includes(c);
const PUNCT_OR_END = /^(?:$|[\s,.;:!?)\]，。；：！？、）」』”"'…])/;

/** 两 is a weight where nothing counted follows it: 二两, 9两半, 六斤8两, 二两白酒 (三两个 is "two or three"). */
const LIANG_AFTER = /^(?:$|半|[\s,.;:!?)\]，。；：！？、）」』”"'…]|[0-9]|白酒|酒|米饭|黄金|金|茶|肉)/;

// helpers at module level: readUnit runs for every numeral, and a closure per call costs
const withAbove = (above: boolean, h: UnitHit): UnitHit => (above ? { ...h, above } : h);
const len = (m: { word: string } | null): number => (m ? m.word.length : 0);

/** Read the unit after a numeral ending at `at`. `value` decides 成/折 readings. */
export function readUnit(text: string, at: number, value: number, region: Region): UnitHit {
  let p = at;
  let above = false;
  if ((text[p] === '多' || text[p] === '余') && !PUNCT_OR_END.test(text.slice(p + 1, p + 2))) { above = true; p++; }
  let c = text[p];
  // spaces only before Latin units and percent signs (141 GB, 2.4 个百分点)
  let q = p;
  while (q < text.length && q - p < 3 && text[q] === ' ') q++;
  if (text[q] === '%') return withAbove(above, { kind: 'percent', end: q + 1 });
  if (text[q] === '‰') return withAbove(above, { kind: 'percent', end: q + 1, scale: 0.1 });
  const pp = PP_OPENS.has(text.charCodeAt(q)) ? PP.exec(text.slice(q, q + 12)) : null;
  if (pp) return withAbove(above, { kind: 'percent', end: q + pp[0].length, pp: true });
  if (q === p + 1 && (text[q] === '成' || text[q] === '折') && /[零〇一二两三四五六七八九十]/.test(text[p - 1] ?? '')) {
    p = q; c = text[p]; // 十 成, 九 九 折: a numeral spelt out with spaces
  } else if (q > p) {
    if (TIME_UNITS.matchAt(text, q)) return { kind: 'time', end: q };
    const latin = UNITS.matchAt(text, q);
    // 141 GB, 3.0 公里: one space before a measure (never before a classifier)
    if (latin && (!isLatin(latin.word) ? q - p === 1 : !/[A-Za-z0-9]/.test(text[q + latin.word.length] ?? ''))) {
      return withAbove(above, { kind: 'dimension', end: q + latin.word.length, unit: latin.value });
    }
    return { kind: 'none', end: at };
  }
  if (c === '成' && value > 0 && value <= 10 && !oneOf(NOT_AFTER_CHENG, text[p + 1])) {
    const half = text[p + 1] === '半';
    return { kind: 'percent', end: p + (half ? 2 : 1), scale: 10, plus: half ? 5 : 0 };
  }
  if (c === '折' && value > 0 && value < 100 && !oneOf(NOT_AFTER_ZHE, text[p + 1])) {
    return { kind: 'percent', end: p + 1, scale: value < 10 ? 10 : 1 };
  }
  if (c === '倍') return withAbove(above, { kind: 'count', end: p + 1, unit: '倍' });
  // 六个加仑: 个 before a measure word
  if (c === '个') {
    const m = UNITS.matchAt(text, p + 1);
    if (m && !isLatin(m.word)) return withAbove(above, { kind: 'dimension', end: p + 1 + m.word.length, unit: m.value });
  }
  const time = TIME_UNITS.matchAt(text, p);
  const money = CURRENCY_AFTER.matchAt(text, p);
  const dim = UNITS.matchAt(text, p);
  const cls = CLASSIFIERS.matchAt(text, p);
  const dimOk = dim && (!isLatin(dim.word) || !/[A-Za-z0-9]/.test(text[p + dim.word.length] ?? '')) &&
    (dim.word !== '两' || LIANG_AFTER.test(text.slice(p + 1, p + 3)));
  const best = Math.max(len(time), len(money), dimOk ? len(dim) : 0, len(cls));
  if (best === 0) return { kind: 'none', end: at };
  if (time && len(time) === best) return { kind: 'time', end: p + best };
  if (money && len(money) === best) {
    // 块 is money only as 块钱 or standing alone (7块); 三块屏幕 counts pieces
    const subunitNext = /^[0-9零〇一二两三四五六七八九]{1,2}[毛角分]/.test(text.slice(p + 1, p + 4));
    if (money.word === '块' && !subunitNext && !PUNCT_OR_END.test(text.slice(p + 1, p + 2)) && !/^(?:以[上下]|多|左右)/.test(text.slice(p + 1, p + 3))) {
      return withAbove(above, { kind: 'count', end: p + 1, unit: '块' });
    }
    return withAbove(above, { kind: 'money', end: p + best, currency: currencyCode(money.value, region), yuan: /^[元块圆]/.test(money.word) || money.word === '块钱' });
  }
  if (dim && dimOk && len(dim) === best) return withAbove(above, { kind: 'dimension', end: p + best, unit: dim.value });
  return withAbove(above, { kind: 'count', end: p + best, unit: cls!.value });
}
