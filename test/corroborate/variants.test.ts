import { describe, expect, it } from 'vitest';
import { corroborate, CorroborationReport, type CorroborationInput } from '../../src/corroborate/index.js';
import { readProducts } from '../../src/corroborate/variants.js';
import { doc, ent } from './build.js';

const H200 = ent('H200', 'NVIDIA H200', 'PRODUCT');
const H20 = ent('H20', 'NVIDIA H20', 'PRODUCT');
const NV_T = { text: '輝達', canonical: 'NVIDIA' };
const NV_S = { text: '英伟达', canonical: 'NVIDIA' };

const variantConflicts = (inputs: CorroborationInput[]) =>
  CorroborationReport.parse(corroborate(inputs)).conflicts.filter((c) => c.family === 'variant');

describe('corroborate: a variant of a product against the product itself', () => {
  it('reports 中國特供版H200 against an article presenting the H200 itself (Traditional)', () => {
    const c = variantConflicts([
      doc('a', '追加訂單仍為中國特供版H200。', [{ clause: '追加訂單仍為中國特供版H200', subject: { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' }, predicate: '仍為' }]),
      doc('b', '輝達計畫交付其性能僅次於Blackwell的H200晶片。', [{ clause: '輝達計畫交付其性能僅次於Blackwell的H200晶片', subject: NV_T, predicate: '交付', modality: 'planned', args: [H200] }]),
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]!.kind).toBe('polarity');
    expect(c[0]!.subject).toBe('NVIDIA H200');
    expect(c[0]!.sides[0].values).toEqual(['中國特供版H200']);
    expect(c[0]!.sides[1].claims.map((r) => r.doc)).toEqual(['b']);
    expect(c[0]!.reason).toContain('variant');
  });

  it('reports 中国特供版H200 against the H200 itself (Simplified), and the later clauses of the sentence share the variant', () => {
    const c = variantConflicts([
      doc('a', '追加订单仍为中国特供版H200:INT8算力1536 TOPS。', [
        { clause: '追加订单仍为中国特供版H200', subject: { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' }, predicate: '仍为' },
        { clause: 'INT8算力1536 TOPS', subject: { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' }, predicate: '算力' },
      ]),
      doc('b', 'H200芯片是英伟达仅次于Blackwell的次顶级芯片。', [{ clause: 'H200芯片是英伟达仅次于Blackwell的次顶级芯片', subject: { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' }, predicate: '是', args: [ent('英伟达', 'NVIDIA')] }]),
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]!.sides[0].claims.map((r) => r.index)).toEqual([0, 1]);
  });

  it('reads a qualifier after the name (H20特供版 / H20特供版) and the same act on the product itself by the same subject', () => {
    for (const [a, b] of [['字節跳動訂購H20特供版晶片。', '字節跳動訂購H20晶片。'], ['字节跳动订购H20特供版芯片。', '字节跳动订购H20芯片。']] as const) {
      const bd = { text: a.slice(0, 4), canonical: 'ByteDance' };
      const c = variantConflicts([
        doc('a', a, [{ clause: a.slice(0, -1), subject: bd, predicate: a.slice(4, 6), args: [H20] }]),
        doc('b', b, [{ clause: b.slice(0, -1), subject: bd, predicate: b.slice(4, 6), args: [H20] }]),
      ]);
      expect(c, a).toHaveLength(1);
    }
  });

  it('no conflict when neither names a variant, in both scripts', () => {
    for (const [a, b] of [['輝達交付H200晶片。', '輝達交付性能僅次於Blackwell的H200晶片。'], ['英伟达交付H200芯片。', '英伟达交付性能仅次于Blackwell的H200芯片。']] as const) {
      const nv = a.startsWith('輝') ? NV_T : NV_S;
      expect(variantConflicts([
        doc('a', a, [{ clause: a.slice(0, -1), subject: nv, predicate: '交付', args: [H200] }]),
        doc('b', b, [{ clause: b.slice(0, -1), subject: nv, predicate: '交付', args: [H200] }]),
      ])).toEqual([]);
    }
  });

  it('no conflict for a denied variant (並非特供版) or an analogy (號稱中國版ChatGPT), in both scripts', () => {
    const gpt = ent('ChatGPT', 'ChatGPT', 'PRODUCT');
    for (const [a, b, p] of [
      ['輝達出售的是H200,並非特供版。', '輝達交付性能僅次於Blackwell的H200晶片。', H200],
      ['英伟达出售的是H200,并非特供版。', '英伟达交付性能仅次于Blackwell的H200芯片。', H200],
      ['該模型號稱中國版ChatGPT。', 'ChatGPT性能領先。', gpt],
      ['该模型号称中国版ChatGPT。', 'ChatGPT性能领先。', gpt],
    ] as const) {
      expect(variantConflicts([
        doc('a', a, [{ clause: a.slice(0, -1), predicate: a.includes('號稱') || a.includes('号称') ? a.slice(3, 5) : a.slice(2, 4), args: [p] }]),
        doc('b', b, [{ clause: b.slice(0, -1), predicate: b.includes('領先') ? '領先' : b.includes('领先') ? '领先' : '交付', args: [p] }]),
      ]), a).toEqual([]);
    }
  });

  it('no conflict inside one article, nor with a claim that only names the product', () => {
    const a = doc('a', '追加訂單仍為中國特供版H200。', [{ clause: '追加訂單仍為中國特供版H200', subject: { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' }, predicate: '仍為' }], { article: 'x' });
    const same = doc('b', 'H200晶片是輝達僅次於Blackwell的次頂級晶片。', [{ clause: 'H200晶片是輝達僅次於Blackwell的次頂級晶片', subject: { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' }, predicate: '是' }], { article: 'x' });
    const plain = doc('c', '中方尚未批准H200订单。', [{ clause: '中方尚未批准H200订单', subject: { text: '中方', canonical: 'China', type: 'GPE' }, predicate: '批准', modality: 'negated', args: [H200] }]);
    expect(variantConflicts([a, same, plain])).toEqual([]);
  });
});

describe('readProducts', () => {
  const read = (before: string, text: string, after: string) => readProducts([{ key: 'p', text, before, after }], `${before}${text}${after}`)[0]!;
  it('finds qualifiers before and after the name, English ones too', () => {
    expect(read('采购中国特供版', 'H200', '芯片').variant).toBe('中国特供版');
    expect(read('推出', 'H20', '(中国特供版)').variant).toBe('中国特供版');
    expect(read('ships a China-specific ', 'H20', ' chip').variant).toBe('china-specific');
    expect(read('阉割版的', 'H20', '').variant).toBe('阉割版');
  });
  it('reads the product itself from markers and presenting words', () => {
    expect(read('满血版', 'H200', '').itself).toBe('满血版');
    expect(read('性能仅次于Blackwell的', 'H200', '').itself).toBe('仅次于');
    expect(read('英伟达', 'H200', '并非特供版').itself).toBe('not a variant');
    expect(read('交付', 'H200', '').itself).toBeNull();
    // a presenting word about something else, far from the name, does not present it (接受H200是否意味着中方的算力得以提升)
    expect(read('接受', 'H200', '是否意味着中方的算力得以提升').itself).toBeNull();
    expect(read('接受', 'H200', '的算力').itself).toBe('算力');
    expect(read('号称中国版', 'ChatGPT', '').variant).toBeNull();
  });
  it('does not throw on empty or strange context', () => {
    for (const s of ['', '\u0000', '\ud800', '特供版'.repeat(1000)]) expect(() => read(s, s, s)).not.toThrow();
  });
});

describe('variant conflicts on a large feed', () => {
  it('lists at most a bounded number of claims on each side', async () => {
    const { MAX_SIDE } = await import('../../src/corroborate/variant-conflicts.js');
    const docs: CorroborationInput[] = [];
    const s = { text: 'H200', canonical: 'NVIDIA H200', type: 'PRODUCT' };
    for (let i = 0; i < 2 * MAX_SIDE + 20; i++) {
      docs.push(i === 0
        ? doc(`d${i}`, '追加訂單仍為中國特供版H200。', [{ clause: '追加訂單仍為中國特供版H200', subject: s, predicate: '仍為' }])
        : doc(`d${i}`, 'H200芯片是英伟达仅次于Blackwell的次顶级芯片。', [{ clause: 'H200芯片是英伟达仅次于Blackwell的次顶级芯片', subject: s, predicate: '是' }]));
    }
    const c = variantConflicts(docs);
    expect(c).toHaveLength(1);
    expect(c[0]!.sides[1].claims.length).toBe(MAX_SIDE);
  });
});
