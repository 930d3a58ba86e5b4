import { corpus } from './corpus.js';

corpus('percent', ['percent'], [
  { text: '並預付30%定金,價格下調20%', expect: [{ text: '30%', kind: 'percent', value: { value: 30 } }, { text: '20%', kind: 'percent', value: { value: 20 } }] },
  { text: '并预付30%定金,价格下调20%', expect: [{ text: '30%', kind: 'percent', value: { value: 30 } }] },
  { text: '增長３．０％', expect: [{ text: '３．０％', kind: 'percent', value: { value: 3 } }] },
  { text: '增长３．０％', expect: [{ text: '３．０％', kind: 'percent', value: { value: 3 } }] },
  { text: '消費佔GDP比例30%左右', expect: [{ text: '30%左右', kind: 'percent', value: { value: 30, approx: true } }] },
  { text: '消费占GDP比例30%左右', expect: [{ text: '30%左右', kind: 'percent', value: { value: 30, approx: true } }] },
  { text: '全球過半AI研發者,僅為H200的一半', expect: [
    { text: '過半', kind: 'percent', value: { value: 50, bound: 'gt' } }, { text: '一半', kind: 'percent', value: { value: 50 } }] },
  { text: '全球过半AI研发者,仅为H200的一半', expect: [{ text: '过半', kind: 'percent', value: { value: 50, bound: 'gt' } }] },
  { text: '上升了百分之三十', expect: [{ text: '百分之三十', kind: 'percent', value: { value: 30 } }] },
  { text: '上升了百分之三十,三成', expect: [{ text: '三成', kind: 'percent', value: { value: 30 } }] },
  { text: '市佔率約三成,兩成半', expect: [{ text: '約三成', kind: 'percent', value: { value: 30, approx: true } }, { text: '兩成半', kind: 'percent', value: { value: 25 } }] },
  { text: '利率下降0.5個百分點', expect: [{ text: '0.5個百分點', kind: 'percent', value: { value: 0.5, unit: 'pp' } }] },
  { text: '利率下降0.5个百分点', expect: [{ text: '0.5个百分点', kind: 'percent', value: { value: 0.5, unit: 'pp' } }] },
  { text: '全場商品打八折', expect: [{ text: '八折', kind: 'percent', value: { value: 80 } }] },
  { text: '全场商品打八折', expect: [{ text: '八折', kind: 'percent', value: { value: 80 } }] },
  // 成 and 折 inside words
  { text: '三成員國,折合人民幣', none: ['三成'] },
  { text: '一半導體公司', none: ['一半'] },
]);
