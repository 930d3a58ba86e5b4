import { describeCorpus, entity, type CorpusExample } from '../helpers/corpus.js';

const E = entity;

/** Each rule with examples in Traditional and Simplified script, and negatives. */
const corpus: Record<string, CorpusExample[]> = {
  'lexicon names, same canonical in every script and regional spelling': [
    { text: '輝達於12月29日晚緊急向台積電發出超級追單', expect: [E('輝達', 'ORG', 'NVIDIA'), E('台積電', 'ORG', 'TSMC')] },
    { text: '英伟达于12月29日晚紧急向台积电发出超级追单', expect: [E('英伟达', 'ORG', 'NVIDIA'), E('台积电', 'ORG', 'TSMC')] },
    { text: '英偉達與臺積電的合作', expect: [E('英偉達', 'ORG', 'NVIDIA'), E('臺積電', 'ORG', 'TSMC')] },
    { text: 'Nvidia and NVIDIA are one company', expect: [E('Nvidia', 'ORG', 'NVIDIA'), E('NVIDIA', 'ORG', 'NVIDIA')] },
    { text: '美國總統川普表示', expect: [E('美國', 'GPE', 'United States'), E('川普', 'PER', 'Donald Trump')] },
    { text: '美国总统特朗普表示', expect: [E('美国', 'GPE', 'United States'), E('特朗普', 'PER', 'Donald Trump')] },
    { text: '字節跳動與阿里巴巴,字節和阿里', expect: [E('字節跳動', 'ORG', 'ByteDance'), E('阿里巴巴', 'ORG', 'Alibaba'), E('字節', 'ORG', 'ByteDance'), E('阿里', 'ORG', 'Alibaba')] },
    { text: '字节跳动与阿里巴巴,字节和阿里', expect: [E('字节跳动', 'ORG', 'ByteDance'), E('阿里巴巴', 'ORG', 'Alibaba'), E('字节', 'ORG', 'ByteDance'), E('阿里', 'ORG', 'Alibaba')] },
    { text: '據路透社報導,黃仁勳稱', expect: [E('路透社', 'ORG', 'Reuters'), E('黃仁勳', 'PER', 'Jensen Huang')] },
    { text: '据路透社报道,黄仁勋称', expect: [E('路透社', 'ORG', 'Reuters'), E('黄仁勋', 'PER', 'Jensen Huang')] },
  ],
  'titles stay outside; the office is one ORG': [
    { text: '美國商務部長盧特尼克表示', expect: [E('美國商務部', 'ORG', 'US Department of Commerce'), E('盧特尼克', 'PER', 'Howard Lutnick')], none: ['長'] },
    { text: '美国商务部长卢特尼克表示', expect: [E('美国商务部', 'ORG', 'US Department of Commerce'), E('卢特尼克', 'PER', 'Howard Lutnick')] },
    { text: '外交部發言人郭嘉昆回應', expect: [E('外交部', 'ORG'), E('郭嘉昆', 'PER', 'Guo Jiakun')] },
    { text: '外交部发言人郭嘉昆回应', expect: [E('外交部', 'ORG'), E('郭嘉昆', 'PER', 'Guo Jiakun')] },
  ],
  'generic heads stay outside; demonyms are not mentions': [
    { text: '中國華為公司與美國政府', expect: [E('中國', 'GPE', 'China'), E('華為', 'ORG', 'Huawei'), E('美國', 'GPE', 'United States')], none: ['公司', '政府'] },
    { text: '中国华为公司与美国政府', expect: [E('中国', 'GPE', 'China'), E('华为', 'ORG', 'Huawei'), E('美国', 'GPE', 'United States')], none: ['公司', '政府'] },
    { text: '很多美國人和中國人都這樣想', none: ['美國人', '中國人'] },
    { text: '很多美国人和中国人都这样想', none: ['美国人', '中国人'] },
  ],
  'one-character country names where they stand for the country': [
    { text: '中美兩國的關係,輝達對華出口', expect: [E('中', 'GPE', 'China'), E('美', 'GPE', 'United States'), E('華', 'GPE', 'China')] },
    { text: '中美两国的关系,英伟达对华出口', expect: [E('中', 'GPE', 'China'), E('美', 'GPE', 'United States'), E('华', 'GPE', 'China')] },
    { text: '子彈正中美國的要害', expect: [E('美國', 'GPE', 'United States')], none: ['正中'] },
    { text: '子弹正中美国的要害', expect: [E('美国', 'GPE', 'United States')], none: ['正中'] },
    { text: '美媒與中企都提到華人', none: ['美媒', '中企', '華人'] },
    { text: '美媒与中企都提到华人', none: ['美媒', '中企', '华人'] },
  ],
  'people: surnames, honorifics and transliterated names': [
    { text: '民主黨參議員伊麗莎白·華倫要求', expect: [E('民主黨', 'ORG', 'Democratic Party'), E('伊麗莎白·華倫', 'PER', 'Elizabeth Warren')] },
    { text: '民主党参议员伊丽莎白·华伦要求', expect: [E('民主党', 'ORG', 'Democratic Party'), E('伊丽莎白·华伦', 'PER', 'Elizabeth Warren')] },
    { text: '俄羅斯選手葉甫根尼·普魯申科奪冠', expect: [E('葉甫根尼·普魯申科', 'PER')] },
    { text: '俄罗斯选手叶甫根尼·普鲁申科夺冠', expect: [E('叶甫根尼·普鲁申科', 'PER')] },
    { text: '主管機關核發許可證後', none: ['許可證'] },
    { text: '主管机关核发许可证后', none: ['许可证'] },
  ],
  'organizations by suffix': [
    { text: '哈佛大學費正清東亞研究中心主任', expect: [E('哈佛大學費正清東亞研究中心', 'ORG')] },
    { text: '哈佛大学费正清东亚研究中心主任', expect: [E('哈佛大学费正清东亚研究中心', 'ORG')] },
    { text: '公司內部的人都知道', none: ['內部', '公司'] },
    { text: '公司内部的人都知道', none: ['内部', '公司'] },
  ],
  'products and model codes; generic heads outside': [
    { text: 'H200晶片性能僅次於Blackwell系列', expect: [E('H200', 'PRODUCT', 'NVIDIA H200'), E('Blackwell', 'PRODUCT', 'NVIDIA Blackwell')] },
    { text: 'H200芯片性能仅次于Blackwell系列', expect: [E('H200', 'PRODUCT', 'NVIDIA H200'), E('Blackwell', 'PRODUCT', 'NVIDIA Blackwell')] },
    { text: '華為昇騰910B與摩爾線程MTT S5000', expect: [E('華為', 'ORG', 'Huawei'), E('昇騰910B', 'PRODUCT', 'Huawei Ascend 910B'), E('MTT S5000', 'PRODUCT')] },
    { text: '华为昇腾910B与摩尔线程MTT S5000', expect: [E('华为', 'ORG', 'Huawei'), E('昇腾910B', 'PRODUCT', 'Huawei Ascend 910B'), E('MTT S5000', 'PRODUCT')] },
    { text: '新型號RX9070與XQ123晶片', expect: [E('XQ123', 'PRODUCT')] },
    { text: '算力達到INT8,符合G2標準', none: ['INT8', 'G2'] },
    { text: '算力达到INT8,符合G2标准', none: ['INT8', 'G2'] },
  ],
  'laws, agreements and titles in 《》': [
    { text: '雙方簽署了反囤貨協議', expect: [E('反囤貨協議', 'LAW')], none: ['簽署'] },
    { text: '双方签署了反囤货协议', expect: [E('反囤货协议', 'LAW')], none: ['签署'] },
    { text: '據《環球時報》報導', expect: [E('環球時報', 'ORG', 'Global Times')], none: ['《'] },
    { text: '据《环球时报》报道', expect: [E('环球时报', 'ORG', 'Global Times')], none: ['《'] },
    { text: '他讀過《紅樓夢》', expect: [E('紅樓夢', 'WORK')] },
    { text: '他读过《红楼梦》', expect: [E('红楼梦', 'WORK')] },
    { text: '這種方法很好,這樣做違法', none: ['方法', '違法'] },
    { text: '这种方法很好,这样做违法', none: ['方法', '违法'] },
  ],
  'places from the data': [
    { text: '他從南京飛往新竹市,再到加利福尼亞州', expect: [E('南京', 'GPE', 'Nanjing'), E('新竹市', 'GPE', 'Hsinchu'), E('加利福尼亞州', 'GPE', 'California')] },
    { text: '他从南京飞往新竹市,再到加利福尼亚州', expect: [E('南京', 'GPE', 'Nanjing'), E('新竹市', 'GPE', 'Hsinchu'), E('加利福尼亚州', 'GPE', 'California')] },
    { text: '世界和平需要合作', none: ['世界', '和平', '合作'] },
  ],
};

describeCorpus('entities corpus', corpus, ['entity']);
