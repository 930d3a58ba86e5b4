/**
 * Numerals shared by every extractor. All functions take WORKING text (Simplified,
 * half-width): 兩百 arrives as 两百, ２０１２ as 2012, 二十萬 as 二十万.
 *
 * - `parseNumeral('二十万')` → 200000; `parseNumeral('3万4000')` → 34000;
 *   `parseNumeral('1,536')` → 1536; `parseNumeral('两百')` → 200; `parseNumeral('三分之一')` → 1/3;
 *   `parseNumeral('二〇二五')` → 2025; null when the string is not one whole numeral.
 * - `readNumeral(s)` adds the flags `vague` (几: 十几) and `above` (余/多: 十余万).
 * - `scanNumerals(text)` finds every maximal numeral with its offsets (linear time).
 * - `NUMERAL_SOURCE` is a bounded regular-expression source (no flags needed) matching one
 *   numeral; feed the match to `parseNumeral`.
 */
export { parseNumeral, readNumeral, type NumeralReading } from './parse.js';
export { scanNumerals, type NumeralSpan, type ScanOptions } from './scan.js';
export { DIGIT_VALUE, SMALL_UNIT, BIG_UNIT, CN_NUMERAL_CLASS, isCnNumeralClassCode, isNumberPartCode } from './digits.js';
export { readDian, type DianReading } from './dian.js';
export { slashIsDate } from './slash.js';

const CN_DIGIT = '零〇一二两俩三四五六七八九壹贰叁参肆伍陆柒捌玖';
const CN_ALL = `${CN_DIGIT}十拾百佰千仟万亿兆`;
const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,16})(?:\.\d{1,12})?`;

/**
 * One numeral: Arabic with separators and decimals, optionally followed by Chinese units
 * (3万4000, 1,100万, 4.78万亿), or Chinese numeral characters (二十万, 十五点七).
 * Every repetition is bounded and the alternatives of each repeated group are disjoint.
 */
export const NUMERAL_SOURCE =
  `(?:${ARABIC}(?:[十百千万亿兆]{1,3}(?:\\d{1,4}[十百千万亿]{1,2}){0,3}\\d{0,4})?` +
  `|[${CN_ALL}]{1,24}(?:点[${CN_DIGIT}]{1,10})?)`;
