/**
 * A small Chinese numeral reader for temporal expressions (二〇二六, 十二, 廿九, 两, 1.5).
 * Kept local to the date extractor; the shared numeral parser can replace it.
 */
const DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'O': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
  '六': 6, '七': 7, '八': 8, '九': 9,
};
const UNIT: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const BIG: Record<string, number> = { '万': 1e4, '亿': 1e8 };

/** Characters that may make up a numeral in the working (Simplified, half-width) text. */
export const CN_NUMERAL_CLASS = '〇零○一二两三四五六七八九十百千万廿卅';

/** Read a numeral written in ASCII digits, Chinese digits or Chinese positional form; null if it is none. */
export function parseNumeral(s: string): number | null {
  if (!s || s.length > 24) return null;
  if (/^\d{1,15}(?:\.\d{1,6})?$/.test(s)) return Number(s);
  // digit by digit: 二〇二六, 一九九〇
  if (/^[〇零○一二三四五六七八九]{2,}$/.test(s)) {
    let v = 0;
    for (const c of s) v = v * 10 + DIGIT[c]!;
    return v;
  }
  let total = 0, section = 0, digit = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '廿' || c === '卅') { section += c === '廿' ? 20 : 30; digit = -1; continue; }
    if (c in DIGIT) { digit = DIGIT[c]!; continue; }
    if (c in UNIT) { section += (digit < 0 ? 1 : digit) * UNIT[c]!; digit = -1; continue; }
    if (c in BIG) { total += (section + Math.max(digit, 0)) * BIG[c]!; section = 0; digit = -1; continue; }
    return null;
  }
  return total + section + Math.max(digit, 0);
}
