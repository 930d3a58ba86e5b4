import { describe, expect, it } from 'vitest';
import slashCues from '../../data/quantities/slash.json';
import { slashIsDate } from '../../src/extractors/numbers/index.js';
import { corpus } from './corpus.js';

describe('a/b with a small denominator is a fraction unless a date cue of slash.json stands beside it', () => {
  const isDate = (before: string, after: string) => slashIsDate(`${before}3/5${after}`, before.length, before.length + 1, before.length + 3);
  it('reads the cues before and after', () => {
    expect(isDate('只有', '的人')).toBe(false);
    for (const w of slashCues.dateBefore) expect(isDate(w, '的人'), w).toBe(true);
    for (const w of slashCues.dateAfter) expect(isDate('只有', w), w).toBe(true);
  });
});

corpus('两 as a weight before what is weighed in it', ['dimension', 'count'], [
  { text: '喝了二兩白酒', expect: [{ text: '二兩', kind: 'dimension', value: { value: 2, unit: 'liang' } }] },
  { text: '吃了三两米饭', expect: [{ text: '三两', kind: 'dimension', value: { value: 3, unit: 'liang' } }] },
  { text: '来了三两个人', none: ['三两'] },
]);

corpus('成 and 折 inside another word', ['percent'], [
  { text: '价格打了九折', expect: [{ text: '九折', kind: 'percent', value: { value: 90 } }] },
  { text: '七折合人民币', none: ['七折'] },
  { text: '三成为主流', none: ['三成'] },
]);
