import { isAsciiDigitCode, UnitSet } from '../../text/chars.js';

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
/** every Chinese numeral character: digits, small units, big units */
export const NUMERAL_CHARACTERS = Object.keys(DIGIT_VALUE).join('') + Object.keys(SMALL_UNIT).join('') + Object.keys(BIG_UNIT).join('');
const NUMERAL_CHARS = new UnitSet(NUMERAL_CHARACTERS);

/**
 * Tests of one UTF-16 code (text.charCodeAt(i); NaN outside the text is none of them), the one
 * form of each for every extractor: no string is made per character. ASCII digits and letters
 * are classes of the text (text/chars.ts).
 */
export const isChineseDigitCode = (code: number): boolean => CHINESE_DIGITS.has(code);
export const isChineseNumeralCode = (code: number): boolean => NUMERAL_CHARS.has(code);
export const isSmallUnitCode = (code: number): boolean => SMALL_UNITS.has(code);
export const isBigUnitCode = (code: number): boolean => BIG_UNITS.has(code);
/** the financial forms as codes */
export const FINANCIAL_CODES = new UnitSet([...FINANCIAL].join(''));

/**
 * Characters a numeral may be written with, for regular-expression classes of temporal
 * patterns (二〇二六年, 廿九日, 十二点): digits, 〇/○, tens (十, 廿 = 20, 卅 = 30) and units.
 */
export const CN_NUMERAL_CLASS = '〇零○一二两三四五六七八九十百千万廿卅';
const CN_NUMERAL_CLASS_UNITS = new UnitSet(CN_NUMERAL_CLASS);
export const isCnNumeralClassCode = (code: number): boolean => CN_NUMERAL_CLASS_UNITS.has(code);
/** an ASCII digit, a decimal point or a CN_NUMERAL_CLASS character: a number written before a time word goes on through it (三十年, 1.5年) */
export const isNumberPartCode = (code: number): boolean => isAsciiDigitCode(code) || code === 0x2e || CN_NUMERAL_CLASS_UNITS.has(code);
