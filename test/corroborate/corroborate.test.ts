import { describe, expect, it } from 'vitest';
import { clustersForScoring, corroborate, CorroborationReport, type CorroborationInput } from '../../src/corroborate/index.js';
import { count, date, doc, ent } from './build.js';

const NV_T = { text: '輝達', canonical: 'NVIDIA' };
const NV_S = { text: '英伟达', canonical: 'NVIDIA' };
const H200 = ent('H200', 'NVIDIA H200', 'PRODUCT');

/** Which documents end up together, as sorted lists of "doc#claim". */
function groups(inputs: CorroborationInput[]) {
  const r = CorroborationReport.parse(corroborate(inputs));
  return { report: r, clusters: r.clusters.map((c) => c.claims.map((x) => `${x.doc}#${x.index}`).sort()) };
}

describe('corroborate: the same assertion in several documents', () => {
  it('clusters a Traditional and a Simplified report of one fact (告知 / 通知: one family)', () => {
    const { clusters } = groups([
      doc('t', '輝達已告知中國客戶。', [{ clause: '輝達已告知中國客戶', subject: NV_T, predicate: '告知', args: [ent('中國', 'China', 'GPE')] }]),
      doc('s', '英伟达已通知中国客户。', [{ clause: '英伟达已通知中国客户', subject: NV_S, predicate: '通知', args: [ent('中国', 'China', 'GPE')] }]),
    ]);
    expect(clusters).toEqual([['s#0', 't#0']]);
  });

  it('joins a president and his state making one decision (川普允許 / 美國批准)', () => {
    const { clusters } = groups([
      doc('t', '川普宣佈,允許輝達出口H200晶片。', [{ clause: '川普宣佈,允許輝達出口H200晶片', subject: { text: '川普', canonical: 'Donald Trump' }, predicate: '宣佈', args: [ent('輝達', 'NVIDIA'), H200] }]),
      doc('s', '美国批准英伟达向中国出售H200芯片。', [{ clause: '美国批准英伟达向中国出售H200芯片', subject: { text: '美国', canonical: 'United States' }, predicate: '批准', args: [ent('英伟达', 'NVIDIA'), ent('中国', 'China', 'GPE'), H200] }]),
    ]);
    expect(clusters).toEqual([['s#0', 't#0']]);
  });

  it('keeps apart different assertions about one subject (交付 vs 告知), in both scripts', () => {
    for (const [a, b] of [['輝達計畫交付H200晶片。', '輝達已告知中國客戶。'], ['英伟达计划交付H200芯片。', '英伟达已告知中国客户。']] as const) {
      const nv = a.startsWith('輝') ? NV_T : NV_S;
      const { clusters } = groups([
        doc('a', a, [{ clause: a.slice(0, -1), subject: nv, predicate: a.includes('交付') ? '交付' : '告知', args: [H200] }]),
        doc('b', b, [{ clause: b.slice(0, -1), subject: nv, predicate: '告知' }]),
      ]);
      expect(clusters).toEqual([]);
    }
  });

  it('keeps apart one action by different subjects (輝達交付 vs 台積電交付)', () => {
    const { clusters } = groups([
      doc('a', '輝達計畫交付H200晶片。', [{ clause: '輝達計畫交付H200晶片', subject: NV_T, predicate: '交付', args: [H200] }]),
      doc('b', '台积电计划交付H200芯片。', [{ clause: '台积电计划交付H200芯片', subject: { text: '台积电', canonical: 'TSMC' }, predicate: '交付', args: [H200] }]),
    ]);
    expect(clusters).toEqual([]);
  });

  it('clusters overlapping amounts of one unit (4-8萬顆 / 約4萬至8萬颗) across wordings', () => {
    const { clusters, report } = groups([
      doc('t', '輝達急調4-8萬顆H200晶片。', [{ clause: '輝達急調4-8萬顆H200晶片', subject: NV_T, predicate: '急調', args: [count('4-8萬顆', { min: 40000, max: 80000, unit: '顆' }), H200] }]),
      doc('s', '英伟达预计发货约4万至8万颗H200芯片。', [{ clause: '英伟达预计发货约4万至8万颗H200芯片', subject: NV_S, predicate: '发货', modality: 'expected', args: [count('约4万至8万颗', { min: 40000, max: 80000, unit: '颗', approx: true }), H200] }]),
    ]);
    expect(clusters).toEqual([['s#0', 't#0']]);
    expect(report.conflicts).toEqual([]);
  });

  it('does not join a claim with an amount to one without (the amount is the assertion)', () => {
    const { clusters } = groups([
      doc('a', '輝達計畫動用庫存履行首批訂單。', [{ clause: '輝達計畫動用庫存履行首批訂單', subject: NV_T, predicate: '動用' }]),
      doc('b', '英伟达4-8万颗库存紧急动用。', [{ clause: '英伟达4-8万颗库存紧急动用', subject: NV_S, predicate: '动用', args: [count('4-8万颗', { min: 40000, max: 80000, unit: '颗' })] }]),
    ]);
    expect(clusters).toEqual([]);
  });

  it('clusters compatible dates (2月 / 春節前 / 2月中旬) and keeps different deadlines apart', () => {
    const feb = date('2月', { timex: '2026-02', start: '2026-02-01T00:00:00', end: '2026-03-01T00:00:00' });
    const beforeCny = date('春节前', { timex: '2026-02-17', mod: 'BEFORE', end: '2026-02-17T00:00:00' });
    const april = date('4月', { timex: '2026-04', start: '2026-04-01T00:00:00', end: '2026-05-01T00:00:00' });
    const { clusters } = groups([
      doc('t', '輝達計畫2月交付H200。', [{ clause: '輝達計畫2月交付H200', subject: NV_T, predicate: '交付', modality: 'planned', args: [feb, H200] }]),
      doc('s', '英伟达计划春节前交付H200。', [{ clause: '英伟达计划春节前交付H200', subject: NV_S, predicate: '交付', modality: 'planned', args: [beforeCny, H200] }]),
    ]);
    expect(clusters).toEqual([['s#0', 't#0']]);
    const late = groups([
      doc('t', '輝達計畫2月交付H200。', [{ clause: '輝達計畫2月交付H200', subject: NV_T, predicate: '交付', modality: 'planned', args: [feb, H200] }]),
      doc('s', '英伟达计划4月交付H200。', [{ clause: '英伟达计划4月交付H200', subject: NV_S, predicate: '交付', modality: 'planned', args: [april, H200] }]),
    ]);
    expect(late.clusters).toEqual([]);
    expect(late.report.conflicts.map((c) => [c.kind, c.sides[0].values, c.sides[1].values])).toEqual([['date', ['2月'], ['4月']]]);
  });

  it('clusters verbatim retellings even when the analysis of the claim is poor', () => {
    const text = 'H200晶片是輝達僅次於Blackwell系列的次頂級晶片。';
    const { clusters } = groups([
      doc('a', text, [{ clause: text.slice(0, -1), predicate: '是' }]),
      doc('b', text, [{ clause: text.slice(0, -1), predicate: '是' }]),
    ]);
    expect(clusters).toEqual([['a#0', 'b#0']]);
  });
});

describe('corroborate: conflicts', () => {
  it('reports amounts that cannot both hold, with both sides and their sources', () => {
    const { report, clusters } = groups([
      doc('a', '路透援引人士稱,輝達要求追加約10萬顆H200。', [{ clause: '路透援引人士稱,輝達要求追加約10萬顆H200', subject: NV_T, predicate: '要求', source: 'Reuters', args: [count('約10萬顆', { value: 100000, unit: '顆', approx: true }), H200] }], { publisher: '晶片行業' }),
      doc('b', '英伟达预计发货4万至8万颗H200芯片。', [{ clause: '英伟达预计发货4万至8万颗H200芯片', subject: NV_S, predicate: '发货', args: [count('4万至8万颗', { min: 40000, max: 80000, unit: '颗' }), H200] }], { publisher: '环球时报' }),
    ]);
    expect(clusters).toEqual([]);
    expect(report.conflicts).toHaveLength(1);
    const c = report.conflicts[0]!;
    expect(c.kind).toBe('quantity');
    expect(c.subject).toBe('NVIDIA');
    expect(c.sides.map((s) => s.values)).toEqual([['約10萬顆'], ['4万至8万颗']]);
    expect(c.sides.map((s) => s.sources)).toEqual([['Reuters'], ['Global Times']]);
  });

  it('reports a denial of what another report asserts (無需許可證 / 許可證審批), in both scripts', () => {
    const { report } = groups([
      doc('t', '追加訂單仍為H200,無需BIS許可證。', [{ clause: '無需BIS許可證', subject: { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' }, predicate: '無需', modality: 'negated', args: [ent('BIS', 'Bureau of Industry and Security')] }]),
      doc('s', '美国政府推进H200芯片对华出口许可证的审批工作。', [{ clause: '美国政府推进H200芯片对华出口许可证的审批工作', subject: { text: '美国', canonical: 'United States', type: 'GPE' }, predicate: '推进', args: [H200] }]),
    ]);
    expect(report.conflicts.map((c) => [c.kind, c.family])).toEqual([['polarity', 'license']]);
  });

  it('sees no conflict between allowing one chip and excluding another', () => {
    const trump = { text: '川普', canonical: 'Donald Trump', type: 'PER' };
    const { report } = groups([
      doc('a', '川普允許輝達出口H200晶片。', [{ clause: '川普允許輝達出口H200晶片', subject: trump, predicate: '允許', args: [ent('輝達', 'NVIDIA'), H200] }]),
      doc('b', '川普禁止出口Blackwell晶片。', [{ clause: '川普禁止出口Blackwell晶片', subject: trump, predicate: '禁止', args: [ent('Blackwell', 'NVIDIA Blackwell', 'PRODUCT')] }]),
    ]);
    expect(report.conflicts).toEqual([]);
  });

  it('sees no conflict between a past ban and a present release', () => {
    const h200 = { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' };
    const { report } = groups([
      doc('a', 'H200此前被禁止對華出口。', [{ clause: 'H200此前被禁止對華出口', subject: h200, predicate: '禁止', args: [ent('華', 'China', 'GPE')] }]),
      doc('b', 'H200的放行绝非美国的仁慈。', [{ clause: 'H200的放行绝非美国的仁慈', subject: h200, predicate: '放行', args: [ent('美国', 'United States', 'GPE')] }]),
    ]);
    expect(report.conflicts).toEqual([]);
  });

  it('reads 是否 and 未来 as no negation, 尚未 as one', () => {
    const lutnick = { text: '盧特尼克', canonical: 'Howard Lutnick', type: 'PER' };
    const { report } = groups([
      doc('a', '對於是否解禁H200,盧特尼克持支援態度。', [{ clause: '對於是否解禁H200,盧特尼克持支援態度', subject: lutnick, predicate: '持支援態度', args: [H200] }]),
      doc('b', '卢特尼克支持解禁H200。', [{ clause: '卢特尼克支持解禁H200', subject: { ...lutnick, text: '卢特尼克' }, predicate: '支持', args: [H200] }]),
    ]);
    expect(report.conflicts).toEqual([]);
    expect(report.clusters).toHaveLength(1);
  });
});

describe('corroborate: sources and retellings', () => {
  const body = '據路透社報導,多位知情人士透露,輝達已告知中國客戶,計畫於明年2月中旬向中國客戶交付H200晶片,預計發貨總量為5000至10000套晶片模組。';
  const told = { clause: '輝達已告知中國客戶', subject: NV_T, predicate: '告知', args: [ent('中國', 'China', 'GPE')] };

  it('counts a retelling of one report as one source, and finds the original', () => {
    const { report } = groups([
      doc('gt', body, [{ ...told, source: 'Reuters' }], { publisher: '環球時報', published: '2025-12-23' }),
      doc('jp', '12月24日,據環球時報援引' + body.slice(1), [{ ...told, source: 'Reuters' }], { publisher: '九派新聞', published: '2025-12-24' }),
    ]);
    expect(report.clusters).toHaveLength(1);
    const c = report.clusters[0]!;
    expect(c.independentSources).toBe(1);
    expect(c.sources[0]!.root).toBe('Reuters');
    expect(c.earliest).toEqual({ doc: 'gt', date: '2025-12-23', publisher: 'Global Times' });
    expect(report.retellings).toHaveLength(1);
    expect(report.retellings[0]!.original).toBe('gt');
    expect(report.retellings[0]!.overlap).toBeGreaterThan(0.8);
    expect(report.documents.find((d) => d.id === 'jp')!.upstream).toBe('gt');
  });

  it('traces the own-voice claims of a retelling to the outlet it retells', () => {
    const { report } = groups([
      doc('gt', body, [told], { publisher: '環球時報', published: '2025-12-23' }),
      doc('jp', body, [told], { publisher: '九派新聞', published: '2025-12-24' }),
    ]);
    expect(report.clusters[0]!.sources.map((s) => s.root)).toEqual(['Global Times']);
  });

  it('counts unrelated outlets as independent, and outlets of one group as one', () => {
    const told2 = (t: string) => doc(t, '英伟达已通知中国客户。', [{ clause: '英伟达已通知中国客户', subject: NV_S, predicate: '通知', args: [ent('中国', 'China', 'GPE')] }], { publisher: t });
    const independent = groups([told2('環球時報'), told2('聯合報')]).report;
    expect(independent.clusters[0]!.independentSources).toBe(2);
    const sameGroup = groups([told2('環球時報'), told2('环球网')]).report;
    expect(sameGroup.clusters[0]!.independentSources).toBe(1);
  });

  it('writes the clusters file score-clusters.mjs reads', () => {
    const r = corroborate([
      doc('a', '輝達已告知中國客戶。', [told]),
      doc('b', '英伟达已告知中国客户。', [{ ...told, clause: '英伟达已告知中国客户', subject: NV_S, args: [ent('中国', 'China', 'GPE')] }]),
    ]);
    expect(clustersForScoring(r)).toEqual({ clusters: [{ claims: [{ id: 'a', start: 0, end: 9 }, { id: 'b', start: 0, end: 10 }], conflict: false }] });
  });
});

describe('corroborate: odd input', () => {
  it('handles no documents, documents without claims, huge and strange text', () => {
    expect(corroborate([])).toEqual({ documents: [], clusters: [], conflicts: [], retellings: [] });
    const big = '輝達'.repeat(500_000);
    const r = corroborate([
      { id: 'a', text: big, mentions: [], claims: [] },
      { id: 'b', text: '\ud800<p>😀</p>\u0000', mentions: [], claims: [{ start: 0, end: 99, subject: null, predicate: null, arguments: [[5, 1]], attribution: null, modality: 'asserted' }] },
      { id: 'c', text: '', mentions: [], claims: [{ start: 0, end: 0, subject: null, predicate: null, arguments: [], attribution: null, modality: 'asserted' }] },
    ]);
    expect(r.clusters).toEqual([]);
  });

  it('rejects what is not a list of documents, and duplicate ids', () => {
    expect(() => corroborate('x' as unknown as CorroborationInput[])).toThrow(TypeError);
    expect(() => corroborate([{ id: 'a' } as unknown as CorroborationInput])).toThrow(/document 0/);
    const d = { id: 'a', text: '', mentions: [], claims: [] };
    expect(() => corroborate([d, d])).toThrow(/twice/);
  });
});
