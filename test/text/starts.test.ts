import { describe, expect, it } from 'vitest';
import { ATOM_PATTERNS } from '../../src/extractors/dates/atoms.js';
import { CHAIN_PATTERNS } from '../../src/extractors/dates/chains.js';
import { DURATION, SET } from '../../src/extractors/dates/durations.js';
import { ERA, FESTIVAL_EDGE, PERIOD_PART, REFERENCE } from '../../src/extractors/dates/references.js';
import { AGO_LATER, NEXT_LAST_N } from '../../src/extractors/dates/relative.js';
import { CONNECTOR } from '../../src/extractors/quantities/compose.js';
import { PP } from '../../src/extractors/quantities/units.js';
import { PairFilter, PatternSet, StartGate, startsOf } from '../../src/text/starts.js';
import { UnitSet } from '../../src/text/chars.js';

/**
 * The temporal patterns (and a few of the quantity grammar) are tried only where a match can
 * begin: the first two units of their matches are read from their sources (starts.ts). The
 * reading must never miss a start, or a scan would miss the match: random strings made of the
 * patterns' own characters and words (both scripts reach the patterns in Simplified, so the
 * words are Simplified).
 */
function randomTexts(source: string, count: number, seed: number): string[] {
  const han = [...new Set(source.match(/[\u4e00-\u9fff〇○]/g) ?? [])];
  const pieces = [...han, ...'0123456789.  -/:', '3.5', '12', '2025', '个月', '小时', '星期', '之内', '以后', '之前', '半个', '个半'];
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

/** [index, text] of every non-empty match of a global search */
function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  const out: Array<[number, string]> = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (!m[0].length) { g.lastIndex++; continue; }
    out.push([m.index, m[0]]);
  }
  return out;
}

const SCANNED: Array<[string, RegExp]> = [
  ['duration', DURATION], ['set', SET], ['ago/later', AGO_LATER], ['next/last N', NEXT_LAST_N], ['reference', REFERENCE],
  ['festival edge', FESTIVAL_EDGE], ['period part', PERIOD_PART], ...(ERA ? [['era', ERA] as [string, RegExp]] : []),
  ...ATOM_PATTERNS.map((re, k): [string, RegExp] => [`atom rule ${k}`, re]),
  ...CHAIN_PATTERNS.map((re, k): [string, RegExp] => [`chain pattern ${k}`, re]),
  ['range connector', CONNECTOR], ['percentage points', PP],
];

/** whether a StartGate of the one pattern lets a match begin at `at` */
const mayStartAt = (re: RegExp, text: string, at: number) => new StartGate([startsOf(re)]).mayStartAt(text, at);

describe('the starts of a pattern, read from its source', () => {
  const firsts = (src: string) => {
    const s = startsOf(new RegExp(src));
    if (!s) return null;
    const out = s.units.map((u) => String.fromCharCode(u) + (s.anySecond.has(u) ? '*' : [...s.seconds.get(u)!].map((v) => String.fromCharCode(v)).sort().join('')));
    return out.sort().join(' ');
  };

  it('reads words, classes, optional prefixes and repetitions', () => {
    expect(firsts('(今天|今日|明天)')).toBe('今天日 明天');
    expect(firsts('(?:公元)?([一二]|\\d)世纪')).toBe('0世 1世 2世 3世 4世 5世 6世 7世 8世 9世 一世 二世 公元');
    expect(firsts('[Qq]([1-4])(?![\\dA-Za-z])')).toBe('Q1234 q1234');
    // a bounded repetition reads as "one or more": d alone may end a match as far as the reader knows
    expect(firsts('(?:ab)+c|d{2,3}')).toBe('ab d*');
    expect(['a\u3000b', 'a b', 'ab', 'ac', 'a'].map((t) => mayStartAt(/a\s?b/, t, 0))).toEqual([true, true, true, false, false]);
  });

  it('lets any second unit follow a one-unit match, and skips lookarounds', () => {
    expect(firsts('([早晚])(?![上间])')).toBe('早* 晚*');
    expect(firsts('(?<![季关])节(前|后)')).toBe('节前后');
  });

  it('reads a lookahead as what must follow a one-unit match', () => {
    const at0 = (re: RegExp, texts: string[]) => texts.map((t) => mayStartAt(re, t, 0));
    expect(at0(/(\d)(?=\s?至)/, ['1至', '1 至', '1个', '12至'])).toEqual([true, true, false, false]);
    expect(at0(/\d+(?=至)/, ['1至', '12至', '1个'])).toEqual([true, true, false]);
    // a negative or optional lookahead, or one that may match nothing, says nothing
    expect(at0(/a(?!b)/, ['ab', 'ac'])).toEqual([true, true]);
    expect(at0(/a(?=b|$)/, ['ab', 'ac'])).toEqual([true, true]);
  });

  it('lets a word begin where its first unit (and second, for a longer word) stands', () => {
    for (const bits of [16, 18]) {
      const filter = new PairFilter(bits);
      for (const w of ['中国', '中华人民', '年', '']) filter.add(w);
      expect(['中国', '中华', '中', '年', '年底', '国', ''].map((t) => filter.mayStartAt(t, 0))).toEqual([true, true, false, true, true, false, false]);
      // a word of two units cannot end by an end one unit after the start
      expect([filter.mayStartAt('中国', 0, 1), filter.mayStartAt('年底', 0, 1), filter.mayStartAt('x中国', 1)]).toEqual([false, true, true]);
      expect([filter.begins(0x4e2d), filter.isWhole(0x4e2d), filter.isWhole(0x5e74), filter.begins(NaN)]).toEqual([true, false, true, false]);
    }
  });

  it('keeps units in a table of bits', () => {
    const set = new UnitSet();
    for (const u of [0x30, 0x3f, 0x4e00, 0xffff]) set.add(u);
    expect([0x30, 0x31, 0x3f, 0x40, 0x4e00, 0x4e01, 0xffff, 0xfffe].map((u) => set.has(u))).toEqual([true, false, true, false, true, false, true, false]);
  });

  it('gives up (null) where a match may begin anywhere or be empty', () => {
    for (const src of ['a?', '\\S+', '[^a]b', '.x', '\\1a', '(?:x)?\\s*', 'x|']) expect(firsts(src), src).toBeNull();
  });

  it('reads the openings of the quantity patterns it gates', () => {
    const pp = new StartGate([startsOf(PP)]);
    expect(['个百分点', '个 百分点', '百分点', ' 百分点', '个人', '个', '百万', '分'].map((t) => pp.mayStartAt(t, 0)))
      .toEqual([true, true, true, true, false, false, false, false]);
    const connector = new StartGate([startsOf(CONNECTOR)]);
    expect(['-', '至', '到', '－', '~', '—', ' 至', '\u3000-', '个', ' 个', ''].map((t) => connector.mayStartAt(t, 0)))
      .toEqual([true, true, true, true, true, true, true, true, false, false, false]);
  });

  it('never misses the start of a match of a pattern it gates', () => {
    let matched = 0;
    for (const [name, re] of SCANNED) {
      expect(startsOf(re), name).not.toBeNull();
      const gate = new StartGate([startsOf(re)]);
      for (const t of [...randomTexts(re.source, 1500, 7), '接下来的三个月', '未来两年', '近五年来', '半年之内', '个半小时', '三天前', '2025-12-24', '3/3/15', '下午3点半', '上个星期五', '光绪二十年']) {
        for (const [at, text] of globalMatches(re, t)) {
          matched++;
          expect(gate.mayStartAt(t, at), `${name}: «${text}» in «${t}»`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(2000);
  });

  it('finds with one pass the matches each global search finds', () => {
    const patterns = SCANNED.map(([, re]) => re);
    const set = new PatternSet(patterns);
    for (const t of randomTexts(patterns.map((p) => p.source).join(''), 3000, 11)) {
      const found = set.matchAll(t);
      patterns.forEach((re, k) => expect(found[k]!.map((m) => [m.index, m[0]]), `${SCANNED[k]![0]} in «${t}»`).toEqual(globalMatches(re, t)));
    }
  });
});
