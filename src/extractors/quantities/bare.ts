import type { Token } from '../../text/segmenter.js';
import type { Num } from './numerals.js';
import { isHanAt } from '../../text/chars.js';

const LIST_END = /^[.、)）]/;
const CLAUSE_START = /^(?:$|[\s。;；!！?？:：,，、"“”「」『』(（\n])/;

/** The word covering `at`, if any (an index of -1 is never looked up: it is a slow property read). */
export function tokenCovering(tokens: readonly Token[], tokenAt: Int32Array, at: number): Token | undefined {
  const k = at < tokenAt.length ? tokenAt[at]! : -1;
  return k >= 0 ? tokens[k] : undefined;
}

/**
 * Whether a numeral with no unit is a quantity of its own. Digits in codes, section and list
 * markers (01, 1.), and Chinese numeral characters inside words (四川, 统一, 一看) are not.
 */
export function isBareNumber(text: string, n: Num, tokens: readonly Token[], tokenAt: Int32Array): boolean {
  const raw = text.slice(n.start, n.end);
  if (!n.chinese) {
    if (/^-?0\d/.test(raw)) return false; // 01, 02 section markers
    const before = text.slice(Math.max(0, n.start - 1), n.start);
    if (CLAUSE_START.test(before) && LIST_END.test(text.slice(n.end, n.end + 1)) && Number.isInteger(n.value) && n.value < 100) {
      return false; // 1. 2、 3)
    }
    if (/[A-Za-z] $/.test(text.slice(Math.max(0, n.start - 2), n.start))) return false; // iPhone 15, MTT S 5000
    if (/^[-/]\d/.test(text.slice(n.end, n.end + 2)) || /\d[-/]$/.test(text.slice(Math.max(0, n.start - 2), n.start))) return false; // 2025-12-30, 12/25
    if (/^:\d\d/.test(text.slice(n.end, n.end + 3)) || /\d:$/.test(text.slice(Math.max(0, n.start - 2), n.start))) return false; // 5:00
    if (text[n.start - 1] === '#' || text[n.start - 1] === '.' && /\d/.test(text[n.start - 2] ?? '')) return false;
    return true;
  }
  if (n.min !== undefined) return true; // 数十, 几千 are read as ranges
  // one character: 一 is an article or part of a word almost always; 二..九 only as a word of their own
  const tok = tokenCovering(tokens, tokenAt, n.start);
  if (tok && tok.start < n.start) return false; // inside a word: 统一, 之一, 大陆
  if (raw === '一') {
    return CLAUSE_START.test(text.slice(n.start - 1, n.start)) && CLAUSE_START.test(text.slice(n.end, n.end + 1));
  }
  if (tok && tok.end > n.end) {
    const rest = text.slice(n.end, tok.end);
    if (rest === '大') return true; // 两大领域
    if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(rest)) return false; // 四川, 三星, 十分
  }
  if (raw.length === 1 && isHanAt(text, n.end) && !tok) return false;
  return true;
}
