import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExtractor } from '../../src/index.js';
import { parseNumeral, scanNumerals } from '../../src/extractors/numbers/index.js';

const x = createExtractor();
const run = (t: string) => x.extract(t, { extractors: ['quantities'], claims: false });
const numeralish = fc.string({ unit: fc.constantFrom(...'0123456789,.万亿兆千百十零一二两三四五六七八九余多几点分之又负-~至到%个颗元美元/每约超不到 ', 'GB', 'TOPS', '萬', '顆', '\ud800', '😀', '<b>'), maxLength: 60 });

describe('quantities on any input', () => {
  it('never throws and keeps mentions inside the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 80 }), numeralish), (t) => {
      const r = run(t);
      for (const m of r.mentions) { expect(m.start).toBeGreaterThanOrEqual(0); expect(m.end).toBeLessThanOrEqual(t.length); }
      expect(() => parseNumeral(t)).not.toThrow();
      expect(() => scanNumerals(t)).not.toThrow();
    }), { numRuns: 300 });
  });
  it('handles empty, control characters, lone surrogates, HTML and long runs', () => {
    for (const t of ['', '\u0000\u0001', '\ud800三万\udc00', '<p>3万</p>', '😀5%😀', '一'.repeat(5000), '9'.repeat(5000) + '万', '1,'.repeat(3000)]) {
      expect(() => run(t)).not.toThrow();
    }
  });
});
