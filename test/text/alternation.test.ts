import { describe, expect, it } from 'vitest';
import { alternation, endingWith, escapeLiteral, openingWith } from '../../src/text/alternation.js';

describe('word lists as regular-expression alternations', () => {
  it('puts longer words first, one length in code-unit order, whatever the list order', () => {
    expect(alternation(['和', '记者', '与', '通讯员'])).toBe('通讯员|记者|与|和');
    expect(alternation(['与', '通讯员', '和', '记者'])).toBe('通讯员|记者|与|和');
  });

  it('escapes, deduplicates and drops empty words', () => {
    expect(alternation(['(', '.', '', '(', 'a|b'])).toBe('a\\|b|\\(|\\.');
    expect(alternation(new Set(['x']))).toBe('x');
  });

  it('escapes one word to match it literally', () => {
    expect(escapeLiteral('a.b(c)|[d]\\')).toBe('a\\.b\\(c\\)\\|\\[d\\]\\\\');
    expect(new RegExp(escapeLiteral('1+1?')).test('1+1?')).toBe(true);
  });

  it('makes patterns for a text opening or ending with a listed word', () => {
    const after = openingWith(['(', '等人', '说']);
    expect(after.test('(Glenda)')).toBe(true);
    expect(after.test('等人说')).toBe(true);
    expect(after.test('人等')).toBe(false);
    const before = endingWith(['记者', '.']);
    expect(before.test('本报记者')).toBe(true);
    expect(before.test('记者会')).toBe(false);
    expect(before.test('a')).toBe(false);
  });

  it('makes a pattern that matches nothing from an empty list', () => {
    expect(openingWith([]).test('')).toBe(false);
    expect(openingWith(['']).test('记者')).toBe(false);
    expect(endingWith([]).test('记者')).toBe(false);
    expect(new RegExp(`^(?:${alternation([])})年`).test('年')).toBe(false);
  });
});
