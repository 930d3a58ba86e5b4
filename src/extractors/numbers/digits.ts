import { UnitSet } from '../../text/chars.js';

/**
 * Character tables for numerals in the working form (Simplified, half-width). Everyday
 * digits, the financial forms (壹贰叁…) and 〇 all map to their values; 两/俩 are 2.
 */
export const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 参: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 幺: 1,
};

/** Units below 万: they multiply the digit before them. */
export const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Units that close a section (万 = 10⁴, 亿 = 10⁸, 兆 = 10¹² as in Taiwan and in 万亿). */
export const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** Financial forms: a lone one inside a word (收拾, 大陆, 退伍) is not a numeral. */
export const FINANCIAL = new Set(['壹', '贰', '貳', '叁', '参', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟']);

/** Sets of UTF-16 units: these predicates run on every character of a document. */
const CHINESE_DIGITS = new UnitSet(Object.keys(DIGIT_VALUE).join(''));
const SMALL_UNITS = new UnitSet(Object.keys(SMALL_UNIT).join(''));
const BIG_UNITS = new UnitSet(Object.keys(BIG_UNIT).join(''));
const NUMERAL_CHARS = new UnitSet(Object.keys(DIGIT_VALUE).join('') + Object.keys(SMALL_UNIT).join('') + Object.keys(BIG_UNIT).join(''));

const is = (c: string | undefined, set: UnitSet): boolean => c !== undefined && c.length === 1 && set.has(c.charCodeAt(0));

export const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isChineseDigit = (c: string | undefined): boolean => is(c, CHINESE_DIGITS);
export const isBigUnit = (c: string | undefined): boolean => is(c, BIG_UNITS);

/** The same tests on a UTF-16 code (text.charCodeAt(i); NaN outside the text), without making a string. */
export const isAsciiDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
export const isChineseDigitCode = (code: number): boolean => CHINESE_DIGITS.has(code);
export const isChineseNumeralCode = (code: number): boolean => NUMERAL_CHARS.has(code);
export const isSmallUnitCode = (code: number): boolean => SMALL_UNITS.has(code);
export const isBigUnitCode = (code: number): boolean => BIG_UNITS.has(code);
/** the financial forms as codes */
export const FINANCIAL_CODES = new UnitSet([...FINANCIAL].join(''));
