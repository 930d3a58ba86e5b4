import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, extract, type ExtractionResult, type MentionKind } from '../../src/index.js';
import { KIND_COLORS, renderHtml } from '../../src/render/index.js';
import { launchChromium, runBrowserTests, type LaunchedBrowser } from '../browser/chromium.js';

const root = path.resolve(__dirname, '..', '..');
const seed = fs.readFileSync(path.join(root, 'seeds', '000_af5b69dcd7e89b35.txt'), 'utf8');
/** The seed's first articles (headline and body lines), enough for every common kind. */
const seedArticles = seed.split('\n').slice(0, 5).join('\n');

interface Box { x: number; y: number; width: number; height: number }
interface PlacedMark { kind: string; start: number; end: number; text: string; domStart: number; markBox: Box | null; rangeBox: Box | null }

/**
 * In the page: for each <mark>, where its first character sits in the text block's DOM text
 * (counted over text nodes, independently of the marks' own attributes), and the box of
 * the characters at the result's offsets next to the box of the mark itself.
 */
const PLACE_MARKS = `(() => {
  const doc = document.getElementById('text');
  const nodes = [];
  const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(), at = 0; n; n = walker.nextNode()) { nodes.push({ node: n, at }); at += n.data.length; }
  // a start lies at or after a node's beginning; an end at or before a node's end
  const locate = (offset, isEnd) => {
    const n = nodes.find((n) => isEnd ? n.at < offset && offset <= n.at + n.node.data.length : n.at <= offset && offset < n.at + n.node.data.length);
    return n ? [n.node, offset - n.at] : [doc, 0];
  };
  const box = (rects) => rects.length === 1 ? { x: rects[0].x, y: rects[0].y, width: rects[0].width, height: rects[0].height } : null;
  return [...doc.querySelectorAll('mark')].map((mark) => {
    const first = nodes.find((n) => mark.contains(n.node));
    const start = Number(mark.dataset.start), end = Number(mark.dataset.end);
    const range = document.createRange();
    range.setStart(...locate(start, false));
    range.setEnd(...locate(end, true));
    return { kind: mark.dataset.kind, start, end, text: mark.textContent, domStart: first ? first.at : -1,
      markBox: box(mark.getClientRects()), rangeBox: box(range.getClientRects()) };
  });
})()`;

/** The most frequent colour of a PNG, read back through a canvas in a blank page. */
async function dominantColor(page: Page, png: Buffer): Promise<string> {
  return page.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png.toString('base64')}';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const k = '#' + [d[i], d[i + 1], d[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('');
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0][0];
  })()`);
}

describe.runIf(runBrowserTests)('rendered page in headless Chromium', () => {
  let chromium: LaunchedBrowser;
  beforeAll(async () => { chromium = await launchChromium(); }, 120_000);
  afterAll(async () => { await chromium?.close(); });

  const cases: Array<[string, () => ExtractionResult]> = [
    ['Traditional seed', () => extract(seedArticles, { referenceDate: '2025-12-30' })],
    ['Simplified seed', () => extract(convert(seedArticles, { to: 'simplified' }).text, { referenceDate: '2025-12-30' })],
  ];

  for (const [name, run] of cases) {
    it(`shows every mention of the ${name} on its own characters, in its kind's colour`, async () => {
      const result = run();
      expect(result.mentions.length).toBeGreaterThan(20);
      const page = await chromium.context.newPage();
      try {
        await page.setViewportSize({ width: 1000, height: 800 });
        await page.setContent(renderHtml(result, { title: name }), { waitUntil: 'load' });
        expect(await page.title()).toBe(name);
        // the page's text is the result's text, code unit for code unit
        expect(await page.evaluate(`document.getElementById('text').textContent`)).toBe(result.text);

        const placed = await page.evaluate(PLACE_MARKS) as PlacedMark[];
        expect(placed.map((m) => [m.kind, m.start, m.end, m.text]))
          .toEqual(result.mentions.map((m) => [m.kind, m.start, m.end, m.text]));
        for (const m of placed) {
          expect(m.domStart, `«${m.text}» starts at ${m.start}`).toBe(m.start);
          // the characters at the result's offsets are where the highlight is drawn
          if (m.markBox && m.rangeBox) {
            expect(Math.abs(m.markBox.x - m.rangeBox.x)).toBeLessThan(1);
            expect(Math.abs(m.markBox.width - m.rangeBox.width)).toBeLessThan(1);
            expect(Math.abs(m.markBox.y - m.rangeBox.y)).toBeLessThan(1);
          }
        }

        // pixels: one mention of each kind, screenshotted at the result's offsets, is its kind's fill
        const whole = await page.screenshot({ fullPage: true });
        expect(whole.subarray(1, 4).toString()).toBe('PNG');
        const blank = await chromium.context.newPage();
        try {
          const seen = new Set<string>();
          for (const m of placed) {
            if (seen.has(m.kind) || !m.rangeBox || m.rangeBox.width < 8) continue;
            seen.add(m.kind);
            await page.evaluate(`document.getElementById('text').querySelector('mark[data-start="${m.start}"]').scrollIntoView({ block: 'center' })`);
            const fresh = (await page.evaluate(PLACE_MARKS) as PlacedMark[]).find((x) => x.start === m.start)!;
            const clip = fresh.rangeBox!;
            const shot = await page.screenshot({ clip: { x: clip.x, y: clip.y + 1, width: clip.width, height: Math.max(1, clip.height - 3) } });
            expect(await dominantColor(blank, shot), `${m.kind} «${m.text}»`).toBe(KIND_COLORS[m.kind as MentionKind].fill);
          }
          expect(seen.size).toBeGreaterThanOrEqual(3);
        } finally { await blank.close(); }
      } finally { await page.close(); }
    });
  }

  it('switching a kind off in the legend removes its highlight', async () => {
    const result = extract('輝達於12月29日晚緊急向台積電追加20萬片晶圓。', { referenceDate: '2025-12-30' });
    const page = await chromium.context.newPage();
    try {
      await page.setContent(renderHtml(result));
      const kind = result.mentions[0]!.kind;
      const bg = () => page.evaluate(`getComputedStyle(document.querySelector('mark.k-${kind}')).backgroundColor`);
      expect(await bg()).not.toBe('rgba(0, 0, 0, 0)');
      await page.click(`#show-${kind}`);
      expect(await bg()).toBe('rgba(0, 0, 0, 0)');
    } finally { await page.close(); }
  });
});
