import type { DevCase } from './types.js';

/**
 * Dev corpus for claim assembly: short invented news paragraphs in the styles of mainland
 * (Simplified), Hong Kong and Taiwan (Traditional) outlets, annotated by hand with the
 * conventions of eval/seed-gold.md (Claims). None is copied from a real article.
 * `npx tsx test/claims/corpus/build.ts` writes dev.jsonl (the FORMAT.md case shape) from it.
 */
export const DEV_CASES: DevCase[] = [
  // ---- mainland, Simplified ---------------------------------------------------------------
  {
    id: 'cn-stats-dateline', region: 'cn', genre: 'economy',
    text: '新华社北京12月29日电 国家统计局29日发布数据显示,11月全国规模以上工业企业利润同比增长5.2%。其中,高技术制造业利润增长12.3%。',
    claims: [
      { span: '新华社北京12月29日电 国家统计局29日发布数据显示,11月全国规模以上工业企业利润同比增长5.2%', subj: '国家统计局', pred: '增长', src: 'National Bureau of Statistics of China', cue: '显示', mod: 'reported', args: ['11月', '5.2%'],
        alt: { subj: ['全国规模以上工业企业利润'] }, note: 'content names no entity: the speaker is the subject; the profit noun phrase is also a fair reading' },
      { span: '其中,高技术制造业利润增长12.3%', subj: '高技术制造业利润', pred: '增长', src: null, mod: 'asserted', args: ['12.3%'],
        alt: { subj: ['国家统计局'] }, note: 'a new sentence without a cue is the text\'s own voice' },
    ],
  },
  {
    id: 'cn-mfa-spokesperson', region: 'cn', genre: 'politics',
    text: '外交部发言人毛宁30日在例行记者会上表示,中方对美方近期对台军售表示强烈不满,已向美方提出严正交涉。她强调,台湾问题是中国内政。',
    claims: [
      { span: '外交部发言人毛宁30日在例行记者会上表示,中方对美方近期对台军售表示强烈不满', subj: '中方', pred: '表示', src: 'Mao Ning', cue: '表示', mod: 'reported', args: ['美方', '近期', '台'] },
      { span: '已向美方提出严正交涉', subj: '中方', implicit: true, canon: 'China', pred: '提出', src: 'Mao Ning', cue: '表示', mod: 'reported', args: ['美方'] },
      { span: '她强调,台湾问题是中国内政', subj: '台湾', pred: '是', src: 'Mao Ning', cue: '强调', mod: 'reported', args: ['中国'] },
    ],
  },
  {
    id: 'cn-csrc-reuters', region: 'cn', genre: 'finance',
    text: '据路透社报道,中国证监会周五宣布,将暂停部分新股发行。分析人士认为,此举短期内或提振A股表现。',
    claims: [
      { span: '据路透社报道,中国证监会周五宣布,将暂停部分新股发行', subj: '证监会', pred: '宣布', src: 'Reuters', cue: '据…报道', mod: 'planned', alt: { subj: ['中国'] }, note: '宣布 is the event predicate, not a cue; its object is placed in the future (将)' },
      { span: '分析人士认为,此举短期内或提振A股表现', subj: '此举', pred: '提振', src: null, via: '分析人士', cue: '认为', mod: 'opinion', alt: { subj: ['A股'] } },
    ],
  },
  {
    id: 'cn-ndrc-plan', region: 'cn', genre: 'economy',
    text: '国家发改委30日表示,明年将继续扩大有效投资,并将重点支持新型基础设施建设。',
    claims: [
      { span: '国家发改委30日表示,明年将继续扩大有效投资', subj: '国家发改委', pred: '扩大', src: 'National Development and Reform Commission', cue: '表示', mod: 'planned', args: ['明年'],
        alt: { src: ['国家发改委'] }, note: 'the speaker acts: dropped subject after the frame' },
      { span: '并将重点支持新型基础设施建设', subj: '国家发改委', implicit: true, pred: '支持', src: 'National Development and Reform Commission', cue: '表示', mod: 'planned', alt: { src: ['国家发改委'] } },
    ],
  },
  {
    id: 'cn-byd-filing', region: 'cn', genre: 'business',
    text: '比亚迪公告称,公司11月新能源汽车销量达50.6万辆,同比增长约20%。',
    claims: [
      { span: '比亚迪公告称,公司11月新能源汽车销量达50.6万辆', subj: '比亚迪', pred: '达', src: 'BYD', cue: '称', mod: 'reported', args: ['11月', '50.6万辆'], alt: { subj: ['公司'] } },
      { span: '同比增长约20%', subj: '比亚迪', implicit: true, pred: '增长', src: 'BYD', cue: '称', mod: 'reported', args: ['约20%'], alt: { subj: ['公司'] } },
    ],
  },
  {
    id: 'cn-state-council', region: 'cn', genre: 'politics',
    text: '据新华社消息,国务院常务会议12月26日审议通过《关于加快发展服务消费的意见》。会议指出,要进一步优化消费环境。',
    claims: [
      { span: '据新华社消息,国务院常务会议12月26日审议通过《关于加快发展服务消费的意见》', subj: '国务院', pred: '审议', src: 'Xinhua News Agency', cue: '据…消息', mod: 'reported', args: ['12月26日'] },
      { span: '会议指出,要进一步优化消费环境', subj: '会议', pred: '优化', src: null, via: '会议', cue: '指出', mod: 'reported',
        alt: { src: ['State Council of China'], subj: ['国务院'] }, note: '会议 refers back to the State Council meeting; the literal reading leaves the source unnamed' },
    ],
  },
  {
    id: 'cn-pboc-rrr', region: 'cn', genre: 'finance',
    text: '中国人民银行宣布,自2026年1月5日起下调金融机构存款准备金率0.5个百分点。此次降准预计将释放长期资金约1万亿元。',
    claims: [
      { span: '中国人民银行宣布,自2026年1月5日起下调金融机构存款准备金率0.5个百分点', subj: '中国人民银行', pred: '宣布', src: null, mod: 'planned', args: ['2026年1月5日起'],
        alt: { mod: ['asserted'] }, note: 'a decision announced now for a future date: planned (action placed in the future); asserted as an announcement is also defensible' },
      { span: '此次降准预计将释放长期资金约1万亿元', subj: '此次降准', pred: '释放', src: null, mod: 'expected', args: ['约1万亿元'], alt: { subj: ['中国人民银行'] } },
    ],
  },
  {
    id: 'cn-miit-5g', region: 'cn', genre: 'tech',
    text: '工信部数据显示,今年前11个月,我国5G基站总数达到450万个。',
    claims: [
      { span: '工信部数据显示,今年前11个月,我国5G基站总数达到450万个', subj: '我国', pred: '达到', src: 'Ministry of Industry and Information Technology', cue: '显示', mod: 'reported', args: ['今年前11个月', '450万个'],
        alt: { subj: ['工信部'], src: ['工信部'] } },
    ],
  },
  {
    id: 'cn-xiaomi-weibo', region: 'cn', genre: 'business',
    text: '小米集团创始人雷军在微博上透露,小米汽车明年计划交付35万辆。他同时表示,公司不会参与价格战。',
    claims: [
      { span: '小米集团创始人雷军在微博上透露,小米汽车明年计划交付35万辆', subj: '小米汽车', pred: '交付', src: 'Lei Jun', cue: '透露', mod: 'planned', args: ['明年', '35万辆'], alt: { subj: ['小米'] } },
      { span: '他同时表示,公司不会参与价格战', subj: '雷军', implicit: true, pred: '参与', src: 'Lei Jun', cue: '表示', mod: 'negated', alt: { subj: ['公司', '小米集团'] } },
    ],
  },
  {
    id: 'cn-csrc-spokesperson', region: 'cn', genre: 'finance',
    text: '证监会新闻发言人表示,将依法从严查处财务造假行为。',
    claims: [
      { span: '证监会新闻发言人表示,将依法从严查处财务造假行为', subj: '证监会', pred: '查处', src: 'China Securities Regulatory Commission', via: '新闻发言人', cue: '表示', mod: 'planned', alt: { src: ['证监会'] } },
    ],
  },
  {
    id: 'cn-cold-wave', region: 'cn', genre: 'society',
    text: '受寒潮影响,北京、天津等地明日最低气温将降至零下15摄氏度。中央气象台已于今天发布寒潮蓝色预警。',
    claims: [
      { span: '受寒潮影响,北京、天津等地明日最低气温将降至零下15摄氏度', subj: '北京', pred: '降至', src: null, mod: 'planned', args: ['天津', '明日'], alt: { mod: ['expected'] }, note: '将 with a non-agent subject: future auxiliary (planned) by the gold precedence, predictive (expected) by meaning' },
      { span: '中央气象台已于今天发布寒潮蓝色预警', subj: '中央气象台', pred: '发布', src: null, mod: 'asserted', args: ['今天'] },
    ],
  },
  {
    id: 'cn-rail-cctv', region: 'cn', genre: 'society',
    text: '据央视新闻报道,截至12月28日,全国铁路今年累计发送旅客超过40亿人次,创历史新高。',
    claims: [
      { span: '据央视新闻报道,截至12月28日,全国铁路今年累计发送旅客超过40亿人次', subj: '全国铁路', pred: '发送', src: 'CCTV News', cue: '据…报道', mod: 'reported', args: ['12月28日', '今年'] },
      { span: '创历史新高', subj: '全国铁路', implicit: true, pred: '创', src: 'CCTV News', cue: '据…报道', mod: 'reported' },
    ],
  },
  {
    id: 'cn-llm-coordinated', region: 'cn', genre: 'tech',
    text: '阿里巴巴、腾讯和百度均已推出自研大模型。其中,阿里巴巴计划在未来三年投入3800亿元用于云和AI基础设施建设。',
    claims: [
      { span: '阿里巴巴、腾讯和百度均已推出自研大模型', subj: '阿里巴巴', pred: '推出', src: null, mod: 'asserted', args: ['腾讯', '百度'] },
      { span: '其中,阿里巴巴计划在未来三年投入3800亿元用于云和AI基础设施建设', subj: '阿里巴巴', pred: '投入', src: null, mod: 'planned', args: ['未来三年', '3800亿元'] },
    ],
  },
  {
    id: 'cn-customs-trade', region: 'cn', genre: 'economy',
    text: '海关总署12日公布的数据显示,前11个月我国货物贸易进出口总值41.2万亿元,同比增长3.6%。其中,出口增长6.2%,进口下降0.2%。',
    claims: [
      { span: '海关总署12日公布的数据显示,前11个月我国货物贸易进出口总值41.2万亿元', subj: '我国', pred: '总值', src: 'General Administration of Customs of China', cue: '显示', mod: 'reported', args: ['前11个月', '41.2万亿元'],
        alt: { subj: ['海关总署'], src: ['海关总署'] } },
      { span: '同比增长3.6%', subj: '我国', implicit: true, pred: '增长', src: 'General Administration of Customs of China', cue: '显示', mod: 'reported', args: ['3.6%'], alt: { subj: ['海关总署'], src: ['海关总署'] } },
      { span: '其中,出口增长6.2%', subj: '出口', pred: '增长', src: null, mod: 'asserted', args: ['6.2%'], alt: { subj: ['我国', '海关总署'] } },
      { span: '进口下降0.2%', subj: '进口', pred: '下降', src: null, mod: 'asserted', args: ['0.2%'], alt: { subj: ['我国', '海关总署', '出口'] } },
    ],
  },
  {
    id: 'cn-property-insider', region: 'cn', genre: 'economy',
    text: '一名接近监管层的人士透露,相关部门正在研究出台房地产新政,但具体时间尚未确定。',
    claims: [
      { span: '一名接近监管层的人士透露,相关部门正在研究出台房地产新政', subj: '相关部门', pred: '研究', src: null, via: '一名接近监管层的人士', cue: '透露', mod: 'reported' },
      { span: '但具体时间尚未确定', subj: '相关部门', implicit: true, pred: '尚未确定', src: null, via: '一名接近监管层的人士', cue: '透露', mod: 'negated', alt: { subj: ['具体时间'] } },
    ],
  },
  {
    id: 'cn-huawei-chip', region: 'cn', genre: 'tech',
    text: '华为轮值董事长徐直军表示,华为将在2026年第一季度推出昇腾950芯片。若进展顺利,该芯片有望在明年下半年量产。',
    claims: [
      { span: '华为轮值董事长徐直军表示,华为将在2026年第一季度推出昇腾950芯片', subj: '华为', subjAfter: '表示', pred: '推出', src: '徐直军', cue: '表示', mod: 'planned', args: ['2026年第一季度', '昇腾950'],
        alt: { src: ['Xu Zhijun', 'Huawei'] }, note: 'a person without an established English name: the source is the name as written' },
      { span: '若进展顺利,该芯片有望在明年下半年量产', subj: '昇腾950', implicit: true, pred: '量产', src: null, mod: 'conditional', args: ['明年下半年'], alt: { subj: ['华为'] }, note: 'new sentence without a cue: own voice' },
    ],
  },
  {
    id: 'cn-mofcom-headline', region: 'cn', genre: 'politics',
    text: '商务部:对原产于美国的进口丙烷征收反倾销税',
    claims: [
      { span: '商务部:对原产于美国的进口丙烷征收反倾销税', subj: '商务部', pred: '征收', src: 'Ministry of Commerce of China', cue: ':', mod: 'reported', args: ['美国'], alt: { src: ['商务部'] } },
    ],
  },
  {
    id: 'cn-mofcom-body', region: 'cn', genre: 'politics',
    text: '商务部12月30日发布公告,决定自2026年1月1日起对原产于美国的进口丙烷征收反倾销税。',
    claims: [
      { span: '商务部12月30日发布公告', subj: '商务部', pred: '发布', src: null, mod: 'asserted', args: ['12月30日'] },
      { span: '决定自2026年1月1日起对原产于美国的进口丙烷征收反倾销税', subj: '商务部', implicit: true, pred: '决定', src: null, mod: 'asserted', args: ['2026年1月1日起', '美国'], note: 'decisions are realis' },
    ],
  },
  {
    id: 'cn-oil-maybe', region: 'cn', genre: 'finance',
    text: '受中东局势影响,国际油价明年或再度走高。一旦主要产油国达成减产协议,布伦特原油价格可能突破每桶90美元。',
    claims: [
      { span: '受中东局势影响,国际油价明年或再度走高', subj: '国际油价', pred: '走高', src: null, mod: 'expected', args: ['中东', '明年'] },
      { span: '一旦主要产油国达成减产协议,布伦特原油价格可能突破每桶90美元', subj: '布伦特原油价格', pred: '突破', src: null, mod: 'conditional', args: ['90美元'] },
    ],
  },
  {
    id: 'cn-morgan-forecast', region: 'cn', genre: 'finance',
    text: '摩根士丹利预计,2026年中国GDP增速将放缓至4.2%。',
    claims: [
      { span: '摩根士丹利预计,2026年中国GDP增速将放缓至4.2%', subj: '中国', pred: '放缓', src: 'Morgan Stanley', cue: '预计', mod: 'expected', args: ['2026年', '4.2%'] },
    ],
  },
  {
    id: 'cn-nio-earnings', region: 'cn', genre: 'business',
    text: '蔚来公司发布财报称,第三季度营收同比增长16.7%至217.9亿元,净亏损收窄至34.8亿元。',
    claims: [
      { span: '蔚来公司发布财报称,第三季度营收同比增长16.7%至217.9亿元', subj: '蔚来', pred: '增长', src: 'NIO', cue: '称', mod: 'reported', args: ['第三季度', '16.7%', '217.9亿元'], alt: { src: ['蔚来'] } },
      { span: '净亏损收窄至34.8亿元', subj: '蔚来', implicit: true, pred: '收窄', src: 'NIO', cue: '称', mod: 'reported', args: ['34.8亿元'], alt: { src: ['蔚来'] } },
    ],
  },
  {
    id: 'cn-apple-cook', region: 'cn', genre: 'business',
    text: '苹果公司CEO库克在接受采访时说,苹果不会因关税而提高iPhone售价。',
    claims: [
      { span: '苹果公司CEO库克在接受采访时说,苹果不会因关税而提高iPhone售价', subj: '苹果', subjAfter: '说', pred: '提高', src: 'Tim Cook', cue: '说', mod: 'negated', args: ['iPhone'] },
    ],
  },
  {
    id: 'cn-tesla-market', region: 'cn', genre: 'finance',
    text: '特斯拉股价周一大跌8%,市值蒸发约900亿美元。',
    claims: [
      { span: '特斯拉股价周一大跌8%', subj: '特斯拉', pred: '大跌', src: null, mod: 'asserted', args: ['周一', '8%'] },
      { span: '市值蒸发约900亿美元', subj: '特斯拉', implicit: true, pred: '蒸发', src: null, mod: 'asserted', args: ['约900亿美元'] },
    ],
  },
  {
    id: 'cn-softbank-bloomberg', region: 'cn', genre: 'business',
    text: '据彭博社援引知情人士报道,软银正洽谈以约65亿美元收购芯片设计公司Ampere。',
    claims: [
      { span: '据彭博社援引知情人士报道,软银正洽谈以约65亿美元收购芯片设计公司Ampere', subj: '软银', pred: '洽谈', src: 'Bloomberg', via: '知情人士', cue: '据…报道', mod: 'reported', args: ['约65亿美元', 'Ampere'] },
    ],
  },
  {
    id: 'cn-openai-launch', region: 'cn', genre: 'tech',
    text: 'OpenAI周二发布新一代模型GPT-5,称其推理能力较上一代大幅提升。',
    claims: [
      { span: 'OpenAI周二发布新一代模型GPT-5', subj: 'OpenAI', pred: '发布', src: null, mod: 'asserted', args: ['周二', 'GPT-5'] },
      { span: '称其推理能力较上一代大幅提升', subj: 'GPT-5', implicit: true, pred: '提升', src: 'OpenAI', cue: '称', mod: 'reported', alt: { subj: ['OpenAI'] }, note: '称 with the speaker dropped: the subject of the clause before speaks' },
    ],
  },
  {
    id: 'cn-samsung-guidance', region: 'cn', genre: 'business',
    text: '三星电子表示,公司第四季度营业利润预计为20万亿韩元,高于市场预期。',
    claims: [
      { span: '三星电子表示,公司第四季度营业利润预计为20万亿韩元', subj: '三星电子', pred: '为', src: 'Samsung Electronics', cue: '表示', mod: 'expected', args: ['第四季度', '20万亿韩元'], alt: { subj: ['公司'], src: ['Samsung'] } },
      { span: '高于市场预期', subj: '三星电子', implicit: true, pred: '高于', src: 'Samsung Electronics', cue: '表示', mod: 'reported', alt: { mod: ['expected'], src: ['Samsung'] } },
    ],
  },
  {
    id: 'cn-trump-tariff', region: 'cn', genre: 'politics',
    text: '美国总统特朗普周日在社交媒体上宣布,将对进口家具加征25%关税。',
    claims: [
      { span: '美国总统特朗普周日在社交媒体上宣布,将对进口家具加征25%关税', subj: '特朗普', pred: '宣布', src: null, mod: 'planned', args: ['美国', '周日', '25%'] },
    ],
  },
  {
    id: 'cn-us-media-headline', region: 'cn', genre: 'politics',
    text: '美媒:中国将限制稀土出口',
    claims: [
      { span: '美媒:中国将限制稀土出口', subj: '中国', pred: '限制', src: null, via: '美媒', cue: ':', mod: 'planned' },
    ],
  },
  {
    id: 'cn-putin-talks', region: 'cn', genre: 'politics',
    text: '俄罗斯总统普京28日表示,俄方愿意在“合理条件下”与乌克兰谈判。如果西方继续施压,俄方将采取反制措施。',
    claims: [
      { span: '俄罗斯总统普京28日表示,俄方愿意在“合理条件下”与乌克兰谈判', subj: '俄方', pred: '谈判', src: 'Vladimir Putin', cue: '表示', mod: 'reported', args: ['乌克兰'], alt: { mod: ['expected'] }, note: '愿意 states willingness (realis); a reading as possibility is tolerated' },
      { span: '如果西方继续施压,俄方将采取反制措施', subj: '俄方', pred: '采取', src: null, mod: 'conditional', args: ['西方'], note: 'a sentence without a cue is the text\'s own voice' },
    ],
  },
  {
    id: 'cn-label-opinion', region: 'cn', genre: 'politics',
    text: '中方将美方的做法视为“单边霸凌”,并已向世贸组织提起诉讼。',
    claims: [
      { span: '中方将美方的做法视为“单边霸凌”', subj: '中方', pred: '视为', src: null, mod: 'opinion', args: ['美方'] },
      { span: '并已向世贸组织提起诉讼', subj: '中方', implicit: true, pred: '提起', src: null, mod: 'asserted', args: ['世贸组织'] },
    ],
  },

  // ---- Hong Kong, Traditional ---------------------------------------------------------------
  {
    id: 'hk-gov-vouchers', region: 'hk', genre: 'politics',
    text: '港府發言人表示,政府將於明年推出新一輪消費券計劃,涉及款項約50億港元。',
    claims: [
      { span: '港府發言人表示,政府將於明年推出新一輪消費券計劃', subj: '政府', canon: 'Hong Kong SAR Government', pred: '推出', src: 'Hong Kong SAR Government', via: '發言人', cue: '表示', mod: 'planned', args: ['明年'], alt: { subj: ['港府'] } },
      { span: '涉及款項約50億港元', subj: '政府', implicit: true, canon: 'Hong Kong SAR Government', pred: '涉及', src: 'Hong Kong SAR Government', via: '發言人', cue: '表示', mod: 'reported', args: ['約50億港元'],
        alt: { mod: ['planned'], subj: ['港府'] }, note: 'the amount of the planned scheme: no cue of its own' },
    ],
  },
  {
    id: 'hk-ce-listings', region: 'hk', genre: 'finance',
    text: '特首李家超在立法會答問會上稱,港府會積極爭取更多企業來港上市。',
    claims: [
      { span: '特首李家超在立法會答問會上稱,港府會積極爭取更多企業來港上市', subj: '港府', pred: '爭取', src: 'John Lee', cue: '稱', mod: 'expected', args: ['港'], alt: { mod: ['planned'] }, note: '會 of the agent\'s own intention reads as a plan too' },
    ],
  },
  {
    id: 'hk-legco-bill', region: 'hk', genre: 'politics',
    text: '立法會今日三讀通過《2025年稅務(修訂)條例草案》,新例將於明年4月1日生效。',
    claims: [
      { span: '立法會今日三讀通過《2025年稅務(修訂)條例草案》', subj: '立法會', pred: '通過', src: null, mod: 'asserted', args: ['今日'] },
      { span: '新例將於明年4月1日生效', subj: '新例', pred: '生效', src: null, mod: 'planned', args: ['明年4月1日'], alt: { subj: ['立法會'] } },
    ],
  },
  {
    id: 'hk-mtr-hk01', region: 'hk', genre: 'business',
    text: '據香港01報道,港鐵計劃將東涌綫延綫工程延至2029年完成,預計成本增加約20%。',
    claims: [
      { span: '據香港01報道,港鐵計劃將東涌綫延綫工程延至2029年完成', subj: '港鐵', pred: '延至', src: 'HK01', cue: '據…報道', mod: 'planned', args: ['2029年'] },
      { span: '預計成本增加約20%', subj: '港鐵', implicit: true, pred: '增加', src: 'HK01', cue: '據…報道', mod: 'expected', args: ['約20%'] },
    ],
  },
  {
    id: 'hk-hkma-banks', region: 'hk', genre: 'finance',
    text: '金管局總裁余偉文指出,本港銀行體系穩健,資本充足比率維持在20%以上。',
    claims: [
      { span: '金管局總裁余偉文指出,本港銀行體系穩健', subj: '本港', pred: '穩健', src: 'Eddie Yue', cue: '指出', mod: 'reported', alt: { subj: ['余偉文', '金管局'], src: ['余偉文'] } },
      { span: '資本充足比率維持在20%以上', subj: '本港', implicit: true, pred: '維持', src: 'Eddie Yue', cue: '指出', mod: 'reported', args: ['20%以上'], alt: { subj: ['余偉文', '金管局'], src: ['余偉文'] } },
    ],
  },
  {
    id: 'hk-hsi-close', region: 'hk', genre: 'finance',
    text: '恒生指數周五收市升312點,報20150點,全日成交額1200億港元。',
    claims: [
      { span: '恒生指數周五收市升312點', subj: '恒生指數', pred: '升', src: null, mod: 'asserted', args: ['周五', '312點'] },
      { span: '報20150點', subj: '恒生指數', implicit: true, pred: '報', src: null, mod: 'asserted', args: ['20150點'] },
      { span: '全日成交額1200億港元', subj: '恒生指數', implicit: true, pred: '成交額', src: null, mod: 'asserted', args: ['1200億港元'] },
    ],
  },
  {
    id: 'hk-chp-flu', region: 'hk', genre: 'society',
    text: '衞生署衞生防護中心今日公布,過去一周錄得5宗本地流感死亡個案。中心呼籲市民盡快接種疫苗。',
    claims: [
      { span: '衞生署衞生防護中心今日公布,過去一周錄得5宗本地流感死亡個案', subj: '衞生署', pred: '公布', src: null, mod: 'asserted', args: ['今日', '過去一周', '5宗'], alt: { subj: ['衞生防護中心'] } },
      { span: '中心呼籲市民盡快接種疫苗', subj: '中心', pred: '呼籲', src: null, mod: 'asserted', alt: { subj: ['衞生署', '衞生防護中心'] } },
    ],
  },
  {
    id: 'hk-stamp-duty-denial', region: 'hk', genre: 'politics',
    text: '有消息指,政府擬在明年財政預算案中調高印花稅,但財政司司長陳茂波否認有關說法。',
    claims: [
      { span: '有消息指,政府擬在明年財政預算案中調高印花稅', subj: '政府', pred: '調高', src: null, via: '消息', cue: '指', mod: 'planned', args: ['明年'] },
      { span: '但財政司司長陳茂波否認有關說法', subj: '陳茂波', pred: '否認', src: null, mod: 'negated', alt: { src: ['Paul Chan'] } },
    ],
  },
  {
    id: 'hk-cathay-flights', region: 'hk', genre: 'business',
    text: '國泰航空宣布,由明年1月起增加往返香港與東京的航班,每周增至35班。',
    claims: [
      { span: '國泰航空宣布,由明年1月起增加往返香港與東京的航班', subj: '國泰航空', pred: '宣布', src: null, mod: 'planned', args: ['明年1月起', '香港', '東京'] },
      { span: '每周增至35班', subj: '國泰航空', implicit: true, pred: '增至', src: null, mod: 'planned', args: ['35班'], alt: { mod: ['asserted'] } },
    ],
  },
  {
    id: 'hk-scmp-tencent', region: 'hk', genre: 'business',
    text: '《南華早報》引述消息人士報道,騰訊正考慮將部分業務分拆在港上市。',
    claims: [
      { span: '《南華早報》引述消息人士報道,騰訊正考慮將部分業務分拆在港上市', subj: '騰訊', pred: '考慮', src: 'South China Morning Post', via: '消息人士', cue: '引述…報道', mod: 'reported', args: ['港'] },
    ],
  },
  {
    id: 'hk-economist-forecast', region: 'hk', genre: 'economy',
    text: '有經濟學家料本港明年經濟增長2.5%,但若美國減息步伐放慢,增長或低於預期。',
    claims: [
      { span: '有經濟學家料本港明年經濟增長2.5%', subj: '本港', pred: '增長', src: null, via: '經濟學家', cue: '料', mod: 'expected', args: ['明年', '2.5%'] },
      { span: '但若美國減息步伐放慢,增長或低於預期', subj: '美國', pred: '低於', src: null, via: '經濟學家', cue: '料', mod: 'conditional', alt: { subj: ['本港', '增長'] } },
    ],
  },
  {
    id: 'hk-report-says', region: 'hk', genre: 'society',
    text: '有報道指,機管局計劃在明年第二季開放第三跑道客運大樓。機管局發言人回應稱,目前未有確實時間表。',
    claims: [
      { span: '有報道指,機管局計劃在明年第二季開放第三跑道客運大樓', subj: '機管局', pred: '開放', src: null, via: '報道', cue: '指', mod: 'planned', args: ['明年第二季'] },
      { span: '機管局發言人回應稱,目前未有確實時間表', subj: '機管局', pred: '未有', src: 'Airport Authority Hong Kong', via: '發言人', cue: '稱', mod: 'negated', args: ['目前'], alt: { src: ['機管局'] } },
    ],
  },

  // ---- Taiwan, Traditional ------------------------------------------------------------------
  {
    id: 'tw-cna-cabinet', region: 'tw', genre: 'politics',
    text: '(中央社記者王小明台北29日電)行政院會今天通過能源轉型條例草案,將送立法院審議。',
    claims: [
      { span: '行政院會今天通過能源轉型條例草案', subj: '行政院', pred: '通過', src: null, mod: 'asserted', args: ['今天'], note: 'the dateline in brackets is the byline of the own voice, not a source' },
      { span: '將送立法院審議', subj: '行政院', implicit: true, pred: '送', src: null, mod: 'planned', args: ['立法院'] },
    ],
  },
  {
    id: 'tw-cabinet-tariffs', region: 'tw', genre: 'politics',
    text: '行政院發言人李慧芝表示,政府將持續關注美國關稅政策對台灣產業的影響。',
    claims: [
      { span: '行政院發言人李慧芝表示,政府將持續關注美國關稅政策對台灣產業的影響', subj: '政府', pred: '關注', src: '李慧芝', cue: '表示', mod: 'planned', args: ['美國', '台灣'], alt: { src: ['Executive Yuan', 'Michelle Lee'], subj: ['行政院'] } },
    ],
  },
  {
    id: 'tw-tsmc-guidance', region: 'tw', genre: 'business',
    text: '台積電董事長魏哲家在法說會上表示,今年美元營收成長率將接近30%,明年仍可望維持成長。',
    claims: [
      { span: '台積電董事長魏哲家在法說會上表示,今年美元營收成長率將接近30%', subj: '魏哲家', pred: '接近', src: 'C. C. Wei', cue: '表示', mod: 'planned', args: ['今年', '30%'],
        alt: { subj: ['台積電'], src: ['魏哲家'], mod: ['expected'] }, note: 'content names no entity: speaker; 將 predicting a figure may read as expected' },
      { span: '明年仍可望維持成長', subj: '魏哲家', implicit: true, pred: '維持', src: 'C. C. Wei', cue: '表示', mod: 'expected', args: ['明年'], alt: { subj: ['台積電'], src: ['魏哲家'] } },
    ],
  },
  {
    id: 'tw-taipower-interpellation', region: 'tw', genre: 'politics',
    text: '立委質詢時指出,台電今年虧損恐超過新台幣2000億元,經濟部長郭智輝回應,將研議電價調整方案。',
    claims: [
      { span: '立委質詢時指出,台電今年虧損恐超過新台幣2000億元', subj: '台電', pred: '超過', src: null, via: '立委', cue: '指出', mod: 'expected', args: ['今年', '新台幣2000億元'] },
      { span: '經濟部長郭智輝回應,將研議電價調整方案', subj: '郭智輝', pred: '研議', src: '郭智輝', cue: '回應', mod: 'planned', alt: { subj: ['經濟部'], src: ['Kuo Jyh-huei', 'Ministry of Economic Affairs (Taiwan)'] } },
    ],
  },
  {
    id: 'tw-dgbas-forecast', region: 'tw', genre: 'economy',
    text: '根據主計總處最新預測,今年經濟成長率上修至4.45%,創近4年新高。',
    claims: [
      { span: '根據主計總處最新預測,今年經濟成長率上修至4.45%', subj: '主計總處', pred: '上修', src: 'Directorate-General of Budget, Accounting and Statistics', cue: '根據…預測', mod: 'reported', args: ['今年', '4.45%'],
        alt: { src: ['主計總處'], mod: ['expected'], subj: ['經濟成長率'] } },
      { span: '創近4年新高', subj: '主計總處', implicit: true, pred: '創', src: 'Directorate-General of Budget, Accounting and Statistics', cue: '根據…預測', mod: 'reported', alt: { src: ['主計總處'], mod: ['expected'], subj: ['經濟成長率'] } },
    ],
  },
  {
    id: 'tw-mediatek-revenue', region: 'tw', genre: 'business',
    text: '聯發科昨日公布11月營收為新台幣460億元,月增5.1%,年增12.3%。',
    claims: [
      { span: '聯發科昨日公布11月營收為新台幣460億元', subj: '聯發科', pred: '公布', src: null, mod: 'asserted', args: ['昨日', '11月', '新台幣460億元'] },
      { span: '月增5.1%', subj: '聯發科', implicit: true, pred: '月增', src: null, mod: 'asserted', args: ['5.1%'] },
      { span: '年增12.3%', subj: '聯發科', implicit: true, pred: '年增', src: null, mod: 'asserted', args: ['12.3%'] },
    ],
  },
  {
    id: 'tw-foxconn-condition', region: 'tw', genre: 'business',
    text: '鴻海表示,若美國加徵關稅,公司將考慮擴大在美生產。',
    claims: [
      { span: '鴻海表示,若美國加徵關稅,公司將考慮擴大在美生產', subj: '鴻海', pred: '考慮', src: 'Foxconn', cue: '表示', mod: 'conditional', args: ['美國', '美'], alt: { subj: ['美國', '公司'] } },
    ],
  },
  {
    id: 'tw-mnd-aircraft', region: 'tw', genre: 'politics',
    text: '國防部今天表示,共機12架次越過海峽中線,國軍已嚴密監控。',
    claims: [
      { span: '國防部今天表示,共機12架次越過海峽中線', subj: '共機', pred: '越過', src: 'Ministry of National Defense (Taiwan)', cue: '表示', mod: 'reported', args: ['12架次'], alt: { src: ['國防部', 'Ministry of National Defense'], subj: ['國防部'] } },
      { span: '國軍已嚴密監控', subj: '國軍', pred: '監控', src: 'Ministry of National Defense (Taiwan)', cue: '表示', mod: 'reported', alt: { src: ['國防部', 'Ministry of National Defense'] } },
    ],
  },
  {
    id: 'tw-jensen-visit', region: 'tw', genre: 'tech',
    text: '外媒報導,輝達執行長黃仁勳明年初將再度訪台,並可能宣布新的投資計畫。',
    claims: [
      { span: '外媒報導,輝達執行長黃仁勳明年初將再度訪台', subj: '黃仁勳', pred: '訪台', src: null, via: '外媒', cue: '報導', mod: 'planned', args: ['輝達', '明年初'] },
      { span: '並可能宣布新的投資計畫', subj: '黃仁勳', implicit: true, pred: '宣布', src: null, via: '外媒', cue: '報導', mod: 'expected' },
    ],
  },
  {
    id: 'tw-fsc-tax', region: 'tw', genre: 'finance',
    text: '金管會主委彭金隆說,目前沒有調降證券交易稅的規劃。',
    claims: [
      { span: '金管會主委彭金隆說,目前沒有調降證券交易稅的規劃', subj: '彭金隆', pred: '沒有', src: '彭金隆', cue: '說', mod: 'negated', args: ['目前'], alt: { subj: ['金管會'], src: ['Peng Jin-lung', 'Financial Supervisory Commission'] } },
    ],
  },
  {
    id: 'tw-tier-opinion', region: 'tw', genre: 'finance',
    text: '台灣經濟研究院認為,明年台股仍有上漲空間。',
    claims: [
      { span: '台灣經濟研究院認為,明年台股仍有上漲空間', subj: '台股', pred: '有', src: 'Taiwan Institute of Economic Research', cue: '認為', mod: 'opinion', args: ['明年'], alt: { src: ['台灣經濟研究院'], subj: ['台灣經濟研究院'] } },
    ],
  },
  {
    id: 'tw-goldman-target', region: 'tw', genre: 'finance',
    text: '高盛在最新報告中將台積電目標價上調至新台幣1500元,維持「買進」評級。',
    claims: [
      { span: '高盛在最新報告中將台積電目標價上調至新台幣1500元', subj: '高盛', pred: '上調', src: null, mod: 'asserted', args: ['台積電', '新台幣1500元'], note: '在報告中 is no report frame; 將 marks the object' },
      { span: '維持「買進」評級', subj: '高盛', implicit: true, pred: '維持', src: null, mod: 'asserted' },
    ],
  },
  {
    id: 'tw-quote-trailing', region: 'tw', genre: 'business',
    text: '「公司沒有裁員計畫。」鴻海董事長劉揚偉在尾牙上說。',
    claims: [
      { span: '「公司沒有裁員計畫', subj: '劉揚偉', implicit: true, pred: '沒有', src: 'Young Liu', cue: '說', mod: 'negated', alt: { subj: ['鴻海', '公司'], src: ['劉揚偉', 'Foxconn'] } },
    ],
  },
  {
    id: 'tw-sources-reveal', region: 'tw', genre: 'tech',
    text: '供應鏈消息人士透露,蘋果尚未向台積電下單2奈米晶片,最快明年第二季才會定案。',
    claims: [
      { span: '供應鏈消息人士透露,蘋果尚未向台積電下單2奈米晶片', subj: '蘋果', pred: '下單', src: null, via: '供應鏈消息人士', cue: '透露', mod: 'negated', args: ['台積電'] },
      { span: '最快明年第二季才會定案', subj: '蘋果', implicit: true, pred: '定案', src: null, via: '供應鏈消息人士', cue: '透露', mod: 'expected', args: ['明年第二季'] },
    ],
  },

  {
    id: 'tw-minister-interview', region: 'tw', genre: 'society',
    text: '衛福部長石崇良受訪時表示,目前國內疫情尚未升溫。',
    claims: [
      { span: '衛福部長石崇良受訪時表示,目前國內疫情尚未升溫', subj: '石崇良', pred: '尚未升溫', src: '石崇良', cue: '表示', mod: 'negated', args: ['目前'], alt: { subj: ['國內疫情'], src: ['Shih Chung-liang'] }, note: 'content names no entity: the speaker' },
    ],
  },
  {
    id: 'hk-reuters-xiaomi', region: 'hk', genre: 'business',
    text: '據路透社引述知情人士報道,小米計劃明年在印度建廠,投資額或達10億美元。',
    claims: [
      { span: '據路透社引述知情人士報道,小米計劃明年在印度建廠', subj: '小米', pred: '建廠', src: 'Reuters', via: '知情人士', cue: '據…報道', mod: 'planned', args: ['明年', '印度'] },
      { span: '投資額或達10億美元', subj: '小米', implicit: true, pred: '達', src: 'Reuters', via: '知情人士', cue: '據…報道', mod: 'expected', args: ['10億美元'] },
    ],
  },

  // ---- no factual assertion ------------------------------------------------------------------
  { id: 'none-question-tw', region: 'tw', genre: 'headline', text: '台股明年還能漲嗎?', claims: [] },
  { id: 'none-question-cn', region: 'cn', genre: 'headline', text: '人工智能泡沫会破裂吗?', claims: [] },
  { id: 'none-slogan-hk', region: 'hk', genre: 'headline', text: '重磅!', claims: [] },
];
