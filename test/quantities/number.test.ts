import { corpus } from './corpus.js';

corpus('number', ['number', 'count'], [
  { text: '兩大關鍵信源進一步披露', expect: [{ text: '兩', kind: 'number', value: { value: 2 } }], none: ['一步'] },
  { text: '两大关键信源进一步披露', expect: [{ text: '两', kind: 'number', value: { value: 2 } }], none: ['一步'] },
  { text: '用戶達1,536人次以上', expect: [] },
  { text: '四千萬零六千', expect: [{ text: '四千萬零六千', kind: 'number', value: { value: 40006000 } }] },
  { text: '四千万零六千', expect: [{ text: '四千万零六千', kind: 'number', value: { value: 40006000 } }] },
  { text: '二十億', expect: [{ text: '二十億', kind: 'number', value: { value: 2e9 } }] },
  { text: '三分之一', expect: [{ text: '三分之一', kind: 'number', value: { value: 1 / 3 } }] },
  { text: '總額約3.2萬', expect: [{ text: '約3.2萬', kind: 'number', value: { value: 32000, approx: true } }] },
  { text: '总额约3.2万', expect: [{ text: '约3.2万', kind: 'number', value: { value: 32000, approx: true } }] },
  { text: '不到20', expect: [{ text: '不到20', kind: 'number', value: { value: 20, bound: 'lt' } }] },
  { text: '数十家企业', expect: [{ text: '数十家', kind: 'count', value: { min: 20, max: 90, approx: true } }] },
  // numeral characters inside words, codes, markers and dates
  { text: '這不是四川,一時一度一步一次性,萬一,統一', none: ['四', '一時', '一度', '一步', '一次性', '萬一', '統一'] },
  { text: '这不是四川,一时一度一步一次性,万一,统一', none: ['四', '一时', '一度', '一步', '一次性', '万一', '统一'] },
  { text: '01 從技術說起。1. 大模型 2. 算力', none: ['01', '1.', '2.'] },
  { text: '01 从技术说起。1. 大模型 2. 算力', none: ['01', '1.', '2.'] },
  { text: '2026年Q1交付,代號H200', none: ['Q1', 'H200'] },
  { text: '小明每天收拾房間,我準備要退伍了', none: ['拾', '伍'] },
  { text: '小明每天收拾房间,登陆部队已经上岸', none: ['拾', '陆'] },
]);
