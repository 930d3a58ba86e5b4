import { describeCorpus, entity, type CorpusExample } from '../helpers/corpus.js';

const E = entity;

/** Organization rules, each with examples in Traditional and Simplified script, and negatives. */
const corpus: Record<string, CorpusExample[]> = {
  'a verb, a title or a person before an organization ends its name': [
    { text: '李瑞環會見光彩事業促進會代表', expect: [E('李瑞環', 'PER')], none: ['會見'] },
    { text: '李瑞环会见光彩事业促进会代表', expect: [E('李瑞环', 'PER')], none: ['会见'] },
    { text: '通靈珠寶總裁沈東軍表示', expect: [E('通靈珠寶', 'ORG'), E('沈東軍', 'PER')], none: ['總裁'] },
    { text: '通灵珠宝总裁沈东军表示', expect: [E('通灵珠宝', 'ORG'), E('沈东军', 'PER')], none: ['总裁'] },
    { text: '李嘉誠基金會與宋慶齡基金會合作', expect: [E('李嘉誠基金會', 'ORG'), E('宋慶齡基金會', 'ORG')] },
    { text: '李嘉诚基金会与宋庆龄基金会合作', expect: [E('李嘉诚基金会', 'ORG'), E('宋庆龄基金会', 'ORG')] },
  ],
  'branches and departments keep the parent and the place': [
    { text: '交通銀行深圳分行與中國電信武漢分公司簽約', expect: [E('交通銀行深圳分行', 'ORG'), E('中國電信武漢分公司', 'ORG')] },
    { text: '交通银行深圳分行与中国电信武汉分公司签约', expect: [E('交通银行深圳分行', 'ORG'), E('中国电信武汉分公司', 'ORG')] },
    { text: '福建省公安廳經偵總隊破獲此案', expect: [E('福建省公安廳經偵總隊', 'ORG')] },
    { text: '福建省公安厅经侦总队破获此案', expect: [E('福建省公安厅经侦总队', 'ORG')] },
    { text: '該分行與總隊的負責人', none: ['分行', '總隊'] },
    { text: '该分行与总队的负责人', none: ['分行', '总队'] },
  ],
  'a mission names its sending body across 驻': [
    { text: '天津市人民政府駐烏魯木齊辦事處負責聯絡,中國駐美國大使館發言人表示', expect: [E('天津市人民政府駐烏魯木齊辦事處', 'ORG'), E('中國駐美國大使館', 'ORG')] },
    { text: '天津市人民政府驻乌鲁木齐办事处负责联络,中国驻美国大使馆发言人表示', expect: [E('天津市人民政府驻乌鲁木齐办事处', 'ORG'), E('中国驻美国大使馆', 'ORG')] },
  ],
  'words the segmenter tags as organizations that name a kind of body are no mention': [
    { text: '去當天的音樂會,參加商務會議,向人民法院起訴', none: ['音樂會', '商務會議', '人民法院'] },
    { text: '去当天的音乐会,参加商务会议,向人民法院起诉', none: ['音乐会', '商务会议', '人民法院'] },
    { text: '北京市高級人民法院審理此案', expect: [E('北京市高級人民法院', 'ORG')] },
    { text: '北京市高级人民法院审理此案', expect: [E('北京市高级人民法院', 'ORG')] },
  ],
  'a company\'s regional arm is one organization; an outlet\'s dateline is not': [
    { text: '匯豐中國昨日向記者表示,索尼澳大利亞有人覺得', expect: [E('匯豐中國', 'ORG'), E('索尼澳大利亞', 'ORG')] },
    { text: '汇丰中国昨日向记者表示,索尼澳大利亚有人觉得', expect: [E('汇丰中国', 'ORG'), E('索尼澳大利亚', 'ORG')] },
    { text: '新華社北京3月3日電,蘋果中國市場很大', expect: [E('新華社', 'ORG'), E('北京', 'GPE'), E('中國', 'GPE')] },
    { text: '新华社北京3月3日电,苹果中国市场很大', expect: [E('新华社', 'ORG'), E('北京', 'GPE'), E('中国', 'GPE')] },
  ],
  'a name found before one head opens a longer one; particles glued to a name stay outside': [
    { text: '廣州乾朗珠寶有限公司執行董事劉忠維認為', expect: [E('廣州乾朗珠寶有限公司', 'ORG'), E('劉忠維', 'PER')] },
    { text: '广州乾朗珠宝有限公司执行董事刘忠维认为', expect: [E('广州乾朗珠宝有限公司', 'ORG'), E('刘忠维', 'PER')] },
    { text: '這遭到了澤東公司的質問', expect: [E('澤東公司', 'ORG')] },
    { text: '这遭到了泽东公司的质问', expect: [E('泽东公司', 'ORG')] },
  ],
  'regulators and payment networks by name': [
    { text: '中國銀監會已通知銀聯與Visa', expect: [E('中國銀監會', 'ORG', 'China Banking Regulatory Commission'), E('銀聯', 'ORG', 'UnionPay'), E('Visa', 'ORG', 'Visa')] },
    { text: '中国银监会已通知银联与Visa', expect: [E('中国银监会', 'ORG', 'China Banking Regulatory Commission'), E('银联', 'ORG', 'UnionPay'), E('Visa', 'ORG', 'Visa')] },
  ],
  'segmenter organisations made of places, of both parties, or ending in 同学会': [
    { text: '中華人民共和國香港特別行政區成立', expect: [E('中華人民共和國', 'GPE'), E('香港特別行政區', 'GPE')] },
    { text: '中华人民共和国香港特别行政区成立', expect: [E('中华人民共和国', 'GPE'), E('香港特别行政区', 'GPE')] },
    { text: '中英兩國政府就此達成協議', expect: [E('中', 'GPE'), E('英', 'GPE')], none: ['政府'] },
    { text: '中英两国政府就此达成协议', expect: [E('中', 'GPE'), E('英', 'GPE')], none: ['政府'] },
    { text: '黃埔同學會會長與民革中央主席', expect: [E('黃埔同學會', 'ORG'), E('民革中央', 'ORG')] },
    { text: '黄埔同学会会长与民革中央主席', expect: [E('黄埔同学会', 'ORG'), E('民革中央', 'ORG')] },
  ],
  'datelines, member states and the organisations a proper word holds': [
    { text: '11月6日訊新華社記者報導,安理會常任理事國與巴基斯坦穆斯林聯盟', expect: [E('新華社', 'ORG'), E('安理會', 'ORG', 'UN Security Council'), E('巴基斯坦穆斯林聯盟', 'ORG')], none: ['日訊', '理事國'] },
    { text: '11月6日讯新华社记者报道,安理会常任理事国与巴基斯坦穆斯林联盟', expect: [E('新华社', 'ORG'), E('安理会', 'ORG', 'UN Security Council'), E('巴基斯坦穆斯林联盟', 'ORG')], none: ['日讯', '理事国'] },
  ],
  'armed forces: a country and a branch, one-character countries before 军': [
    { text: '美國海軍與德國軍隊聯合演習', expect: [E('美國海軍', 'ORG'), E('德國軍隊', 'ORG')] },
    { text: '美国海军与德国军队联合演习', expect: [E('美国海军', 'ORG'), E('德国军队', 'ORG')] },
    { text: '英軍和美軍進入該地,日軍撤退', expect: [E('英軍', 'ORG'), E('美軍', 'ORG'), E('日軍', 'ORG')] },
    { text: '英军和美军进入该地,日军撤退', expect: [E('英军', 'ORG'), E('美军', 'ORG'), E('日军', 'ORG')] },
    { text: '解放軍舉行演習', expect: [E('解放軍', 'ORG', "People's Liberation Army")] },
    { text: '解放军举行演习', expect: [E('解放军', 'ORG', "People's Liberation Army")] },
    { text: '美軍事專家與軍艦', none: ['美軍', '軍艦'] },
    { text: '美军事专家与军舰', none: ['美军', '军舰'] },
  ],
  'pairs of one-character countries are one mention each': [
    { text: '原屬歐美客戶的產能', expect: [E('歐', 'LOC'), E('美', 'GPE')] },
    { text: '原属欧美客户的产能', expect: [E('欧', 'LOC'), E('美', 'GPE')] },
  ],
};

describeCorpus('entity corpus: organizations', corpus, ['entity'], ['entities']);
