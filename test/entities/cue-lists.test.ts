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

/** Lists kept in data/entities/cues.json: words around names, endings that make no organization, country-character words that are no pair, demonym characters, kinds of place, outlet endings, the words that type a place, a venue, a law and a model code. */
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
  'a tagged place ending in a natural feature or a site is a location': [
    { text: '在巴厘島烏魯瓦圖懸崖', expect: [E('巴厘島', 'LOC')] },
    { text: '在巴厘岛乌鲁瓦图悬崖', expect: [E('巴厘岛', 'LOC')] },
    { text: '整个潮白河区域', expect: [E('潮白河', 'LOC')] },
  ],
  'a numeral, pronoun or determiner opens no tagged place': [
    { text: '1955年,三島開始接受舉重訓練', none: ['三島'] },
    { text: '1955年,三岛开始接受举重训练', none: ['三岛'] },
  ],
  'a natural feature or a division standing after a name makes a place': [
    { text: '等過了阿波羅灣進入雨林', expect: [E('阿波羅灣', 'LOC')] },
    { text: '等过了阿波罗湾进入雨林', expect: [E('阿波罗湾', 'LOC')] },
    { text: '最原始的长滩岛', expect: [E('长滩岛', 'LOC')] },
    { text: '先後訪問了檀香山、威廉斯堡、華盛頓', expect: [E('威廉斯堡', 'GPE')] },
    { text: '先后访问了檀香山、威廉斯堡、华盛顿', expect: [E('威廉斯堡', 'GPE')] },
  ],
  'in a sentence about sport a city after a locative word or before a verb of holding is the venue': [
    { text: '歐冠決賽今晚在米蘭獲勝', expect: [E('米蘭', 'GPE')] },
    { text: '欧冠决赛今晚在米兰获胜', expect: [E('米兰', 'GPE')] },
    { text: '欧冠决赛今晚米兰获胜', expect: [E('米兰', 'ORG')] },
    { text: '意甲联赛米兰举办了庆典', expect: [E('米兰', 'GPE')] },
  ],
  'what follows only a person makes a place name a person': [
    { text: '華盛頓執政期間', expect: [E('華盛頓', 'PER')] },
    { text: '华盛顿执政期间', expect: [E('华盛顿', 'PER')] },
  ],
  'a word ending in a method is no law; a title in 《》 ending in a head of rules is': [
    { text: '總可找出雙方都可以接受的解決辦法', none: ['解決辦法'] },
    { text: '总可找出双方都可以接受的解决办法', none: ['解决办法'] },
    { text: '《電子簽名規定》', expect: [E('電子簽名規定', 'LAW')] },
    { text: '《电子签名规定》', expect: [E('电子签名规定', 'LAW')] },
  ],
  'a code before a date or unit character is no model': [
    { text: '發布了XQ300年度報告', none: ['XQ300'] },
    { text: '发布了XQ300年度报告', none: ['XQ300'] },
    { text: '发布了XQ300芯片', expect: [E('XQ300', 'PRODUCT')] },
  ],
};

describeCorpus('entity corpus: cue lists', corpus, ['entity'], ['entities']);
