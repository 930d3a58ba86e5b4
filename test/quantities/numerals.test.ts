import { describe, expect, it } from 'vitest';
import { NUMERAL_SOURCE, parseNumeral, readNumeral, scanNumerals } from '../../src/extractors/numbers/index.js';
import { findNumerals, numeralStartingAt } from '../../src/extractors/quantities/numerals.js';

describe('parseNumeral', () => {
  const cases: Array<[string, number]> = [
    ['1,536', 1536], ['1.35', 1.35], ['二十万', 200000], ['3万4000', 34000], ['两百', 200], ['三分之一', 1 / 3],
    ['一千零五', 1005], ['三千五百亿', 3.5e11], ['一万五千亿', 1.5e12], ['25万6千', 256000], ['1,100万', 11000000],
    ['3.2万', 32000], ['二〇二五', 2025], ['十五', 15], ['两千四百五', 2450], ['九万四', 94000], ['五亿零六', 500000006],
    ['四万万', 4e8], ['二十一万亿', 2.1e13], ['十五点七', 15.7], ['零点五', 0.5], ['负三十二', -32], ['40k', 40000],
    ['参万肆仟伍佰零柒', 34507], ['2.2亿', 2.2e8], ['五十五兆一十二亿四万五千二', 55001200045200],
  ];
  for (const [s, v] of cases) it(s, () => { expect(parseNumeral(s)).toBeCloseTo(v, 6); });
  it('rejects non-numerals', () => {
    for (const s of ['', '万', '万万', '十百', 'abc', '3万40000', '一'.repeat(100)]) expect(parseNumeral(s)).toBeNull();
  });
  it('flags 余 and 几', () => {
    expect(readNumeral('十余万')).toMatchObject({ value: 100000, above: true });
    expect(readNumeral('十几')).toMatchObject({ value: 10, vague: true });
  });
});

describe('scanNumerals and NUMERAL_SOURCE', () => {
  it('finds numerals with offsets', () => {
    const t = '追加20万片H200,约4-8 万颗';
    expect(scanNumerals(t).map((s) => [t.slice(s.start, s.end), s.value, s.letterBefore])).toEqual([
      ['20万', 200000, false], ['200', 200, true], ['4', 4, false], ['8 万', 80000, false]]);
  });
  it('the regular expression matches whole numerals', () => {
    expect('4-8万颗 3万4000 二十万'.match(new RegExp(NUMERAL_SOURCE, 'g'))).toEqual(['4', '8万', '3万4000', '二十万']);
  });
});

describe('numerals shared with the temporal extractor', () => {
  const cases: Array<[string, number]> = [
    ['廿九', 29], ['卅', 30], ['二○二六', 2026], ['一九九〇', 1990], ['十二', 12], ['两', 2], ['五点五', 5.5],
  ];
  for (const [s, v] of cases) it(s, () => { expect(parseNumeral(s)).toBeCloseTo(v, 6); });
});

describe('Arabic notations', () => {
  const cases: Array<[string, number]> = [
    ['1e1', 10], ['-1e1', -10], ['2.789e-1', 0.2789], ['.5', 0.5], ['-.5', -0.5], ['3/4', 0.75], ['-3/2', -1.5],
    ['2^-1', 0.5], ['1.1^+23', 1.1 ** 23],
  ];
  for (const [s, v] of cases) it(s, () => { expect(parseNumeral(s)).toBeCloseTo(v, 9); });
  it('a slash between month and day stays a date, a small denominator makes a fraction', () => {
    const found = (t: string) => scanNumerals(t).map((s) => t.slice(s.start, s.end));
    expect(found('12/25')).toEqual(['12', '25']);
    expect(found('12/1')).toEqual(['12', '1']);
    expect(found('1/2的努力')).toEqual(['1/2']);
    expect(found('3/5')).toEqual(['3/5']);
  });
});

describe('approximate pairs and 两', () => {
  it('reads neighbouring digits as a range', () => {
    expect(readNumeral('七八万')).toMatchObject({ value: 70000, max: 80000 });
    expect(readNumeral('十七八')).toMatchObject({ value: 17, max: 18 });
    expect(readNumeral('三四百')).toMatchObject({ value: 300, max: 400 });
    expect(readNumeral('一两')).toMatchObject({ value: 1, max: 2 });
    expect(readNumeral('一百二三十')).toMatchObject({ value: 120, max: 130 });
  });
  it('keeps digit strings and numbers with 两 whole', () => {
    expect(readNumeral('一二三四')).toMatchObject({ value: 1234 });
    expect(readNumeral('一二三四')!.max).toBeUndefined();
    expect(readNumeral('九九')!.max).toBeUndefined();
    expect(parseNumeral('二两')).toBeNull();
    expect(parseNumeral('两百')).toBe(200);
  });
});

describe('spaced numerals', () => {
  it('joins units written apart', () => {
    const whole = (t: string) => scanNumerals(t).map((s) => [t.slice(s.start, s.end), s.value]);
    expect(whole('7万 5千 4百')).toEqual([['7万 5千 4百', 75400]]);
    expect(whole('一百 二 十 几亿')).toEqual([['一百 二 十 几亿', 12000000000]]);
    expect(whole('八千 三百 八十五 万 二千 三百 二十六 点三三')).toEqual([['八千 三百 八十五 万 二千 三百 二十六 点三三', 83852326.33]]);
  });
});


describe('findNumerals order', () => {
  // the extractor finds a numeral by its start with a binary search: numerals come in order and never overlap
  const texts = ['3 - 5', '负3负5', '1e-3 -5', '数十万 三十', '上百 半个 几千万', '12千米 - 1,200,000 二〇二五 七八万', '第一 百分之三十 三分之一'];
  for (const t of texts) {
    it(t, () => {
      const nums = findNumerals(t, () => true);
      for (let k = 1; k < nums.length; k++) expect(nums[k]!.start).toBeGreaterThanOrEqual(nums[k - 1]!.end);
      for (const [k, n] of nums.entries()) expect(numeralStartingAt(nums, n.start)).toBe(k);
    });
  }
});
