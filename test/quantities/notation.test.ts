import { corpus } from './corpus.js';

corpus('numbers in other notations', ['number', 'count', 'percent'], [
  { text: '總數7萬 5千 4百', expect: [{ text: '7萬 5千 4百', kind: 'number', value: { value: 75400 } }] },
  { text: '总数7万 5千 4百', expect: [{ text: '7万 5千 4百', kind: 'number', value: { value: 75400 } }] },
  { text: '八千 三百 八十五 萬 二千 三百 二十六 點三三', expect: [{ text: '八千 三百 八十五 萬 二千 三百 二十六 點三三', kind: 'number', value: { value: 83852326.33 } }] },
  { text: '八千 三百 八十五 万 二千 三百 二十六 点三三', expect: [{ text: '八千 三百 八十五 万 二千 三百 二十六 点三三', kind: 'number', value: { value: 83852326.33 } }] },
  { text: '係數為2^-1', expect: [{ text: '2^-1', kind: 'number', value: { value: 0.5 } }] },
  { text: '系数为2^-1', expect: [{ text: '2^-1', kind: 'number', value: { value: 0.5 } }] },
  { text: '結果是-1e1', expect: [{ text: '-1e1', kind: 'number', value: { value: -10 } }] },
  { text: '结果是-1e1', expect: [{ text: '-1e1', kind: 'number', value: { value: -10 } }] },
  { text: '機率為.5', expect: [{ text: '.5', kind: 'number', value: { value: 0.5 } }] },
  { text: '机率为.5', expect: [{ text: '.5', kind: 'number', value: { value: 0.5 } }] },
  { text: '只有1/2的人同意', expect: [{ text: '1/2', kind: 'number', value: { value: 0.5 } }] },
  { text: '只有1/2的人同意', expect: [{ text: '1/2', kind: 'number', value: { value: 0.5 } }] },
  { text: '斜率為-3/2', expect: [{ text: '-3/2', kind: 'number', value: { value: -1.5 } }] },
  { text: '斜率为-3/2', expect: [{ text: '-3/2', kind: 'number', value: { value: -1.5 } }] },
  // a month and day is left to the temporal extractor
  { text: '新規12/25生效', none: ['12/25', '12', '25'] },
  { text: '新规12/25生效', none: ['12/25', '12', '25'] },
  { text: 'HBM3e記憶體', none: ['3e'] },
  { text: 'HBM3e内存', none: ['3e'] },
]);

corpus('approximate pairs', ['number', 'count'], [
  { text: '現場七八萬人', expect: [{ text: '七八萬人', kind: 'count', value: { min: 70000, max: 80000, approx: true, unit: '人' } }] },
  { text: '现场七八万人', expect: [{ text: '七八万人', kind: 'count', value: { min: 70000, max: 80000, approx: true, unit: '人' } }] },
  { text: '來了三四個記者', expect: [{ text: '三四個', kind: 'count', value: { min: 3, max: 4, unit: '個' } }] },
  { text: '来了三四个记者', expect: [{ text: '三四个', kind: 'count', value: { min: 3, max: 4, unit: '个' } }] },
  { text: '一百二三十名工人', expect: [{ text: '一百二三十名', kind: 'count', value: { min: 120, max: 130, unit: '名' } }] },
  { text: '一百二三十名工人', expect: [{ text: '一百二三十名', kind: 'count', value: { min: 120, max: 130, unit: '名' } }] },
]);

corpus('percents spelt out with spaces', ['percent'], [
  { text: '十 成', expect: [{ text: '十 成', kind: 'percent', value: { value: 100 } }] },
  { text: '九 九 折', expect: [{ text: '九 九 折', kind: 'percent', value: { value: 99 } }] },
]);
