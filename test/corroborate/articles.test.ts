import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../src/corroborate/index.js';
import { SEED_FEED } from './gold.js';

const feedT = [
  '#晶片',
  '輝達稱春節前交付H200晶片',
  '據路透社報導,多位知情人士透露,輝達已告知中國客戶,計畫於明年2月中旬交付H200晶片。其中兩位消息人士稱,輝達計畫動用庫存。 (環球時報)',
  '問 AI 可靠嗎?',
  '八國圍堵',
  '日前,美國拉攏日本、韓國,共8個國家,簽署了一份聯合聲明。這事的性質極為惡劣,美國卻批准輝達向中國出售H200晶片。 （金百臨財富通）',
].join('\n');
const feedS = [
  '#芯片',
  '英伟达称春节前交付H200芯片',
  '据路透社报道,多位知情人士透露,英伟达已告知中国客户,计划于明年2月中旬交付H200芯片。其中两位消息人士称,英伟达计划动用库存。 (环球时报)',
].join('\r\n');

describe('splitArticles', () => {
  it('splits a Traditional feed into title, body and bracketed publisher, with exact offsets', () => {
    const arts = splitArticles(feedT);
    expect(arts).toHaveLength(2);
    const [a, b] = arts;
    expect(a!.tags.map((t) => t.text)).toEqual(['#晶片']);
    expect(a!.title!.text).toBe('輝達稱春節前交付H200晶片');
    expect(a!.publisher!.text).toBe('環球時報');
    expect(feedT.slice(a!.publisher!.start, a!.publisher!.end)).toBe('環球時報');
    expect(feedT.slice(a!.body.start, a!.body.end)).toBe(a!.body.text);
    expect(a!.body.text.endsWith('(環球時報)')).toBe(true);
    // two heading lines: the one right above the body is the title
    expect(b!.headings.map((h) => h.text)).toEqual(['問 AI 可靠嗎?', '八國圍堵']);
    expect(b!.title!.text).toBe('八國圍堵');
    expect(b!.publisher!.text).toBe('金百臨財富通');
    expect(b!.start).toBe(feedT.indexOf('問 AI'));
  });

  it('splits a Simplified feed with CRLF line ends', () => {
    const [a] = splitArticles(feedS);
    expect(a!.title!.text).toBe('英伟达称春节前交付H200芯片');
    expect(a!.publisher!.text).toBe('环球时报');
    expect(feedS.slice(a!.body.start, a!.body.end)).toBe(a!.body.text);
    expect(a!.body.text.includes('\r')).toBe(false);
  });

  it('does not take bracketed words in a heading for a publisher', () => {
    const arts = splitArticles('輝達追單台積電(圖)\n路透今晚援引三名供應鏈人士稱,輝達緊急向台積電發出超級追單,要求再追加20萬片晶圓。 (晶片行業)');
    expect(arts).toHaveLength(1);
    expect(arts[0]!.title!.text).toBe('輝達追單台積電(圖)');
    expect(arts[0]!.publisher!.text).toBe('晶片行業');
  });

  it('falls back to blank-line blocks when no body names a publisher', () => {
    const text = '標題一\n第一篇正文。\n\n标题二\n第二篇正文。';
    const arts = splitArticles(text);
    expect(arts.map((a) => [a.title?.text, a.body.text, a.publisher])).toEqual([['標題一', '第一篇正文。', null], ['标题二', '第二篇正文。', null]]);
  });

  it('splits the seed into its six articles', () => {
    const seed = fs.readFileSync(SEED_FEED, 'utf8');
    const arts = splitArticles(seed);
    expect(arts.map((a) => a.publisher?.text)).toEqual(['晶片行業', '深科技', '環球時報', '九派新聞', '底線思維', '金百臨財富通']);
    expect(arts[0]!.tags.map((t) => t.text)).toEqual(['#H200晶片']);
    expect(arts[5]!.headings).toHaveLength(2);
  });

  it('never throws, on odd input', () => {
    for (const s of ['', '\n\n\n', '(', '（）', '#', '\ud800\udfff\ud800', 'a'.repeat(200_000) + '(x)', '<p>html</p>\n(環球時報)', '\u0000\u0001\n\t']) {
      expect(() => splitArticles(s)).not.toThrow();
    }
    expect(() => splitArticles(42 as unknown as string)).toThrow(TypeError);
  });
});
