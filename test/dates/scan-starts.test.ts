import { describe, expect, it } from 'vitest';
import { DURATION, DURATION_STARTS } from '../../src/extractors/dates/durations.js';
import { AGO_LATER, AGO_LATER_STARTS } from '../../src/extractors/dates/relative.js';

/**
 * The duration and ago/later patterns are tried only where a match can begin (their
 * STARTS lists). Every match of the global pattern must begin with a listed character,
 * or the scan would miss it: random strings made of the patterns' own characters and
 * words (both scripts reach the patterns in Simplified, so the words are Simplified).
 */
function randomTexts(source: string, count: number, seed: number): string[] {
  const han = [...new Set(source.match(/[\u4e00-\u9fff〇○]/g) ?? [])];
  const pieces = [...han, ...'0123456789.  ', '3.5', '12', '个月', '小时', '星期', '之内', '以后', '之前', '半个', '个半'];
  let a = seed >>> 0;
  const rand = () => { a = (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return a / 4294967296; };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * 7);
    for (let k = 0; k < n; k++) s += pieces[Math.floor(rand() * pieces.length)];
    out.push(s);
  }
  return out;
}

function matchStarts(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, 'g');
  const out: string[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (!m[0].length) { g.lastIndex++; continue; }
    out.push(m[0][0]!);
  }
  return out;
}

describe('patterns tried only where a match can begin', () => {
  for (const [name, re, starts] of [['duration', DURATION, DURATION_STARTS], ['ago/later', AGO_LATER, AGO_LATER_STARTS]] as const) {
    it(`every ${name} match begins with a listed character`, () => {
      const texts = [...randomTexts(re.source, 20000, 7), '接下来的三个月', '未来两年', '过去的十年里', '最近三天', '近五年来', '这两个小时', '那三天', '半年之内', '个半小时', '分半钟', '三日之内', '两个半月', '几十年', '数百年', '三天前', '半年后', '几个月以前'];
      let matched = 0;
      for (const t of texts) for (const c of matchStarts(re, t)) { matched++; expect(starts, `«${t}»`).toContain(c); }
      expect(matched).toBeGreaterThan(100);
    });
  }
});
