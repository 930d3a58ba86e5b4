import { describe, expect, it } from 'vitest';
import { extract, type ExtractionResult } from '../../src/index.js';
import { renderHtml } from '../../src/render/index.js';
import { describeValue } from '../../src/schema/describe-value.js';
import { formatOutput } from '../../src/cli/format.js';
import { at, sampleResult } from './fixtures.js';

/** The highlighted text as the page shows it: the inner HTML of the text block. */
const docHtml = (html: string): string => html.match(/<div class="doc" id="text">([\s\S]*?)<\/div>\n<h2>/)![1]!;
const marks = (html: string): Array<{ kind: string; start: number; end: number; value: string; inner: string }> =>
  [...docHtml(html).matchAll(/<mark class="k-(\w+)" data-kind="\w+" data-start="(\d+)" data-end="(\d+)" data-value="([^"]*)" title="[^"]*">([^<]*)<\/mark>/g)]
    .map((x) => ({ kind: x[1]!, start: Number(x[2]), end: Number(x[3]), value: x[4]!, inner: x[5]! }));
/** Undo the page's escaping, as the HTML parser would. */
const unescape = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#13;/g, '\r').replace(/&amp;/g, '&');

describe('renderHtml', () => {
  for (const script of ['traditional', 'simplified'] as const) {
    describe(`${script} text`, () => {
      const r = sampleResult(script);
      const html = renderHtml(r, { title: `sample (${script})` });

      it('is a standalone page: doctype, charset, inline style, no script or external resource', () => {
        expect(html.startsWith('<!doctype html>')).toBe(true);
        expect(html).toContain('<meta charset="utf-8">');
        expect(html).toContain(`<title>sample (${script})</title>`);
        expect(html).toMatch(/<html lang="zh-Han[ts]-(TW|CN)">/);
        expect(html).not.toMatch(/<script|<link|src=|@import|url\(/);
      });

      it('wraps every mention in a mark of its kind, on exactly its characters', () => {
        const ms = marks(html);
        expect(ms.map((m) => [m.kind, m.start, m.end, m.inner])).toEqual(r.mentions.map((m) => [m.kind, m.start, m.end, m.text]));
        // the text between and inside the marks is the original, unchanged
        expect(unescape(docHtml(html))).toBe(r.text);
      });

      it('puts the normalized value in the hover', () => {
        const values = marks(html).map((m) => unescape(m.value));
        expect(values).toContain('ORG Reuters (org:reuters)');
        expect(values).toContain('2026-02 MID [2026-02-11T00:00:00 – 2026-02-21T00:00:00)');
        expect(values).toContain(`40000–80000 ${script === 'traditional' ? '顆' : '颗'}`);
        expect(values).toContain(`≈28000 USD / ${script === 'traditional' ? '顆' : '颗'}`);
        expect(html).toContain('title="date: 2026-02 MID');
      });

      it('lists the claims with subject, predicate, arguments, source and modality', () => {
        const table = html.slice(html.indexOf('<table class="claims">'));
        for (const h of ['subject', 'predicate', 'arguments', 'source', 'modality']) expect(table).toContain(`<th>${h}</th>`);
        const rows = table.match(/<tr data-start/g) ?? [];
        expect(rows).toHaveLength(2);
        expect(table).toContain('NVIDIA');
        expect(table).toContain('<td>交付</td>');
        expect(table).toContain('Reuters<br>via 知情人士<br>cue 援引…');
        expect(table).toContain('<td class="modality">planned</td>');
        expect(table).toContain('<td class="modality">asserted</td>');
        // arguments are shown as their mentions, with values
        expect(table).toContain('<span class="value">2026-02 MID');
      });

      it('has a legend with one switch per kind present, with counts', () => {
        expect(html).toContain('<input type="checkbox" id="show-entity" checked>entity 3');
        expect(html).toContain('id="show-date" checked>date 1');
        expect(html).not.toContain('id="show-percent"');
      });
    });
  }

  it('escapes markup in the text, the values and the title', () => {
    const text = '<script>alert("x")</script> & 輝達 <b>';
    const r: ExtractionResult = {
      text, script: 'traditional', region: 'tw', referenceDate: null, sentences: [], claims: [],
      mentions: [at(text, '輝達', { kind: 'entity', value: { type: 'ORG', canonical: 'A "quoted" <name>' } })],
    };
    const html = renderHtml(r, { title: '</title><script>' });
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ');
    expect(html).toContain('data-value="ORG A &quot;quoted&quot; &lt;name&gt;"');
    expect(unescape(docHtml(html))).toBe(text);
  });

  it('keeps carriage returns so page offsets stay the result offsets', () => {
    const text = '第一段\r\n輝達追加20萬片。';
    const r: ExtractionResult = {
      text, script: 'traditional', region: 'tw', referenceDate: null, sentences: [], claims: [],
      mentions: [at(text, '輝達', { kind: 'entity', value: { type: 'ORG' } })],
    };
    expect(docHtml(renderHtml(r))).toBe('第一段&#13;\n<mark class="k-entity" data-kind="entity" data-start="5" data-end="7" data-value="ORG" title="entity: ORG">輝達</mark>追加20萬片。');
  });

  it('draws what it can of a hand-made result: overlapping, empty and out-of-range mentions are left out', () => {
    const text = '英伟达追加20万片晶圆';
    const r: ExtractionResult = {
      text, script: 'simplified', region: 'cn', referenceDate: null, sentences: [], claims: [],
      mentions: [
        at(text, '20万片', { kind: 'count', value: { value: 200000, unit: '片' } }),
        at(text, '20万', { kind: 'number', value: { value: 200000 } }), // inside the count
        { kind: 'number', start: 3, end: 3, text: '', value: { value: 0 } },
        { kind: 'number', start: 8, end: 99, text: '?', value: { value: 1 } },
      ],
    };
    const ms = marks(renderHtml(r));
    expect(ms.map((m) => m.inner)).toEqual(['20万片']);
    expect(unescape(docHtml(renderHtml(r)))).toBe(text);
  });

  it('renders an empty result and survives hostile text', () => {
    const empty = extract('');
    expect(renderHtml(empty)).toContain('No mentions.');
    expect(renderHtml(empty)).toContain('No claims.');
    const hostile = '\ud800輝達\udc00\u0000\u0007<img src=x onerror=alert(1)>😀'.repeat(3);
    const html = renderHtml(extract(hostile));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u0000');
  });

  it('handles a 1 MB text with a mention every few characters', () => {
    const unit = '輝達追加20萬片，';
    const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const mentions = [];
    for (let i = 0; i < text.length; i += unit.length) mentions.push({ kind: 'count' as const, start: i + 4, end: i + 8, text: '20萬片', value: { value: 200000, unit: '片' } });
    const html = renderHtml({ text, script: 'traditional', region: 'tw', referenceDate: null, sentences: [], claims: [], mentions });
    expect(html.split('<mark ').length - 1).toBe(mentions.length);
  });

  it('renders a real extraction of Traditional and Simplified news', () => {
    for (const text of ['輝達於12月29日晚緊急向台積電追加20萬片晶圓，單價約2.8萬美元/顆。', '英伟达于12月29日晚紧急向台积电追加20万片晶圆，单价约2.8万美元/颗。']) {
      const r = extract(text, { referenceDate: '2025-12-30' });
      const html = renderHtml(r);
      const ms = marks(html);
      expect(ms.length).toBe(r.mentions.length);
      for (const m of ms) expect(m.inner).toBe(text.slice(m.start, m.end));
      expect(unescape(docHtml(html))).toBe(text);
      expect(ms.map((m) => m.kind)).toEqual(expect.arrayContaining(['date', 'money']));
    }
  });
});

describe('describeValue', () => {
  const v = (m: Parameters<typeof describeValue>[0]) => describeValue(m);
  const base = { start: 0, end: 1, text: 'x' };
  it('reads each family of value', () => {
    expect(v({ ...base, kind: 'percent', value: { value: 30 } })).toBe('30%');
    expect(v({ ...base, kind: 'percent', value: { value: 2, unit: 'pp' } })).toBe('2 pp');
    expect(v({ ...base, kind: 'count', value: { value: 70000, unit: '顆', bound: 'gt' } })).toBe('>70000 顆');
    expect(v({ ...base, kind: 'money', value: { min: 4, max: 8, currency: 'TWD' } })).toBe('4–8 TWD');
    expect(v({ ...base, kind: 'ordinal', value: { value: 2 } })).toBe('#2');
    expect(v({ ...base, kind: 'duration', value: { timex: 'PT48H', mod: 'LESS_THAN' } })).toBe('PT48H LESS_THAN');
    expect(v({ ...base, kind: 'entity', value: { type: 'PER' } })).toBe('PER');
  });
});

describe('formatOutput', () => {
  const r = sampleResult('traditional');
  it('html: the standalone page, titled', () => {
    const html = formatOutput(r, 'html', 'article.txt');
    expect(html).toBe(renderHtml(r, { title: 'article.txt' }));
  });
  it('table: the summary and one line per claim', () => {
    const table = formatOutput(r, 'table', 'article.txt');
    expect(table).toMatch(/^article\.txt: /);
    expect(table).toContain('claims:');
    expect(table).toContain('1. [planned] Reuters: NVIDIA 交付 | 明年2月中旬 (2026-02 MID');
    expect(table).toContain('2. [asserted] — — | 約2.8萬美元/顆 (≈28000 USD / 顆)');
  });
  it('json and jsonl: the result itself', () => {
    expect(JSON.parse(formatOutput(r, 'json'))).toEqual(r);
    const line = formatOutput(r, 'jsonl');
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(r);
  });
});
