import { describe } from 'vitest';
import { corpus, same } from './corpus.js';

describe('fuzzy periods and modifiers', () => {
  corpus([
    { text: ['計畫於明年2月中旬交付', '计划于明年2月中旬交付'], referenceDate: '2025-12-24',
      expect: [{ text: same('明年2月中旬'), kind: 'date', value: { timex: '2026-02', mod: 'MID', start: '2026-02-11T00:00:00', end: '2026-02-21T00:00:00' } }] },
    { text: ['3月上旬與5月下旬', '3月上旬与5月下旬'], referenceDate: '2025-01-10',
      expect: [{ text: same('3月上旬'), kind: 'date', value: { timex: '2025-03', mod: 'START' } }, { text: same('5月下旬'), kind: 'date', value: { timex: '2025-05', mod: 'END', end: '2025-06-01T00:00:00' } }] },
    { text: ['從年初Deepseek橫空出世，到年底美國開放', '从年初Deepseek横空出世，到年底美国开放'], referenceDate: '2025-12-31',
      expect: [{ text: same('年初'), kind: 'date', value: { timex: '2025', mod: 'START' } }, { text: same('年底'), kind: 'date', value: { timex: '2025', mod: 'END' } }] },
    { text: ['匆匆又到了年尾', '匆匆又到了年尾'], referenceDate: '2025-12-31',
      expect: [{ text: same('年尾'), kind: 'date', value: { timex: '2025', mod: 'END' } }] },
    { text: ['2025年底前完成', '2025年底前完成'], referenceDate: '2025-06-01',
      expect: [{ text: same('2025年底'), kind: 'date', value: { timex: '2025', mod: 'END' } }] },
    { text: ['本月底交貨，下月初出貨', '本月底交货，下月初出货'], referenceDate: '2025-06-10',
      expect: [{ text: same('本月底'), kind: 'date', value: { timex: '2025-06', mod: 'END' } }, { text: same('下月初'), kind: 'date', value: { timex: '2025-07', mod: 'START' } }] },
    { text: ['要求2月15日前完成測試', '要求2月15日前完成测试'], referenceDate: '2025-12-30',
      expect: [{ text: same('2月15日前'), kind: 'date', value: { timex: '2026-02-15', mod: 'BEFORE', end: '2026-02-15T00:00:00' } }] },
    { text: ['總結了今年以來的技術', '总结了今年以来的技术'], referenceDate: '2025-12-31',
      expect: [{ text: ['今年以來', '今年以来'], kind: 'date', value: { timex: '2025', mod: 'ON_OR_AFTER' } }] },
    { text: ['使得全年對華配額提高', '使得全年对华配额提高'], referenceDate: '2025-12-30',
      expect: [{ text: same('全年'), kind: 'date', value: { timex: '2025' } }] },
    { text: ['2026年Q1追加，使得全年配額提高', '2026年Q1追加，使得全年配额提高'], referenceDate: '2025-12-30',
      expect: [{ text: same('全年'), kind: 'date', value: { timex: '2026' } }] },
    { text: ['12月1日起實施', '12月1日起实施'], referenceDate: '2025-11-20',
      expect: [{ text: same('12月1日起'), kind: 'date', value: { timex: '2025-12-01', mod: 'ON_OR_AFTER' } }] },
    { text: ['2015年前，這裡的情況更糟', '2015年前，这里的情况更糟'], referenceDate: '2018-08-30',
      expect: [{ text: same('2015年前'), kind: 'date', value: { timex: '2015', mod: 'BEFORE' } }] },
  ]);
});
