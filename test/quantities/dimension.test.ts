import { corpus } from './corpus.js';

corpus('dimension', ['dimension', 'number'], [
  { text: 'INT8算力1536 TOPS、視訊記憶體141 GB HBM3e', expect: [
    { text: '1536 TOPS', kind: 'dimension', value: { value: 1536, unit: 'TOPS' } },
    { text: '141 GB', kind: 'dimension', value: { value: 141, unit: 'GB' } }], none: ['INT8', 'HBM3e'] },
  { text: 'INT8算力1536 TOPS、显存141 GB HBM3e', expect: [
    { text: '1536 TOPS', kind: 'dimension', value: { value: 1536, unit: 'TOPS' } },
    { text: '141 GB', kind: 'dimension', value: { value: 141, unit: 'GB' } }], none: ['INT8'] },
  { text: 'BIS新規將70 TFLOPS納入', expect: [{ text: '70 TFLOPS', kind: 'dimension', value: { value: 70, unit: 'TFLOPS' } }] },
  { text: '採用3奈米製程', expect: [{ text: '3奈米', kind: 'dimension', value: { value: 3, unit: 'nm' } }] },
  { text: '采用3纳米制程', expect: [{ text: '3纳米', kind: 'dimension', value: { value: 3, unit: 'nm' } }] },
  { text: '全長3公里,面積1.2萬平方公尺', expect: [
    { text: '3公里', kind: 'dimension', value: { value: 3, unit: 'km' } },
    { text: '1.2萬平方公尺', kind: 'dimension', value: { value: 12000, unit: 'm2' } }] },
  { text: '全长3公里,面积1.2万平方米', expect: [{ text: '1.2万平方米', kind: 'dimension', value: { value: 12000, unit: 'm2' } }] },
  { text: '重約500公斤,載重2噸', expect: [
    { text: '約500公斤', kind: 'dimension', value: { value: 500, unit: 'kg', approx: true } },
    { text: '2噸', kind: 'dimension', value: { value: 2, unit: 't' } }] },
  { text: '重约500公斤,载重2吨', expect: [{ text: '2吨', kind: 'dimension', value: { value: 2, unit: 't' } }] },
  { text: '功率700瓦,氣溫攝氏37度', expect: [
    { text: '700瓦', kind: 'dimension', value: { value: 700, unit: 'W' } },
    { text: '攝氏37度', kind: 'dimension', value: { value: 37, unit: '°C' } }] },
  { text: '功率700瓦,气温摄氏37度', expect: [{ text: '摄氏37度', kind: 'dimension', value: { value: 37, unit: '°C' } }] },
  { text: '時速120公里/小時', expect: [{ text: '120公里/小時', kind: 'dimension', value: { value: 120, unit: 'km/h' } }] },
  { text: '12千米', expect: [{ text: '12千米', kind: 'dimension', value: { value: 12, unit: 'km' } }] },
  { text: '1.6~3.9米', expect: [{ text: '1.6~3.9米', kind: 'dimension', value: { min: 1.6, max: 3.9, unit: 'm' } }] },
  // codes are not measures
  { text: '輝達H200與昇騰910B、MTT S5000、SHR-1', none: ['H200', '910B', 'S5000', 'SHR-1'] },
  { text: '英伟达H200与昇腾910B、MTT S5000、SHR-1、2330.TW', none: ['H200', '910B', 'S5000', 'SHR-1', '2330.TW'] },
]);

corpus('weights in 两 and heights in 米', ['dimension', 'number', 'count', 'money'], [
  { text: '買了二兩茶葉', expect: [{ text: '二兩', kind: 'dimension', value: { value: 2, unit: 'liang' } }] },
  { text: '买了二两茶叶', expect: [{ text: '二两', kind: 'dimension', value: { value: 2, unit: 'liang' } }] },
  { text: '牛肉9兩半', expect: [{ text: '9兩半', kind: 'dimension', value: { value: 9.5, unit: 'liang' } }] },
  { text: '牛肉9两半', expect: [{ text: '9两半', kind: 'dimension', value: { value: 9.5, unit: 'liang' } }] },
  { text: '來了三兩個人', none: ['三兩'] },
  { text: '来了三两个人', none: ['三两'] },
  { text: '他身高一米八五', expect: [{ text: '一米八五', kind: 'dimension', value: { value: 1.85, unit: 'm' } }] },
  { text: '他身高一米八五', expect: [{ text: '一米八五', kind: 'dimension', value: { value: 1.85, unit: 'm' } }] },
  { text: '個子米九左右', expect: [{ text: '米九左右', kind: 'dimension', value: { value: 1.9, unit: 'm', approx: true } }] },
  { text: '个子米九左右', expect: [{ text: '米九左右', kind: 'dimension', value: { value: 1.9, unit: 'm', approx: true } }] },
  { text: '大米九元一斤', expect: [{ text: '九元', kind: 'money', value: { amount: 9 } }] },
  { text: '大米九元一斤', expect: [{ text: '九元', kind: 'money', value: { amount: 9 } }] },
  { text: '華氏溫度51度', expect: [{ text: '華氏溫度51度', kind: 'dimension', value: { value: 51, unit: '°F' } }] },
  { text: '华氏温度51度', expect: [{ text: '华氏温度51度', kind: 'dimension', value: { value: 51, unit: '°F' } }] },
]);
