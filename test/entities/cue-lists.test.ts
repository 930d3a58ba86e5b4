import { describe, expect, it } from 'vitest';
import { SuffixList } from '../../src/extractors/entities/suffixes.js';
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
});

/** Lists kept in data/entities/cues.json: speech and context words around names, endings that make no organization. */
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
};

describeCorpus('entity corpus: cue lists', corpus, ['entity'], ['entities']);
