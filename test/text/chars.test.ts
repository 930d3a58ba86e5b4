import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSpace, someHan, trimSpace } from '../../src/text/chars.js';

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/;
/** strings that mix Han (in and out of the BMP), white space, Latin and lone surrogates */
const mixed = fc.array(fc.constantFrom('台', '𠀀', '\ud840', '\udc00', ' ', '\u3000', '\n', 'a', '1', '·', '😀'), { maxLength: 8 }).map((a) => a.join(''));

describe('whole-string character tests', () => {
  it('someHan answers as /\\p{Script=Han}/u does', () => {
    fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' })), (s) => someHan(s) === HAN.test(s)));
    expect(someHan('H200晶片')).toBe(true);
    expect(someHan('𠀀')).toBe(true);
    expect(someHan('\ud840abc')).toBe(false);
  });

  it('hasSpace answers as /\\s/ does', () => {
    fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' })), (s) => hasSpace(s) === SPACE.test(s)));
    expect(hasSpace('台積電')).toBe(false);
    expect(hasSpace('Bank\u3000of')).toBe(true);
  });

  it('trimSpace drops white space around a span and nothing else', () => {
    fc.assert(fc.property(mixed, (s) => {
      const { start, end } = trimSpace(s, 0, s.length);
      return s.slice(start, end) === s.replace(/^\s+|\s+$/g, '') || (start === end && s.trim() === '');
    }));
    expect(trimSpace('  台灣 \n', 0, 6)).toEqual({ start: 2, end: 4 });
  });
});
