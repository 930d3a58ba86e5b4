import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, ExtractionResult } from '../../src/index.js';
import { anyText, checkResult, feedText, referenceDate } from './properties.js';

/** 10,000 cases per property by default (CI); FC_RUNS=300 for a quick local run; `npm run fuzz` for millions. */
const runs = Number(process.env.FC_RUNS ?? 10_000);
const zh = createExtractor();
const other = createExtractor();
const TIMEOUT = 1_800_000;

describe('no input breaks extraction', () => {
  it('feed-like text: never throws, every span is inside the text and equal to its slice, output valid', () => {
    fc.assert(fc.property(feedText, referenceDate, (text, ref) => {
      const r = zh.extract(text, { referenceDate: ref });
      checkResult(text, r);
      expect(ExtractionResult.safeParse(r).success).toBe(true);
    }), { numRuns: runs });
  }, TIMEOUT);

  it('deterministic: the same result when called twice, and from a second extractor', () => {
    fc.assert(fc.property(feedText, (text) => {
      const a = zh.extract(text, { referenceDate: '2025-12-30' });
      expect(zh.extract(text, { referenceDate: '2025-12-30' })).toEqual(a);
      expect(other.extract(text, { referenceDate: '2025-12-30' })).toEqual(a);
    }), { numRuns: runs });
  }, TIMEOUT);

  it('any string of UTF-16 code units (lone surrogates, NUL, controls): never throws, spans exact', () => {
    fc.assert(fc.property(anyText, (text) => { checkResult(text, zh.extract(text)); }), { numRuns: runs });
  }, TIMEOUT);

  it('mentions only: the same spans and values as with claims', () => {
    fc.assert(fc.property(feedText, (text) => {
      const a = zh.extract(text, { referenceDate: '2025-12-30' });
      const b = zh.extract(text, { referenceDate: '2025-12-30', claims: false });
      expect(b.mentions).toEqual(a.mentions);
      expect(b.claims).toEqual([]);
    }), { numRuns: Math.ceil(runs / 10) });
  }, TIMEOUT);
});
