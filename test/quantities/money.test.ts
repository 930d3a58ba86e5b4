import { corpus } from './corpus.js';

corpus('money', ['money'], [
  { text: '管道價維持2.8萬美元/顆不變', expect: [{ text: '2.8萬美元/顆', kind: 'money', value: { amount: 28000, currency: 'USD', per: '顆' } }] },
  { text: '渠道价维持2.8万美元/颗不变', expect: [{ text: '2.8万美元/颗', kind: 'money', value: { amount: 28000, currency: 'USD', per: '颗' } }] },
  { text: '每顆2.8萬美元', expect: [{ text: '每顆2.8萬美元', kind: 'money', value: { amount: 28000, currency: 'USD', per: '顆' } }] },
  { text: '每颗2.8万美元', expect: [{ text: '每颗2.8万美元', kind: 'money', value: { amount: 28000, currency: 'USD', per: '颗' } }] },
  { text: '價格降至1.35萬美元,成本增加不到20美元', expect: [
    { text: '1.35萬美元', kind: 'money', value: { amount: 13500, currency: 'USD' } },
    { text: '不到20美元', kind: 'money', value: { amount: 20, currency: 'USD', bound: 'lt' } }] },
  { text: '价格降至1.35万美元,成本增加不到20美元', expect: [
    { text: '不到20美元', kind: 'money', value: { amount: 20, currency: 'USD', bound: 'lt' } }] },
  { text: '台積電第三季營收新台幣7,500億元', expect: [{ text: '新台幣7,500億元', kind: 'money', value: { amount: 7.5e11, currency: 'TWD' } }] },
  { text: '台积电第三季营收新台币7,500亿元', expect: [{ text: '新台币7,500亿元', kind: 'money', value: { amount: 7.5e11, currency: 'TWD' } }] },
  { text: '本期奖池金额攀升至36.57亿元', expect: [{ text: '36.57亿元', kind: 'money', value: { amount: 3657000000, currency: 'CNY' } }] },
  { text: '本期獎池金額攀升至36.57億元,台灣彩券表示', expect: [{ text: '36.57億元', kind: 'money', value: { amount: 3657000000, currency: 'TWD' } }] },
  { text: '東芝重組另需1萬億日圓', expect: [{ text: '1萬億日圓', kind: 'money', value: { amount: 1e12, currency: 'JPY' } }] },
  { text: '东芝重组另需1万亿日元', expect: [{ text: '1万亿日元', kind: 'money', value: { amount: 1e12, currency: 'JPY' } }] },
  { text: '售價US$20,約港幣156元', expect: [
    { text: 'US$20', kind: 'money', value: { amount: 20, currency: 'USD' } },
    { text: '約港幣156元', kind: 'money', value: { amount: 156, currency: 'HKD', approx: true } }] },
  { text: '售价US$20,约人民币145元', expect: [
    { text: 'US$20', kind: 'money', value: { amount: 20, currency: 'USD' } },
    { text: '约人民币145元', kind: 'money', value: { amount: 145, currency: 'CNY', approx: true } }] },
  { text: '股價介於2萬至3萬歐元之間', expect: [{ text: '2萬至3萬歐元', kind: 'money', value: { min: 20000, max: 30000, currency: 'EUR' } }] },
  { text: '股价介于2万至3万欧元之间', expect: [{ text: '2万至3万欧元', kind: 'money', value: { min: 20000, max: 30000, currency: 'EUR' } }] },
  { text: '我有一千元', expect: [{ text: '一千元', kind: 'money', value: { amount: 1000, currency: 'CNY' } }] },
  { text: '50元6角三分', expect: [{ text: '50元6角三分', kind: 'money', value: { amount: 50.63, currency: 'CNY' } }] },
  // pieces, not money
  { text: '就是廢鐵一塊。買了3塊螢幕', none: ['一塊', '3塊'] },
  { text: '就是废铁一块。买了3块屏幕', none: ['一块', '3块'] },
]);
