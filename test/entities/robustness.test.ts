import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const ex = createExtractor();
const run = (text: string) => ex.extract(text, { extractors: ['entities'], claims: false });

describe('entity extractor on odd input', () => {
  it('never throws on empty, control, surrogate, HTML or emoji input', () => {
    for (const text of ['', ' ', '\u0000\u0001\u001f', '\ud800輝達\udc00', '<p>《》《</p>台積電', '😀·😀 · ·H200·', '《' + 'a'.repeat(40) + '》', '·'.repeat(50), '美'.repeat(300)]) {
      const r = run(text);
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('handles a long document with many names', () => {
    const para = '美國商務部長盧特尼克表示,輝達將向中國出口H200晶片,台積電南京廠與《環球時報》報導。';
    const text = para.repeat(2000);
    const r = run(text);
    expect(r.mentions.filter((m) => m.text === '輝達').length).toBe(2000);
  });
});
