/**
 * What real feeds contain, as fast-check arbitraries, and the invariants every extraction
 * must keep. Shared by the property tests (10,000 cases per property) and `npm run fuzz`.
 */
import fc from 'fast-check';
import type { ExtractionResult } from '../../src/index.js';

/** Pieces news feeds are made of: both scripts, numbers, dates, HTML, emoji, odd spaces and broken text. */
export const PIECES = [
  '輝達', '英伟达', '台積電', '台积电', '20萬片', '4-8萬顆', '12月29日晚', '明年2月中旬', '2.8萬美元/顆', '約10萬', '視訊記憶體', '显存',
  '據路透報導', '据新华社电', '他表示', '預計', '可能', '不會', '民國113年', '農曆正月初一', '去年同期', '增長35%', '下降0.5個百分點',
  '<p>', '</div>', '<br/>', '&nbsp;', '&amp;', '<script>alert(1)</script>', 'https://example.com/a?b=1.', 'news@example.com',
  '😀', '👨‍👩‍👧', '🇹🇼', '\u200b', '\u200d', '\ufeff', '\u00a0', '\u3000', '\u2028', '\u0000', '\u0007', '\u001b[0m', '\r\n', '\t',
  '\ud800', '\udfff', '\ud83d', '。', '，', '、', '“', '”', '「', '」', '（', '）', '……', '!?', '\n', 'H200', 'GPU', '１２３', '％', '５．５',
  '一', '二', '十', '百', '千', '萬', '万', '億', '亿', '兩', '两', '半', '几', '數', '点', '.', ',', '-', '~', '/', ':', '年', '月', '日', '號', '时', '分',
] as const;

const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 6 });
const anyUnits = fc.string({ unit: 'binary', maxLength: 6 }); // any code unit, lone surrogates included
const digits = fc.string({ unit: fc.constantFrom(...'0123456789.,%'), maxLength: 8 });

/** Feed-like text: up to 40 pieces, real fragments mixed with random Han, digits and raw code units. */
export const feedText = fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: anyUnits },
  { weight: 2, arbitrary: han },
  { weight: 1, arbitrary: digits },
), { maxLength: 40 }).map((a) => a.join(''));

/** Any string of UTF-16 code units, surrogates and controls included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 });

/** The reference dates callers pass: none, a date, a date-time. */
export const referenceDate = fc.constantFrom(null, '2025-12-30', '2024-02-29T23:59:59', '1999-01-01');

/** Every invariant of one result against its input; throws a readable error at the first broken one. */
export function checkResult(text: string, r: ExtractionResult): void {
  const fail = (msg: string) => { throw new Error(`${msg} in ${JSON.stringify(text).slice(0, 300)}`); };
  if (r.text !== text) fail('result.text differs from the input');
  let lastEnd = 0;
  for (const m of r.mentions) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > text.length || m.end <= m.start) fail(`mention span [${m.start}, ${m.end}) out of bounds`);
    if (text.slice(m.start, m.end) !== m.text) fail(`mention text ${JSON.stringify(m.text)} is not the slice [${m.start}, ${m.end})`);
    if (m.start < lastEnd) fail(`mentions overlap or are out of order at ${m.start}`);
    lastEnd = m.end;
  }
  for (const s of r.sentences) {
    if (s.start < 0 || s.end > text.length || s.end < s.start || text.slice(s.start, s.end) !== s.text) fail(`sentence [${s.start}, ${s.end}) is not its slice`);
    for (const c of s.clauses) if (c.start < s.start || c.end > s.end || c.end < c.start) fail(`clause [${c.start}, ${c.end}) outside its sentence`);
  }
  for (const c of r.claims) {
    if (c.start < 0 || c.end > text.length || text.slice(c.start, c.end) !== c.text) fail(`claim [${c.start}, ${c.end}) is not its slice`);
    if (c.subject && text.slice(c.subject.start, c.subject.end) !== c.subject.text) fail('claim subject is not its slice');
    if (c.predicate && text.slice(c.predicate.start, c.predicate.end) !== c.predicate.text) fail('claim predicate is not its slice');
    for (const [s, e] of c.arguments) if (s < 0 || e > text.length || e < s) fail(`claim argument [${s}, ${e}) out of bounds`);
  }
}
