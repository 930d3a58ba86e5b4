import { describe, expect, it } from 'vitest';
import { createExtractor, extract, ExtractionResult, InvalidOptionError, resultJsonSchema, type Extractor } from '../src/index.js';

describe('extract()', () => {
  it('returns { text, script, sentences, mentions, claims } that satisfy the schema', () => {
    const text = '輝達於12月29日晚緊急向台積電發出追單。';
    const r = extract(text, { referenceDate: '2025-12-30' });
    expect(ExtractionResult.parse(r)).toBeTruthy();
    expect(r.text).toBe(text);
    expect(r.script).toBe('traditional');
    expect(r.referenceDate).toBe('2025-12-30T00:00:00');
    expect(r.sentences).toHaveLength(1);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('accepts a Date, an ISO string, or null as referenceDate', () => {
    expect(extract('今天', { referenceDate: new Date(2025, 11, 30, 8, 5) }).referenceDate).toBe('2025-12-30T08:05:00');
    expect(extract('今天', { referenceDate: '2025-12-30T08:05:00+08:00' }).referenceDate).toBe('2025-12-30T08:05:00');
    expect(extract('今天', { referenceDate: null }).referenceDate).toBeNull();
  });

  it('takes the reference date from the document when none is given', () => {
    expect(extract('2025年12月24日電 輝達表示……').referenceDate).toBe('2025-12-24T00:00:00');
  });

  it('names the invalid option and the expected form', () => {
    expect(() => extract('x', { referenceDate: 'yesterday' })).toThrow(InvalidOptionError);
    expect(() => extract('x', { referenceDate: 'yesterday' })).toThrow(/`referenceDate`.*ISO 8601/);
    expect(() => extract('x', { referenceDate: '2025-02-30' })).toThrow(/`referenceDate`/);
    expect(() => extract('x', { referenceDate: new Date('nope') })).toThrow(/`referenceDate`/);
    expect(() => extract('x', { extractors: ['nope'] })).toThrow(/`extractors`.*quantities/);
    expect(() => extract('x', { extractors: 'dates' as unknown as string[] })).toThrow(/`extractors`/);
    expect(() => extract('x', { refDate: 1 } as never)).toThrow(/`refDate`.*unknown option/);
    expect(() => extract('x', 42 as never)).toThrow(/`options`/);
    try { extract('x', { claims: 'yes' as never }); } catch (e) { expect((e as InvalidOptionError).option).toBe('claims'); }
  });

  it('runs only the extractors asked for', () => {
    const r = extract('輝達2025年12月追加20萬片', { referenceDate: '2025-12-30', extractors: ['dates'] });
    expect(r.mentions.every((m) => ['date', 'time', 'datetime', 'duration', 'set'].includes(m.kind))).toBe(true);
  });
});

describe('createExtractor()', () => {
  it('registers a plugin through the same interface as the built-in extractors', () => {
    const stockCodes: Extractor = {
      name: 'stock-codes',
      kinds: ['entity'],
      *extract(ctx) {
        for (const m of ctx.text.matchAll(/\b\d{4,6}\.(?:TW|SH|SZ|HK)\b/g)) {
          yield { kind: 'entity', start: m.index, end: m.index + m[0].length, value: { type: 'MISC', canonical: m[0] } };
        }
      },
    };
    const zh = createExtractor({ extractors: [stockCodes] });
    expect(zh.extractorNames).toContain('stock-codes');
    const r = zh.extract('台積電（２３３０.TW）股價', { extractors: ['stock-codes'] });
    expect(r.mentions).toEqual([{ kind: 'entity', start: 4, end: 11, text: '２３３０.TW', value: { type: 'MISC', canonical: '2330.TW' } }]);
  });

  it('rejects invalid configuration, naming the field', () => {
    expect(() => createExtractor({ segmenter: 'icu' as never })).toThrow(/`segmenter`/);
    expect(() => createExtractor({ lexicon: [{ type: 'ORG' }] as never })).toThrow(/`lexicon`/);
    expect(() => createExtractor({ plugins: [] } as never)).toThrow(/`plugins`/);
  });

  it('works with the Intl.Segmenter fallback', () => {
    const zh = createExtractor({ segmenter: 'intl' });
    expect(zh.segmenter).toBe('intl');
    expect(zh.extract('英伟达追加订单。').sentences).toHaveLength(1);
  });
});

describe('JSON Schema', () => {
  it('describes the result, mentions and claims', () => {
    const s = resultJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['text', 'script', 'sentences', 'mentions', 'claims']));
    expect(JSON.stringify(s)).toContain('"modality"');
    expect(JSON.stringify(s)).toContain('"timex"');
  });
});
