import { tokenCovering, type Token } from '../../text/segmenter.js';
import type { Num } from './numerals.js';
import { isAsciiDigitCode, isAsciiLetterCode, isHanAt, UnitSet, WHITE_SPACE } from '../../text/chars.js';

/** what may stand before a list number and after its mark (1. 2、 3)) */
const CLAUSE_START = new UnitSet(WHITE_SPACE + '。;；!！?？:：,，、"“”「」『』(（');
const LIST_END = new UnitSet('.、)）');
/** a clause starts or ends at this code; NaN (the text's start or end) counts */
const opensClause = (code: number): boolean => Number.isNaN(code) || CLAUSE_START.has(code);
const isDashOrSlash = (code: number): boolean => code === 0x2d || code === 0x2f;
const MINUS = 0x2d, ZERO = 0x30, SPACE = 0x20, COLON = 0x3a, HASH = 0x23, DOT = 0x2e, YI = '一'.charCodeAt(0);

/**
 * Whether a numeral with no unit is a quantity of its own. Digits in codes, section and list
 * markers (01, 1.), and Chinese numeral characters inside words (四川, 统一, 一看) are not.
 */
export function isBareNumber(text: string, n: Num, tokens: readonly Token[], tokenAt: Int32Array): boolean {
  if (!n.chinese) return isBareArabic(text, n);
  if (n.min !== undefined) return true; // 数十, 几千 are read as ranges
  // one character: 一 is an article or part of a word almost always; 二..九 only as a word of their own
  const tok = tokenCovering(tokens, tokenAt, n.start);
  if (tok && tok.start < n.start) return false; // inside a word: 统一, 之一, 大陆
  const single = n.end - n.start === 1;
  if (single && text.charCodeAt(n.start) === YI) return opensClause(text.charCodeAt(n.start - 1)) && opensClause(text.charCodeAt(n.end));
  if (tok && tok.end > n.end) {
    const rest = text.slice(n.end, tok.end);
    if (rest === '大') return true; // 两大领域
    if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(rest)) return false; // 四川, 三星, 十分
  }
  if (single && isHanAt(text, n.end) && !tok) return false;
  return true;
}

/** Arabic digits that are no quantity: section and list marks, parts of codes, dates and clock times. */
function isBareArabic(text: string, n: Num): boolean {
  const first = text.charCodeAt(n.start) === MINUS ? n.start + 1 : n.start;
  if (first + 1 < n.end && text.charCodeAt(first) === ZERO && isAsciiDigitCode(text.charCodeAt(first + 1))) return false; // 01, 02 section markers
  const before = text.charCodeAt(n.start - 1), beforeThat = text.charCodeAt(n.start - 2), after = text.charCodeAt(n.end);
  if (Number.isInteger(n.value) && n.value < 100 && opensClause(before) && LIST_END.has(after)) return false; // 1. 2、 3)
  if (before === SPACE && isAsciiLetterCode(beforeThat)) return false; // iPhone 15, MTT S 5000
  if ((isDashOrSlash(after) && isAsciiDigitCode(text.charCodeAt(n.end + 1))) || (isDashOrSlash(before) && isAsciiDigitCode(beforeThat))) return false; // 2025-12-30, 12/25
  if ((after === COLON && isAsciiDigitCode(text.charCodeAt(n.end + 1)) && isAsciiDigitCode(text.charCodeAt(n.end + 2))) || (before === COLON && isAsciiDigitCode(beforeThat))) return false; // 5:00
  if (before === HASH || (before === DOT && isAsciiDigitCode(beforeThat))) return false;
  return true;
}
