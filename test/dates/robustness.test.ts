import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { createDateExtractor } from '../../src/extractors/dates/index.js';

const x = createExtractor();
const run = (text: string, referenceDate: string | null = '2025-12-30') => x.extract(text, { referenceDate, extractors: ['dates'], claims: false });

describe('bad input never throws', () => {
  it('arbitrary strings, with and without a reference date', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (s, withRef) => { run(s, withRef ? '2025-12-30' : null); }), { numRuns: 300 });
  });
  it('strings made of temporal characters', () => {
    const chars = [...'0123456789年月日号点时分秒周星期礼拜今明去前后上下中旬初底至到-~～:：春节元宵农历民国一二三四五六七八九十百千万两半几数个天小钟每']
      .map((c) => fc.constant(c));
    fc.assert(fc.property(fc.array(fc.oneof(...chars), { maxLength: 60 }), (cs) => { run(cs.join('')); }), { numRuns: 500 });
  });
  it('empty text, lone surrogates, control characters, HTML and emoji', () => {
    for (const s of ['', '\ud800年\udc00月', '\u0000\u0007 12月\u001f29日', '<p>12月29日</p><br/>', '🎉2026年🎉春節前👍', '\u00a0\u3000２０２６年１２月', '9'.repeat(5000) + '年']) {
      expect(() => run(s)).not.toThrow();
    }
  });
  it('long input stays linear', () => {
    const unit = '輝達於12月29日晚緊急追單，明年2月中旬交付，48小時內答覆，每週一開會。';
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const r = run(text);
    expect(r.mentions.length).toBeGreaterThan(1000);
  });
  it('an unresolvable date is still reported with its unresolved timex', () => {
    const r = run('輝達於12月29日晚追單，下週三開會', null);
    expect(r.mentions.map((m) => m.value)).toEqual(expect.arrayContaining([expect.objectContaining({ timex: 'XXXX-12-29TEV' }), expect.objectContaining({ timex: 'XXXX-WXX-3' })]));
  });
  it('registers under its name and kinds', () => {
    const e = createDateExtractor();
    expect(e.name).toBe('dates');
    expect([...e.kinds].sort()).toEqual(['date', 'datetime', 'duration', 'set', 'time']);
  });
});
