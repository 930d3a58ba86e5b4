import type { Region } from '../../schema/result.js';
import { CLASSIFIERS, CURRENCY_AFTER, KUAI_MONEY_BEFORE, LIANG_WEIGHS, TENTHS_NOT_BEFORE, TIME_UNITS, UNITS, currencyCode, isLatin } from './lexicon.js';
import { StartGate, startsOf } from '../../text/starts.js';
import { codeAt, isAsciiAlnumCode } from '../../text/chars.js';
import { alternation, openingWith } from '../../text/alternation.js';

/** What follows a numeral and decides its kind. Every field is present: one shape, read for every numeral. */
export interface UnitHit {
  kind: 'percent' | 'money' | 'dimension' | 'count' | 'time' | 'none';
  /** end of the unit (the numeral's end when there is none) */
  end: number;
  unit: string | undefined;
  currency: string | undefined;
  /** the currency word was 元/块 (subunits 角/分 may follow) */
  yuan: boolean;
  /** value × scale (‰ = 0.1, 成 = 10, 折 = 10 for one digit) */
  scale: number;
  /** 成半 adds 5 */
  plus: number;
  pp: boolean;
  /** 多/余 between numeral and unit (300多名) */
  above: boolean;
}

/** A hit with nothing but its kind, end and 多/余 flag; the few others are set on it. */
function hit(kind: UnitHit['kind'], end: number, above = false): UnitHit {
  return { kind, end, unit: undefined, currency: undefined, yuan: false, scale: 1, plus: 0, pp: false, above };
}

function withUnit(kind: 'dimension' | 'count', end: number, above: boolean, unit: string): UnitHit {
  const h = hit(kind, end, above);
  h.unit = unit;
  return h;
}

export const PP = /^个?\s{0,3}百\s{0,2}分\s{0,2}点/;
/** where PP may match, from its first two units: 个 alone, the most frequent classifier, is turned away */
const PP_STARTS = new StartGate([startsOf(PP)]);
/** characters that, after 成 or 折, make a word (成为, 成本, 折合, 折扣) */
const NOT_AFTER_CHENG = TENTHS_NOT_BEFORE.get('成')!;
const NOT_AFTER_ZHE = TENTHS_NOT_BEFORE.get('折')!;
const PUNCT_OR_END = /^(?:$|[\s,.;:!?)\]，。；：！？、）」』”"'…])/;

/** 两 is a weight where nothing counted follows it: 二两, 9两半, 六斤8两, 二两白酒 (三两个 is "two or three"). */
const LIANG_AFTER = new RegExp(`^(?:$|半|[\\s,.;:!?)\\]，。；：！？、）」』”"'…]|[0-9]|${alternation(LIANG_WEIGHS)})`);

const KUAI_MONEY_AFTER = openingWith(KUAI_MONEY_BEFORE);

const len = (m: { word: string } | null): number => (m ? m.word.length : 0);

/** Read the unit after a numeral ending at `at`. `value` decides 成/折 readings. */
export function readUnit(text: string, at: number, value: number, region: Region): UnitHit {
  let p = at;
  let above = false;
  if ((text.startsWith('多', p) || text.startsWith('余', p)) && !PUNCT_OR_END.test(text.slice(p + 1, p + 2))) { above = true; p++; }
  // spaces only before Latin units and percent signs (141 GB, 2.4 个百分点)
  let q = p;
  while (q < text.length && q - p < 3 && text.charCodeAt(q) === 0x20) q++;
  if (text.startsWith('%', q)) return hit('percent', q + 1, above);
  if (text.startsWith('‰', q)) { const h = hit('percent', q + 1, above); h.scale = 0.1; return h; }
  const pp = PP_STARTS.mayStartAt(text, q) ? PP.exec(text.slice(q, q + 12)) : null;
  if (pp) { const h = hit('percent', q + pp[0].length, above); h.pp = true; return h; }
  if (q === p + 1 && (text.startsWith('成', q) || text.startsWith('折', q)) && /[零〇一二两三四五六七八九十]/.test(text[p - 1] ?? '')) {
    p = q; // 十 成, 九 九 折: a numeral spelt out with spaces
  } else if (q > p) {
    if (TIME_UNITS.matchAt(text, q)) return hit('time', q);
    const latin = UNITS.matchAt(text, q);
    // 141 GB, 3.0 公里: one space before a measure (never before a classifier)
    if (latin && (!isLatin(latin.word) ? q - p === 1 : !isAsciiAlnumCode(text.charCodeAt(q + latin.word.length)))) {
      return withUnit('dimension', q + latin.word.length, above, latin.value);
    }
    return hit('none', at);
  }
  if (text.startsWith('成', p) && value > 0 && value <= 10 && !NOT_AFTER_CHENG.has(codeAt(text, p + 1))) {
    const half = text.startsWith('半', p + 1);
    const h = hit('percent', p + (half ? 2 : 1));
    h.scale = 10; h.plus = half ? 5 : 0;
    return h;
  }
  if (text.startsWith('折', p) && value > 0 && value < 100 && !NOT_AFTER_ZHE.has(codeAt(text, p + 1))) {
    const h = hit('percent', p + 1);
    h.scale = value < 10 ? 10 : 1;
    return h;
  }
  if (text.startsWith('倍', p)) return withUnit('count', p + 1, above, '倍');
  // 六个加仑: 个 before a measure word
  if (text.startsWith('个', p)) {
    const m = UNITS.matchAt(text, p + 1);
    if (m && !isLatin(m.word)) return withUnit('dimension', p + 1 + m.word.length, above, m.value);
  }
  const time = TIME_UNITS.matchAt(text, p);
  const money = CURRENCY_AFTER.matchAt(text, p);
  const dim = UNITS.matchAt(text, p);
  const cls = CLASSIFIERS.matchAt(text, p);
  const dimOk = dim && (!isLatin(dim.word) || !isAsciiAlnumCode(text.charCodeAt(p + dim.word.length))) &&
    (dim.word !== '两' || LIANG_AFTER.test(text.slice(p + 1, p + 3)));
  const best = Math.max(len(time), len(money), dimOk ? len(dim) : 0, len(cls));
  if (best === 0) return hit('none', at);
  if (time && len(time) === best) return hit('time', p + best);
  if (money && len(money) === best) {
    // 块 is money only as 块钱 or standing alone (7块); 三块屏幕 counts pieces
    const subunitNext = /^[0-9零〇一二两三四五六七八九]{1,2}[毛角分]/.test(text.slice(p + 1, p + 4));
    if (money.word === '块' && !subunitNext && !PUNCT_OR_END.test(text.slice(p + 1, p + 2)) && !KUAI_MONEY_AFTER.test(text.slice(p + 1, p + 3))) {
      return withUnit('count', p + 1, above, '块');
    }
    const h = hit('money', p + best, above);
    h.currency = currencyCode(money.value, region);
    h.yuan = /^[元块圆]/.test(money.word) || money.word === '块钱';
    return h;
  }
  if (dim && dimOk && len(dim) === best) return withUnit('dimension', p + best, above, dim.value);
  return withUnit('count', p + best, above, cls!.value);
}
