import * as OpenCC from 'opencc-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMapped, type ConversionPreset } from '../../src/text/opencc.js';
import { toWorkingForm } from '../../src/text/normalize.js';
import { MappedStringBuilder, OffsetMap } from '../../src/text/offset-map.js';
import { convert } from '../../src/index.js';

const PRESETS: Array<[ConversionPreset, { from: string; to: string }]> = [
  ['tw2sp', { from: 'twp', to: 'cn' }],
  ['hk2s', { from: 'hk', to: 'cn' }],
  ['t2s', { from: 't', to: 'cn' }],
  ['s2twp', { from: 'cn', to: 'twp' }],
  ['s2hk', { from: 'cn', to: 'hk' }],
  ['s2t', { from: 'cn', to: 't' }],
];

// Phrases whose conversion changes length, characters outside the BMP, ideographic description
// sequences (opencc-js converts nothing inside one), and plain text.
const PIECES = ['視訊記憶體', '显存', '齾', '𫜰', '伺服器', '資料中心', '輝達', '台積電', '軟體', '網路', '記憶體', '滑鼠',
  '北韓', '紐西蘭', '晶片', 'H200', '２０１２', '３．０％', '，', '。', ' ', '\u00a0', '乾隆', '著名', '後來', '𠮷', 'abc', '\n', '⿰', '⿲', '⿰氵青', '⿱艹軟體'];

const mixedText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((a) => a.join(''));

describe('OpenCC conversion with an offset map', () => {
  for (const [preset, opts] of PRESETS) {
    it(`${preset}: output equals opencc-js, and every unit maps inside the input`, () => {
      const reference = OpenCC.Converter(opts as OpenCC.ConverterOptions);
      fc.assert(fc.property(mixedText, (s) => {
        const { text, map } = convertMapped(s, preset);
        expect(text).toBe(reference(s));
        let lastStart = 0;
        for (let i = 0; i < text.length; i++) {
          const [a, b] = map.toInput(i, i + 1);
          expect(a).toBeGreaterThanOrEqual(lastStart);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(s.length);
          lastStart = a;
        }
      }), { numRuns: 300 });
    });
  }

  it('maps a phrase that changes length to the whole phrase', () => {
    const src = 'H200的視訊記憶體141 GB';
    const { text, map } = convertMapped(src, 'tw2sp');
    expect(text).toBe('H200的显存141 GB');
    const at = text.indexOf('显存');
    expect(map.toInput(at, at + 2)).toEqual([5, 10]);
    expect(map.toInput(at + 1, at + 2)).toEqual([5, 10]); // part of a converted phrase maps to all of it
    const n = text.indexOf('141');
    expect(src.slice(...map.toInput(n, n + 6))).toBe('141 GB');
  });

  it('maps a same-length phrase conversion unit for unit', () => {
    const { text, map } = convertMapped('三個核心', 'tw2sp');
    expect(text).toBe('三个核心');
    expect(map.toInput(0, 2)).toEqual([0, 2]);
  });

  it('keeps the map exact where a unit changes UTF-16 length (a BMP character to an astral one)', () => {
    const b = new MappedStringBuilder();
    b.pushVerbatim('一', 0);
    b.push('𫜰', 1, 2); // 齾 → 𫜰 in OpenCC's data: one unit in, two out
    b.pushVerbatim('二', 2);
    const { text, map } = b.finish(3);
    expect(text).toBe('一𫜰二');
    expect(map.toInput(1, 3)).toEqual([1, 2]);
    expect(map.toInput(2, 3)).toEqual([1, 2]); // half a surrogate pair still maps to the whole character
    expect(map.toInput(3, 4)).toEqual([2, 3]);
    const composed = OffsetMap.identity(3).then(map);
    expect(composed.toInput(0, 4)).toEqual([0, 3]);
  });

  it('working form folds Hong Kong variant characters whatever the region', () => {
    expect(toWorkingForm('衞生署表示', 'traditional', 'tw').text).toBe('卫生署表示');
    expect(toWorkingForm('電綫', 'traditional', 'cn').text).toBe('电线');
  });

  it('working form folds full-width forms and NO-BREAK SPACE one unit for one', () => {
    const src = '２０１２年，３．０％\u00a0Ｈ２００';
    const { text, map } = toWorkingForm(src, 'traditional', 'tw');
    expect(text).toBe('2012年,3.0% H200');
    expect(map.toInput(0, 4)).toEqual([0, 4]);
  });

  it('convert() returns text in the target script and spans into its input', () => {
    const r = convert('英伟达的显存', { to: 'tw' });
    expect(r.text).toBe('輝達的視訊記憶體');
    const at = r.text.indexOf('視訊記憶體');
    expect(r.toInput(at, at + 5)).toEqual([4, 6]);
    expect(convert('臺積電的伺服器', { to: 'simplified' }).text).toBe('台积电的服务器');
    expect(() => convert('x', { to: 'klingon' as 'tw' })).toThrow(/`to`/);
  });
});
