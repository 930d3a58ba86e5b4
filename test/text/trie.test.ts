import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameTrie } from '../../src/text/trie.js';

const RUNS = Number(process.env.FC_RUNS ?? 2000);

// A small alphabet makes shared prefixes, keys inside keys and near misses common; the
// astral character and the lone surrogates check that keys are matched unit by unit.
const unit = fc.constantFrom('中', '国', '人', '民', '银', '行', 'a', 'B', '1', ' ', '𠮷', '\ud800', '\udc00');
const key = fc.array(unit, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const text = fc.array(unit, { maxLength: 40 }).map((a) => a.join(''));

/** What the trie must answer, by brute force: every key that starts at `from`, shortest first. */
function naiveMatches(keys: Map<string, number>, s: string, from: number, limit = s.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [k, v] of keys) if (from + k.length <= limit && s.startsWith(k, from)) out.push([from + k.length, v]);
  return out.sort((a, b) => a[0] - b[0]);
}

function build(entries: Array<[string, number]>): { trie: NameTrie<number>; keys: Map<string, number> } {
  const trie = new NameTrie<number>();
  const keys = new Map<string, number>();
  for (const [k, v] of entries) { trie.add(k, v); keys.set(k, v); } // a later payload replaces an earlier one
  return { trie, keys };
}

describe('NameTrie', () => {
  it('matchesAt, matchesInto and longestAt agree with a brute-force search at every position', () => {
    fc.assert(fc.property(fc.array(fc.tuple(key, fc.integer({ min: 0, max: 99 })), { maxLength: 60 }), text, (entries, s) => {
      const { trie, keys } = build(entries);
      const ends = new Int32Array(trie.maxLength + 1);
      const payloads: number[] = [];
      for (let i = 0; i < s.length; i++) {
        const want = naiveMatches(keys, s, i);
        expect(trie.matchesAt(s, i)).toEqual(want);
        const n = trie.matchesInto(s, i, ends, payloads);
        expect(Array.from({ length: n }, (_, k) => [ends[k], payloads[k]])).toEqual(want);
        const limit = i + Math.floor((s.length - i) / 2) + 1;
        const bounded = naiveMatches(keys, s, i, limit);
        const end = trie.longestAt(s, i, limit);
        expect(end).toBe(bounded.length ? bounded[bounded.length - 1]![0] : 0);
        if (end) expect(trie.matched).toBe(bounded[bounded.length - 1]![1]);
      }
    }), { numRuns: RUNS });
  });

  it('keeps every key through the growth of its tables', () => {
    const trie = new NameTrie<number>();
    const keys: string[] = [];
    for (let i = 0; i < 20000; i++) keys.push(String.fromCharCode(0x4e00 + (i % 300), 0x4e00 + ((i * 7) % 500), 0x4e00 + (i % 13)) + i);
    keys.forEach((k, i) => trie.add(k, i));
    keys.forEach((k, i) => {
      expect(trie.longestAt(k, 0)).toBe(k.length);
      expect(trie.matched).toBe(i);
    });
    expect(trie.size).toBe(new Set(keys).size);
    expect(trie.longestAt('不在其中', 0)).toBe(0);
  });

  it('merges the payloads of a key added twice when asked to', () => {
    const trie = new NameTrie<string[]>();
    trie.add('央行', ['PBOC'], (a, b) => a.concat(b));
    trie.add('央行', ['CBC'], (a, b) => a.concat(b));
    expect(trie.matchesAt('央行宣布', 0)).toEqual([[2, ['PBOC', 'CBC']]]);
  });
});
