import { describe, expect, it } from 'vitest';
import { createExtractor, ExtractionResult } from '../../src/index.js';
import { checkResult } from './properties.js';

const zh = createExtractor();
const MB = 1 << 20;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('empty, huge and pathological strings', () => {
  it('empty and tiny strings', () => {
    for (const text of ['', ' ', '\n', '\u0000', '\ud800', '\udc00\ud800', '😀', '。', '<', '&']) {
      const r = zh.extract(text);
      checkResult(text, r);
      expect(ExtractionResult.safeParse(r).success).toBe(true);
    }
  });

  // 1 MB runs of one character (or one short unit): no throw, exact spans, valid output
  const runs: Array<[string, string]> = [
    ['one Han character', '萬'], ['one digit', '1'], ['one letter', 'a'], ['white space', ' '], ['NUL', '\u0000'],
    ['lone high surrogates', '\ud800'], ['emoji', '😀'], ['full stops', '。'], ['opening quotes', '“'], ['markup', '<p>'],
    ['digits and separators', '1,2.3-4'], ['a date', '12月29日'], ['an amount', '2.8萬美元'],
  ];
  for (const [name, unit] of runs) {
    it(`1 MB of ${name}`, () => {
      const text = fill(unit, MB);
      const r = zh.extract(text, { referenceDate: '2025-12-30' });
      checkResult(text, r);
      expect(r.text.length).toBe(MB);
    }, 600_000);
  }

  it('HTML page with scripts, entities and mixed scripts', () => {
    const page = '<!doctype html><html><head><script>var a="12月29日";</script><style>p{margin:0}</style></head><body>'
      + '<p>輝達於12月29日晚緊急向台積電追加20萬片&nbsp;H200，约合2.8万美元/颗。</p>'.repeat(2000) + '</body></html>';
    const r = zh.extract(page);
    checkResult(page, r);
    expect(r.mentions.length).toBeGreaterThan(2000);
  }, 600_000);
});
