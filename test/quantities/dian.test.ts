import { describe, expect, it } from 'vitest';
import { readDian } from '../../src/extractors/numbers/index.js';
import { pipelineCorpus } from './corpus.js';

// N点: a clock hour, a decimal or a count of points; one extractor claims it, never both
const KINDS = ['time', 'datetime', 'date', 'count', 'number', 'money'] as const;

pipelineCorpus('点 as a clock hour', KINDS, [
  { text: '會議10點開始', expect: [{ text: '10點', kind: 'time', value: { timex: 'T10' } }] },
  { text: '会议10点开始', expect: [{ text: '10点', kind: 'time', value: { timex: 'T10' } }] },
  { text: '大約十點到達', expect: [{ text: '大約十點', kind: 'time', value: { timex: 'T10', mod: 'APPROX' } }] },
  { text: '大约十点到达', expect: [{ text: '大约十点', kind: 'time', value: { timex: 'T10', mod: 'APPROX' } }] },
  { text: '下午三點召開記者會', expect: [{ text: '下午三點', kind: 'time', value: { timex: 'T15' } }] },
  { text: '下午三点召开记者会', expect: [{ text: '下午三点', kind: 'time', value: { timex: 'T15' } }] },
  { text: '凌晨一點發生地震', expect: [{ text: '凌晨一點', kind: 'time', value: { timex: 'T01' } }] },
  { text: '凌晨一点发生地震', expect: [{ text: '凌晨一点', kind: 'time', value: { timex: 'T01' } }] },
  { text: '兩點半出發', expect: [{ text: '兩點半', kind: 'time', value: { timex: 'T02:30' } }] },
  { text: '两点半出发', expect: [{ text: '两点半', kind: 'time', value: { timex: 'T02:30' } }] },
  { text: '八點十五分集合', expect: [{ text: '八點十五分', kind: 'time', value: { timex: 'T08:15' } }] },
  { text: '八点十五分集合', expect: [{ text: '八点十五分', kind: 'time', value: { timex: 'T08:15' } }] },
  { text: '明天10點開會', referenceDate: '2025-12-30', expect: [{ text: '明天10點', kind: 'datetime', value: { timex: '2025-12-31T10' } }] },
  { text: '明天10点开会', referenceDate: '2025-12-30', expect: [{ text: '明天10点', kind: 'datetime', value: { timex: '2025-12-31T10' } }] },
  { text: '10點前完成', expect: [{ text: '10點前', kind: 'time', value: { timex: 'T10', mod: 'BEFORE' } }] },
  { text: '10点前完成', expect: [{ text: '10点前', kind: 'time', value: { timex: 'T10', mod: 'BEFORE' } }] },
  // Cantonese counts minutes in fives
  { text: '晏晝三點三', expect: [{ text: '晏晝三點三', kind: 'time', value: { timex: 'T15:15' } }] },
  { text: '下午三點一個字', expect: [{ text: '下午三點一個字', kind: 'time', value: { timex: 'T15:05' } }] },
  { text: '下午三点一个字', expect: [{ text: '下午三点一个字', kind: 'time', value: { timex: 'T15:05' } }] },
]);

pipelineCorpus('点 as a decimal point', KINDS, [
  { text: '成長率為十五點七', expect: [{ text: '十五點七', kind: 'number', value: { value: 15.7 } }], none: ['十五點'] },
  { text: '增长率为十五点七', expect: [{ text: '十五点七', kind: 'number', value: { value: 15.7 } }], none: ['十五点'] },
  { text: '利率下調零點五', expect: [{ text: '零點五', kind: 'number', value: { value: 0.5 } }] },
  { text: '利率下调零点五', expect: [{ text: '零点五', kind: 'number', value: { value: 0.5 } }] },
  { text: '評分二點五', expect: [{ text: '二點五', kind: 'number', value: { value: 2.5 } }] },
  { text: '评分二点五', expect: [{ text: '二点五', kind: 'number', value: { value: 2.5 } }] },
  { text: '售價九點九元', expect: [{ text: '九點九元', kind: 'money', value: { amount: 9.9 } }] },
  { text: '售价九点九元', expect: [{ text: '九点九元', kind: 'money', value: { amount: 9.9 } }] },
  { text: '圓周率約三點一四', expect: [{ text: '約三點一四', kind: 'number', value: { value: 3.14 } }] },
  { text: '圆周率约三点一四', expect: [{ text: '约三点一四', kind: 'number', value: { value: 3.14 } }] },
]);

pipelineCorpus('点 as a count of points', KINDS, [
  { text: '請注意以下兩點:', expect: [{ text: '兩點', kind: 'count', value: { value: 2, unit: '點' } }] },
  { text: '请注意以下两点:', expect: [{ text: '两点', kind: 'count', value: { value: 2, unit: '点' } }] },
  { text: '這兩點很重要', expect: [{ text: '兩點', kind: 'count', value: { value: 2, unit: '點' } }] },
  { text: '这两点很重要', expect: [{ text: '两点', kind: 'count', value: { value: 2, unit: '点' } }] },
  { text: '原因有三點,其一', expect: [{ text: '三點', kind: 'count', value: { value: 3, unit: '點' } }] },
  { text: '原因有三点,其一', expect: [{ text: '三点', kind: 'count', value: { value: 3, unit: '点' } }] },
  { text: '核心訴求直指兩點:一是核查', expect: [{ text: '兩點', kind: 'count', value: { value: 2 } }] },
  { text: '核心诉求直指两点:一是核查', expect: [{ text: '两点', kind: 'count', value: { value: 2 } }] },
  { text: '外長提出五點建議', expect: [{ text: '五點', kind: 'count', value: { value: 5, unit: '點' } }] },
  { text: '外长提出五点建议', expect: [{ text: '五点', kind: 'count', value: { value: 5, unit: '点' } }] },
  { text: '恒指漲了約10點', expect: [{ text: '約10點', kind: 'count', value: { value: 10, unit: '點', approx: true } }] },
  { text: '恒指涨了约10点', expect: [{ text: '约10点', kind: 'count', value: { value: 10, unit: '点', approx: true } }] },
  { text: '道指大跌300點', expect: [{ text: '300點', kind: 'count', value: { value: 300 } }] },
  { text: '道指大跌300点', expect: [{ text: '300点', kind: 'count', value: { value: 300 } }] },
]);

// neither a time nor a quantity
pipelineCorpus('一点 as "a little"', KINDS, [
  { text: '再便宜一點', none: ['一點'] },
  { text: '再便宜一点', none: ['一点'] },
  { text: '有一點擔心', none: ['一點'] },
  { text: '有一点担心', none: ['一点'] },
]);

describe('readDian', () => {
  const at = (text: string, numeral: string, value: number) => {
    const start = text.indexOf(numeral);
    return readDian(text, start, start + numeral.length, value);
  };
  it('reads each context', () => {
    expect(at('下午三点', '三', 3)).toBe('clock');
    expect(at('十五点七', '十五', 15)).toBe('decimal');
    expect(at('以下两点', '两', 2)).toBe('points');
    expect(at('涨了10点', '10', 10)).toBe('points');
    expect(at('30点', '30', 30)).toBe('points');
    expect(at('三点钟', '三', 3)).toBe('clock');
    expect(at('零点零五', '零', 0)).toBe('decimal');
    expect(at('八点零五', '八', 8)).toBe('clock');
  });
});
