import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, ExtractionResult } from '../src/index.js';

/** Pieces real feeds contain: both scripts, numbers, dates, HTML, emoji, odd spaces. */
const PIECES = ['輝達', '英伟达', '台積電', '20萬片', '4-8萬顆', '12月29日晚', '明年2月中旬', '2.8萬美元/顆', '約10萬', '視訊記憶體',
  '<p>', '</div>', '&nbsp;', '😀', '👨‍👩‍👧', '\u00a0', '\u3000', '\u0000', '\u0007', '\ud800', '\udfff', '。', '，', '“', '」', '\n', 'H200', '１２３', '％'];
const feedText = fc.array(fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
), { maxLength: 40 }).map((a) => a.join(''));

const runs = Number(process.env.FC_RUNS ?? 300);
const zh = createExtractor();

describe('no input breaks extraction', () => {
  it('never throws; every span is inside the text and equal to its slice; output is deterministic', () => {
    fc.assert(fc.property(feedText, (text) => {
      const r = zh.extract(text, { referenceDate: '2025-12-30' });
      for (const m of r.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      for (let i = 1; i < r.mentions.length; i++) expect(r.mentions[i]!.start).toBeGreaterThanOrEqual(r.mentions[i - 1]!.end);
      for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const c of r.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(zh.extract(text, { referenceDate: '2025-12-30' })).toEqual(r);
    }), { numRuns: runs });
  });

  it('handles empty, huge and pathological strings', () => {
    for (const text of ['', ' ', '\u0000'.repeat(1000), '萬'.repeat(100_000), '1'.repeat(100_000), '“'.repeat(50_000), '<b>'.repeat(20_000), '\ud800'.repeat(1000)]) {
      const r = zh.extract(text);
      expect(ExtractionResult.safeParse(r).success).toBe(true);
    }
  });
});
