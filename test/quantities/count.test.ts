import { corpus } from './corpus.js';

corpus('count', ['count', 'number'], [
  { text: '路透援引三名供應鏈人士稱', expect: [{ text: '三名', kind: 'count', value: { value: 3, unit: '名' } }] },
  { text: '路透援引三名供应链人士称', expect: [{ text: '三名', kind: 'count', value: { value: 3, unit: '名' } }] },
  { text: '再追加20萬片H200晶圓,對應約10萬顆加速卡', expect: [
    { text: '20萬片', kind: 'count', value: { value: 200000, unit: '片' } },
    { text: '約10萬顆', kind: 'count', value: { value: 100000, unit: '顆', approx: true } }], none: ['H200'] },
  { text: '再追加20万片H200晶圆,对应约10万颗加速卡', expect: [
    { text: '20万片', kind: 'count', value: { value: 200000, unit: '片' } },
    { text: '约10万颗', kind: 'count', value: { value: 100000, unit: '颗', approx: true } }], none: ['H200'] },
  { text: '輝達急調 4-8 萬顆 H200', expect: [{ text: '4-8 萬顆', kind: 'count', value: { min: 40000, max: 80000, unit: '顆' } }] },
  { text: '英伟达急调4-8万颗H200', expect: [{ text: '4-8万颗', kind: 'count', value: { min: 40000, max: 80000, unit: '颗' } }] },
  { text: '發貨規模達5000至10000套晶片模組,相當於約4萬至8萬顆', expect: [
    { text: '5000至10000套', kind: 'count', value: { min: 5000, max: 10000, unit: '套' } },
    { text: '約4萬至8萬顆', kind: 'count', value: { min: 40000, max: 80000, approx: true, unit: '顆' } }] },
  { text: '发货规模达5000至10000套芯片模组,相当于约4万至8万颗', expect: [
    { text: '5000至10000套', kind: 'count', value: { min: 5000, max: 10000, unit: '套' } },
    { text: '约4万至8万颗', kind: 'count', value: { min: 40000, max: 80000, approx: true, unit: '颗' } }] },
  { text: '配額由40萬顆一步提高到“保底50萬、衝刺60萬”', expect: [
    { text: '40萬顆', kind: 'count', value: { value: 400000, unit: '顆' } },
    { text: '50萬', kind: 'count', value: { value: 500000, unit: '顆' } },
    { text: '60萬', kind: 'count', value: { value: 600000, unit: '顆' } }], none: ['一步'] },
  { text: '配额由40万颗一步提高到“保底50万、冲刺60万”', expect: [
    { text: '50万', kind: 'count', value: { value: 500000, unit: '颗' } }], none: ['一步'] },
  { text: '合計新增需求超7萬顆', expect: [{ text: '超7萬顆', kind: 'count', value: { value: 70000, bound: 'gt', unit: '顆' } }] },
  { text: '合计新增需求超7万颗', expect: [{ text: '超7万颗', kind: 'count', value: { value: 70000, bound: 'gt', unit: '颗' } }] },
  { text: '優勢可維持10-20倍(而非縮小至6倍或更低)', expect: [
    { text: '10-20倍', kind: 'count', value: { min: 10, max: 20, unit: '倍' } },
    { text: '6倍或更低', kind: 'count', value: { value: 6, bound: 'le', unit: '倍' } }] },
  { text: '优势可维持10-20倍', expect: [{ text: '10-20倍', kind: 'count', value: { min: 10, max: 20, unit: '倍' } }] },
  { text: '高出十倍到數十倍的價格', expect: [{ text: '十倍到數十倍', kind: 'count', value: { min: 10, max: 90, approx: true, unit: '倍' } }] },
  { text: '高出十倍到数十倍的价格', expect: [{ text: '十倍到数十倍', kind: 'count', value: { min: 10, max: 90, approx: true, unit: '倍' } }] },
  { text: '中美兩國,這兩家公司,共8個國家', expect: [
    { text: '兩國', kind: 'count', value: { value: 2, unit: '國' } },
    { text: '兩家', kind: 'count', value: { value: 2, unit: '家' } },
    { text: '8個', kind: 'count', value: { value: 8, unit: '個' } }] },
  { text: '中美两国,这两家公司,共8个国家', expect: [{ text: '两国', kind: 'count', value: { value: 2, unit: '国' } }] },
  { text: '招聘300多名工程師', expect: [{ text: '300多名', kind: 'count', value: { value: 300, bound: 'gt', unit: '名' } }] },
  { text: '招聘300多名工程师', expect: [{ text: '300多名', kind: 'count', value: { value: 300, bound: 'gt', unit: '名' } }] },
  // articles, idioms and list markers are not counts
  { text: '簽署了一份聲明,一個世界,每一塊晶片,三班倒連續生產', none: ['一份', '一個', '一塊', '三班倒'] },
  { text: '签署了一份声明,每一块芯片,三班倒连续生产', none: ['一份', '一块', '三班倒'] },
  { text: '原因有三點,其一,中國;其二,美國', expect: [{ text: '三點', kind: 'count', value: { value: 3, unit: '點' } }], none: ['其一', '其二'] },
  { text: '原因有三点,其一,中国;其二,美国', expect: [{ text: '三点', kind: 'count', value: { value: 3, unit: '点' } }], none: ['其一', '其二'] },
  { text: '下午五點到晚上七點半', none: ['五點', '七點'] },
  { text: '下午五点到晚上七点半', none: ['五点', '七点'] },
]);
