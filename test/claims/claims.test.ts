import { describe, expect, it } from 'vitest';
import { createExtractor, ExtractionResult, type Claim } from '../../src/index.js';
import { formatClaimsTable } from '../../src/claims/table.js';

const extractor = createExtractor();
const run = (text: string) => extractor.extract(text, { referenceDate: '2025-12-30' });

interface ClaimExample {
  text: string;
  /** expected claims, in order of appearance (only the fields given are checked) */
  claims: Array<{ subject?: string | null; source?: string | null; via?: string; modality: Claim['modality']; args?: string[] }>;
}

function check(ex: ClaimExample): void {
  const r = run(ex.text);
  const got = r.claims.map((c) => `${c.text} [${c.modality}; ${c.attribution?.source ?? '-'}; ${c.subject?.text ?? '-'}]`).join(' | ');
  expect(r.claims.length, `claims of «${ex.text}»: ${got}`).toBe(ex.claims.length);
  ex.claims.forEach((want, k) => {
    const c = r.claims[k]!;
    expect(c.modality, `modality of «${c.text}»`).toBe(want.modality);
    if (want.subject !== undefined) expect(c.subject?.text ?? null, `subject of «${c.text}»`).toBe(want.subject);
    if (want.source !== undefined) expect(c.attribution?.source ?? null, `source of «${c.text}»`).toBe(want.source);
    if (want.via !== undefined) expect(c.attribution?.via, `via of «${c.text}»`).toBe(want.via);
    if (want.args) expect(c.arguments.map(([s, e]) => ex.text.slice(s, e)), `arguments of «${c.text}»`).toEqual(want.args);
  });
}

// Each rule in both scripts: Traditional (Taiwan) first, then Simplified.
const corpus: Record<string, ClaimExample[]> = {
  'own voice, asserted': [
    { text: '小米11月交付了2萬輛汽車。', claims: [{ subject: '小米', source: null, modality: 'asserted', args: ['11月', '2萬輛'] }] },
    { text: '小米11月交付了2万辆汽车。', claims: [{ subject: '小米', source: null, modality: 'asserted', args: ['11月', '2万辆'] }] },
  ],
  'according to an outlet, with an unnamed source': [
    { text: '據彭博社報導,知情人士透露,蘋果計劃明年3月推出新款iPhone。', claims: [{ subject: '蘋果', source: 'Bloomberg', via: '知情人士', modality: 'planned', args: ['明年3月', 'iPhone'] }] },
    { text: '据彭博社报道,知情人士透露,苹果计划明年3月推出新款iPhone。', claims: [{ subject: '苹果', source: 'Bloomberg', via: '知情人士', modality: 'planned', args: ['明年3月', 'iPhone'] }] },
  ],
  'spokesperson of a named company, negated': [
    { text: '台積電發言人表示,公司尚未收到任何訂單。', claims: [{ source: 'TSMC', via: '發言人', modality: 'negated' }] },
    { text: '台积电发言人表示,公司尚未收到任何订单。', claims: [{ source: 'TSMC', via: '发言人', modality: 'negated' }] },
  ],
  'unnamed source only': [
    { text: '消息人士稱,阿里巴巴不會參與競標。', claims: [{ subject: '阿里巴巴', source: null, via: '消息人士', modality: 'negated' }] },
    { text: '消息人士称,阿里巴巴不会参与竞标。', claims: [{ subject: '阿里巴巴', source: null, via: '消息人士', modality: 'negated' }] },
  ],
  'condition and consequence are one claim': [
    { text: '如果美國擴大出口管制,輝達將損失數十億美元營收。', claims: [{ subject: '輝達', modality: 'conditional' }] },
    { text: '如果美国扩大出口管制,英伟达将损失数十亿美元营收。', claims: [{ subject: '英伟达', modality: 'conditional' }] },
  ],
  'opinion of an analyst outranks the possibility it states': [
    { text: '分析師認為,華為的市佔率可能進一步上升。', claims: [{ subject: '華為', source: null, modality: 'opinion' }] },
    { text: '分析师认为,华为的市占率可能进一步上升。', claims: [{ subject: '华为', source: null, modality: 'opinion' }] },
  ],
  'expected': [
    { text: '微軟預計明年營收成長15%。', claims: [{ subject: '微軟', modality: 'expected', args: ['明年', '15%'] }] },
    { text: '微软预计明年营收增长15%。', claims: [{ subject: '微软', modality: 'expected', args: ['明年', '15%'] }] },
  ],
  'headline colon names the outlet; 将 before a verb is the future': [
    { text: '路透社:三星將裁員1000人', claims: [{ subject: '三星', source: 'Reuters', modality: 'planned', args: ['1000人'] }] },
    { text: '路透社:三星将裁员1000人', claims: [{ subject: '三星', source: 'Reuters', modality: 'planned', args: ['1000人'] }] },
  ],
  '将 before a noun phrase marks the object, not the future': [
    { text: '騰訊已將採購計畫提前至1月。', claims: [{ subject: '騰訊', modality: 'asserted' }] },
    { text: '腾讯已将采购计划提前至1月。', claims: [{ subject: '腾讯', modality: 'asserted' }] },
  ],
  'a title between a country and a person: the person is the subject': [
    { text: '美國總統川普12月8日宣佈,允許輝達出口H200晶片。', claims: [{ subject: '川普', source: null, modality: 'asserted' }] },
    { text: '美国总统特朗普12月8日宣布,允许英伟达出口H200芯片。', claims: [{ subject: '特朗普', source: null, modality: 'asserted' }] },
  ],
  'an anaphoric source (其中…) keeps the outlet of the sentence before': [
    {
      text: '據路透社報導,多位知情人士透露,華為已通知客戶。其中兩位消息人士稱,華為計劃擴產。',
      claims: [{ subject: '華為', source: 'Reuters', modality: 'reported' }, { subject: '華為', source: 'Reuters', via: '兩位消息人士', modality: 'planned' }],
    },
    {
      text: '据路透社报道,多位知情人士透露,华为已通知客户。其中两位消息人士称,华为计划扩产。',
      claims: [{ subject: '华为', source: 'Reuters', modality: 'reported' }, { subject: '华为', source: 'Reuters', via: '两位消息人士', modality: 'planned' }],
    },
  ],
  'a dropped subject continues the previous one': [
    { text: '長電科技拿到1.5萬顆訂單,並預付30%定金。', claims: [{ subject: '長電科技', modality: 'asserted' }, { subject: '長電科技', modality: 'asserted', args: ['30%'] }] },
    { text: '长电科技拿到1.5万颗订单,并预付30%定金。', claims: [{ subject: '长电科技', modality: 'asserted' }, { subject: '长电科技', modality: 'asserted', args: ['30%'] }] },
  ],
  'a trailing speaker attributes the quotation before it': [
    { text: '“我們不會降價。”黃仁勳說。', claims: [{ source: 'Jensen Huang', modality: 'negated' }] },
    { text: '“我们不会降价。”黄仁勋说。', claims: [{ source: 'Jensen Huang', modality: 'negated' }] },
  ],
};

describe('claims corpus', () => {
  for (const [rule, examples] of Object.entries(corpus)) {
    it(rule, () => { for (const ex of examples) check(ex); });
  }
});

describe('no claims where nothing is asserted', () => {
  const negatives = [
    '中國到底該不該接受H200?', '中国到底该不该接受H200?',
    '重磅!', '不過,', '不过,',
    '', '   ', '。。。,,,',
  ];
  it.each(negatives)('%j', (text) => { expect(run(text).claims).toEqual([]); });

  it('a report verb inside a longer word is no attribution (遊說 / 游说)', () => {
    for (const text of ['他曾花費數月時間遊說白宮放寬出口限制。', '他曾花费数月时间游说白宫放宽出口限制。']) {
      for (const c of run(text).claims) expect(c.attribution).toBeNull();
    }
  });
  it('a relative clause does not lend its modality (即將發佈的 / 即将发布的)', () => {
    expect(run('華為發表了即將發佈的晶片規格。').claims[0]?.modality).toBe('asserted');
    expect(run('华为发表了即将发布的芯片规格。').claims[0]?.modality).toBe('asserted');
  });
  it('不是…而是 contrasts without negating', () => {
    expect(run('最大的對手不是中企,而是美商AMD。').claims[0]?.modality).toBe('asserted');
    expect(run('最大的对手不是中企,而是美商AMD。').claims[0]?.modality).toBe('asserted');
  });
});

describe('claims are well-formed', () => {
  const texts = [
    '據彭博社報導,知情人士透露,蘋果計劃明年3月推出新款iPhone。若需求疲軟,蘋果可能延後。',
    '据彭博社报道,知情人士透露,苹果计划明年3月推出新款iPhone。若需求疲软,苹果可能推迟。',
  ];
  it.each(texts)('offsets index the original text, arguments are mentions, the result validates: %s', (text) => {
    const r = run(text);
    expect(ExtractionResult.safeParse(r).success).toBe(true);
    const spans = new Set(r.mentions.map((m) => `${m.start}:${m.end}`));
    for (const c of r.claims) {
      expect(c.text).toBe(text.slice(c.start, c.end));
      expect(r.sentences[c.sentence]!.start <= c.start && c.end <= r.sentences[c.sentence]!.end).toBe(true);
      for (const [s, e] of c.arguments) expect(spans.has(`${s}:${e}`)).toBe(true);
      if (c.predicate) expect(c.predicate.text).toBe(text.slice(c.predicate.start, c.predicate.end));
    }
    // attribution strings are given as written in the input's script
    const first = r.claims[0]!;
    expect(text.includes(first.attribution!.via!)).toBe(true);
  });
});

describe('robustness', () => {
  const inputs = [
    '', '\u0000\u0001\u0002', '\ud800abc\udc00', '<p>據路透社報導,<b>輝達</b>稱將擴產。</p>', '😀據路透社報導😀,輝達稱😀將擴產。',
    '稱,'.repeat(2000), '據'.repeat(3000), '“'.repeat(2000) + '”'.repeat(2000), '若,'.repeat(2000), '他說。'.repeat(1000),
  ];
  it.each(inputs.map((s) => [s.slice(0, 30), s]))('does not throw on %j', (_label, text) => {
    expect(() => run(text)).not.toThrow();
  });
  it('a long document stays linear enough to finish', () => {
    const text = '據路透社報導,知情人士透露,輝達計劃明年2月交付4萬至8萬顆H200晶片,但中方尚未批准。'.repeat(400);
    const r = run(text);
    expect(r.claims.length).toBeGreaterThan(400);
  });
});

describe('formatClaimsTable', () => {
  it('renders subject, predicate, normalized numbers and dates, source and modality', () => {
    const r = run('據彭博社報導,知情人士透露,蘋果計劃明年3月推出2萬台新款iPhone。');
    const table = formatClaimsTable(r);
    expect(table).toContain('Bloomberg via 知情人士');
    expect(table).toContain('planned');
    expect(table).toContain('2026-03');
    expect(table.split('\n').length).toBe(3);
  });
  it('says so when there are no claims', () => {
    expect(formatClaimsTable(run(''))).toBe('(no claims)');
  });
});
