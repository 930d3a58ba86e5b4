import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/index.js';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('sentences', () => {
  it('splits on 。！？； and line breaks, keeping closing quotes with their sentence', () => {
    expect(texts('他說：「好。」然後走了！真的嗎？是的；\n第二行')).toEqual(['他說：「好。」', '然後走了！', '真的嗎？', '是的；', '第二行']);
    expect(texts('他说:“我们会继续。”记者问')).toEqual(['他说:“我们会继续。”', '记者问']);
  });

  it('never splits inside numbers, URLs, e-mail addresses or abbreviations', () => {
    expect(texts('價格降至1.35萬美元。詳見https://example.com/a?b=1.今天')).toEqual(['價格降至1.35萬美元。', '詳見https://example.com/a?b=1.今天']);
    expect(texts('The U.S. government said so. 美方回應')).toEqual(['The U.S. government said so.', '美方回應']);
    expect(texts('联系 news@example.com.cn 获取')).toHaveLength(1);
  });

  it('keeps runs of terminators together (……, ?!)', () => {
    expect(texts('真的嗎?!不會吧……好')).toEqual(['真的嗎?!', '不會吧……', '好']);
  });

  it('gives clauses at commas and colons, not inside numbers or short quotations', () => {
    const [s] = splitSentences('全年配額由40萬顆提高到“保底50萬、衝刺60萬”,價格維持1,536美元:不變。');
    const clauses = s!.clauses.map((c) => s!.text.slice(c.start - s!.start, c.end - s!.start));
    expect(clauses).toEqual(['全年配額由40萬顆提高到“保底50萬、衝刺60萬”,', '價格維持1,536美元:', '不變。']);
  });

  it('offsets index the original text, whatever the script', () => {
    const src = '輝達發言人表示，視訊記憶體足夠。第二句';
    for (const s of splitSentences(src)) expect(src.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
