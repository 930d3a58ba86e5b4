import { describe, expect, it } from 'vitest';
import { SuffixList } from '../../src/extractors/entities/suffixes.js';
import { COUNTRY_ABBREVIATIONS } from '../../src/extractors/entities/cues.js';
import { buildLexicon } from '../../src/extractors/entities/lexicon.js';
import { describeCorpus, entity, type CorpusExample } from '../helpers/corpus.js';

const E = entity;

describe('tables made of cue lists', () => {
  it('find the longest listed ending at a position of a text without a slice', () => {
    const titles = new SuffixList(['国王', '王', '女王']);
    const text = '英国女王伊丽莎白';
    expect(titles.longestEndingAt(text, 4)).toBe('女王');
    expect(titles.longestEndingAt(text, 4, 1)).toBe('王');
    expect(titles.longestEndingAt(text, 3)).toBe(null);
    expect(titles.longestEndingAt('王', 1)).toBe('王');
    expect(titles.longestEnding('英国女王')).toBe('女王');
  });

  it('name each country a one-character name stands for by a full name the lexicon knows under its id', () => {
    const { trie } = buildLexicon();
    for (const [id, { name, characters }] of COUNTRY_ABBREVIATIONS) {
      const senses = trie.matchesAt(name, 0).find(([end]) => end === name.length)?.[1] ?? [];
      expect(senses.some((s) => s.entity.id === id), `${name} as ${id}`).toBe(true);
      expect(characters.length, id).toBeGreaterThan(0);
    }
  });
});

/** Lists kept in data/entities/cues.json: words around names, endings that make no organization, country-character words that are no pair, demonym characters, kinds of place, outlet endings. */
const corpus: Record<string, CorpusExample[]> = {
  'a speech verb after a Latin or bare name marks a person': [
    { text: '他告訴Tom Hanks表示', expect: [E('Tom Hanks', 'PER')] },
    { text: '他告诉Tom Hanks表示', expect: [E('Tom Hanks', 'PER')] },
    { text: '他说Tom Hanks很好', none: ['Tom Hanks'] },
    { text: '據了解,陳特安表示將繼續', expect: [E('陳特安', 'PER')] },
    { text: '据了解,陈特安表示将继续', expect: [E('陈特安', 'PER')] },
  ],
  'words ending like an organization that are no organization': [
    { text: '他參加了華為發布會', expect: [E('華為', 'ORG')], none: ['發布會'] },
    { text: '他参加了华为发布会', expect: [E('华为', 'ORG')], none: ['发布会'] },
    { text: '中國互聯網發展很快', none: ['互聯網'] },
    { text: '中国互联网发展很快', none: ['互联网'] },
  ],
  'words made of country characters that are no pair of countries': [
    { text: '我們學習中英文', none: ['中英文'] },
    { text: '我们学习中英文', none: ['中英文'] },
    { text: '这份中意合作文件', none: ['中意'] },
  ],
  'a place name before a demonym character is no mention': [
    { text: '中國籍船員', none: ['中國'] },
    { text: '他是美国籍球员', none: ['美国'] },
  ],
  'a kind of place after a known place keeps the tagged place': [
    { text: '台灣島的面積', expect: [E('台灣島', 'LOC')] },
    { text: '台湾岛的面积', expect: [E('台湾岛', 'LOC')] },
  ],
  'a title in 《》 ending like an outlet is an organization': [
    { text: '《財經周刊》報導', expect: [E('財經周刊', 'ORG')] },
    { text: '《财经周刊》报道', expect: [E('财经周刊', 'ORG')] },
    { text: '《大公网》报道', expect: [E('大公网', 'ORG')] },
  ],
};

describeCorpus('entity corpus: cue lists', corpus, ['entity'], ['entities']);
