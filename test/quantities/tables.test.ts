import { describe, expect, it } from 'vitest';
import { isAsciiAlnumCode, isAsciiDigitCode, isAsciiLetterCode, isSpaceCode, UnitSet, WHITE_SPACE } from '../../src/text/chars.js';
import { CN_NUMERAL_CLASS, isCnNumeralClassCode, isNumberPartCode } from '../../src/extractors/numbers/index.js';
import { WordTable } from '../../src/extractors/quantities/word-table.js';

describe('sets of UTF-16 units', () => {
  it('hold what they were given and nothing else', () => {
    const set = new UnitSet('个百\uffff\u0001');
    for (let code = 0; code < 65536; code++) {
      if (set.has(code) !== [0x4e2a, 0x767e, 0xffff, 1].includes(code)) expect.fail(`U+${code.toString(16)}`);
    }
  });
  it('hold no position outside the text', () => {
    expect(new UnitSet('个').has('个'.charCodeAt(1))).toBe(false);
    expect(new UnitSet('\u0000a').has(NaN)).toBe(false);
    expect(new UnitSet([0x4e2a]).has(-1)).toBe(false);
  });
  it('WHITE_SPACE and isSpaceCode hold exactly the characters of \\s', () => {
    const set = new UnitSet(WHITE_SPACE);
    for (let code = 1; code < 65536; code++) {
      const space = /\s/.test(String.fromCharCode(code));
      if (set.has(code) !== space || isSpaceCode(code) !== space) expect.fail(`U+${code.toString(16)}`);
    }
    expect(isSpaceCode(NaN)).toBe(false);
  });
});

describe('word tables', () => {
  const table = new WordTable<number>([['百', 1], ['百分', 2], ['百分点', 3], ['万', 4], ['百分', 5], ['', 6]]);
  it('match the longest word at a position, the first listed on equal length', () => {
    expect(table.matchAt('百分点', 0)).toEqual({ word: '百分点', value: 3 });
    expect(table.matchAt('百分比', 0)).toEqual({ word: '百分', value: 2 });
    expect(table.matchAt('百万', 0)).toEqual({ word: '百', value: 1 });
    expect(table.matchAt('百', 0)).toEqual({ word: '百', value: 1 });
    expect(table.matchAt('千', 0)).toBeNull();
    expect(table.matchAt('百', 1)).toBeNull();
  });
  it('know their longest word and find words ending at a place up to it', () => {
    expect(table.maxLength).toBe(3);
    expect(table.longestEndingAt('三个百分点', 5)?.word).toBe('百分点');
    expect(table.longestEndingAt('三个百分', 4)?.word).toBe('百分');
    expect(table.longestEndingAt('三个', 2)).toBeNull();
  });
});

describe('character tests on codes', () => {
  it('agree with the classes they stand for, and hold nothing outside the text', () => {
    const numberPart = new RegExp(`[\\d.${CN_NUMERAL_CLASS}]`);
    for (let code = 0; code < 65536; code++) {
      const c = String.fromCharCode(code);
      if (isAsciiDigitCode(code) !== /[0-9]/.test(c) || isAsciiLetterCode(code) !== /[A-Za-z]/.test(c) || isAsciiAlnumCode(code) !== /[A-Za-z0-9]/.test(c)) expect.fail(`U+${code.toString(16)}`);
      if (isCnNumeralClassCode(code) !== CN_NUMERAL_CLASS.includes(c) || isNumberPartCode(code) !== numberPart.test(c)) expect.fail(`U+${code.toString(16)}`);
    }
    for (const test of [isAsciiDigitCode, isAsciiLetterCode, isAsciiAlnumCode, isCnNumeralClassCode, isNumberPartCode]) expect(test('x'.charCodeAt(1))).toBe(false);
  });
});
