/**
 * A plugin extractor: stock codes such as 2330.TW or 600519.SH, registered through the
 * same interface as the built-in extractors. It reads the prepared document (working
 * text: Simplified, half-width) and proposes candidates in working offsets; the pipeline
 * maps them back to the original text and resolves overlaps with the other extractors.
 *
 *   npx tsx examples/custom-extractor.ts
 */
import { createExtractor, type Extractor } from '../src/index.js';

const EXCHANGES: Record<string, string> = { TW: 'TWSE', TWO: 'TPEx', SH: 'SSE', SS: 'SSE', SZ: 'SZSE', HK: 'HKEX', T: 'TSE' };
const STOCK_CODE = /(?<![\w.])(\d{4,6})\.(TWO|TW|SH|SS|SZ|HK|T)(?![\w])/g;

const stockCodes: Extractor = {
  name: 'stock-codes',
  kinds: ['entity'],
  *extract(ctx) {
    for (const m of ctx.text.matchAll(STOCK_CODE)) {
      yield {
        kind: 'entity',
        start: m.index,
        end: m.index + m[0].length,
        value: { type: 'MISC', canonical: `${m[1]}.${m[2]}`, id: `ticker:${EXCHANGES[m[2]!]}:${m[1]}` },
      };
    }
  },
};

const zh = createExtractor({ extractors: [stockCodes] });
const text = '台積電（２３３０.TW）與貴州茅台（600519.SH）今日股價上漲3%。';
for (const m of zh.extract(text, { referenceDate: '2025-12-30' }).mentions) {
  console.log(`${m.kind.padEnd(8)} ${m.text.padEnd(12)} ${JSON.stringify(m.value)}`);
}
