import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

describe('without nodejieba', () => {
  it('still loads and extracts with Intl.Segmenter, and says so once', () => {
    const script = `
      const { createExtractor, segmentWords } = await import(${JSON.stringify(path.join(root, 'src/index.ts'))});
      const zh = createExtractor();
      const r = zh.extract('輝達於12月29日晚緊急向台積電追加訂單。', { referenceDate: '2025-12-30' });
      zh.extract('第二篇文章。');
      console.log(JSON.stringify({ segmenter: zh.segmenter, sentences: r.sentences.length, words: segmentWords('英伟达追加订单').map((t) => t.word) }));
    `;
    const r = spawnSync(process.execPath, ['--require', path.join(root, 'test/fixtures/without-nodejieba.cjs'), '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(out.segmenter).toBe('intl');
    expect(out.sentences).toBe(1);
    expect(out.words.join('')).toBe('英伟达追加订单');
    expect(r.stderr.match(/nodejieba could not be loaded/g)?.length).toBe(1);
  });
});
