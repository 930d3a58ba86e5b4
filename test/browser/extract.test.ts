import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, createExtractor, type ExtractionResult, type Mention } from '../../src/index.js';
import { renderHtml } from '../../src/render/index.js';
import { buildBrowserBundle, type BrowserBundle } from './bundle.js';
import { launchChromium, runBrowserTests, type LaunchedBrowser } from './chromium.js';

const root = path.resolve(__dirname, '..', '..');
const seedTraditional = fs.readFileSync(path.join(root, 'seeds', '000_af5b69dcd7e89b35.txt'), 'utf8');
const seedSimplified = convert(seedTraditional, { to: 'simplified' }).text;
const referenceDate = '2025-12-30';
const ORIGIN = 'http://zh-claims.test';

const QUANTITY_KINDS = new Set(['number', 'ordinal', 'percent', 'money', 'dimension', 'count']);
const DATE_KINDS = new Set(['date', 'time', 'datetime', 'duration', 'set']);
const quantitiesAndDates = (r: ExtractionResult): Mention[] =>
  r.mentions.filter((m) => QUANTITY_KINDS.has(m.kind) || DATE_KINDS.has(m.kind));

/** What the page's module script leaves on globalThis: the bundle's exports. */
type PageGlobal = { zhClaims: { extract(text: string, o: object): ExtractionResult } };

/** The page: one module script importing the bundle, as a site would. */
const INDEX_HTML = `<!doctype html><meta charset="utf-8"><title>zh-claims</title>
<script type="module">import * as lib from '/browser.js'; globalThis.zhClaims = lib;</script>`;

/** Calls into the bundle from inside the page (main thread), as a site would. */
async function extractInPage(page: Page, text: string): Promise<ExtractionResult> {
  return page.evaluate(({ text, referenceDate }) => (globalThis as unknown as PageGlobal).zhClaims.extract(text, { referenceDate }), { text, referenceDate });
}

describe.runIf(runBrowserTests)('browser bundle in headless Chromium', () => {
  let bundle: BrowserBundle;
  let chromium: LaunchedBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    bundle = await buildBrowserBundle();
    chromium = await launchChromium();
    // a made-up origin served from the temp dir: module scripts need http(s), and no server is started
    await chromium.context.route(`${ORIGIN}/**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
      if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: INDEX_HTML });
      const file = path.join(bundle.dir, path.basename(name));
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: fs.readFileSync(file) });
    });
    page = await chromium.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => 'zhClaims' in globalThis, null, { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    bundle?.cleanup();
  });

  it('is one self-contained file without Node built-ins or native code', () => {
    const code = fs.readFileSync(bundle.file, 'utf8');
    expect(code).not.toMatch(/\brequire\(\s*["']/);
    expect(code).not.toMatch(/["']node:[a-z_/]+["']/);
    expect(code).not.toMatch(/\.node["']/);
    expect(code).not.toMatch(/\bimport\s*\(?\s*["'][^"'./]/); // no bare imports left to resolve
    // the size the README reports (minified + gzip); a generous ceiling catches accidental bloat
    console.info(`browser bundle: ${(bundle.bytes / 1024).toFixed(0)} KiB minified, ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzip`);
    expect(bundle.gzipBytes).toBeLessThan(3 * 1024 * 1024);
  });

  it('loads as an ES module and segments with Intl.Segmenter', async () => {
    const info = await page.evaluate(() => {
      const zh = (globalThis as unknown as { zhClaims: Record<string, (...a: unknown[]) => { segmenter: string }> }).zhClaims;
      return { exports: Object.keys(zh).sort(), segmenter: zh.createExtractor!().segmenter, script: zh.detectScript!('輝達計畫明年交付') };
    });
    expect(info.exports).toEqual(expect.arrayContaining(['extract', 'createExtractor', 'convert', 'renderHtml', 'segmentWords', 'splitSentences']));
    expect(info.segmenter).toBe('intl');
    expect(info.script).toBe('traditional');
    expect(pageErrors).toEqual([]);
  });

  for (const [script, seed] of [['Traditional', seedTraditional], ['Simplified', seedSimplified]] as const) {
    it(`finds the same quantities and dates in the ${script} seed as Node does`, async () => {
      const inBrowser = await extractInPage(page, seed);
      const nodeIntl = createExtractor({ segmenter: 'intl' }).extract(seed, { referenceDate });
      const nodeDefault = createExtractor().extract(seed, { referenceDate });
      expect(inBrowser.text).toBe(seed);
      expect(inBrowser.sentences).toEqual(nodeIntl.sentences);
      // with the same segmenter the whole result is the same, claims included
      expect(inBrowser).toEqual(nodeIntl);
      // against Node's default segmenter (nodejieba where built), quantities and dates agree
      // but for the rare rule that leans on a word boundary; such differences are listed
      const inPage = new Set(quantitiesAndDates(inBrowser).map((m) => JSON.stringify(m)));
      const expected = quantitiesAndDates(nodeDefault).map((m) => JSON.stringify(m));
      const missing = expected.filter((m) => !inPage.has(m));
      if (missing.length) console.info(`${script} seed: ${missing.length} of ${expected.length} quantities/dates differ from Node's ${createExtractor().segmenter} segmenter: ${missing.join(' ')}`);
      expect(quantitiesAndDates(inBrowser).length).toBeGreaterThan(0);
      expect(missing.length).toBeLessThanOrEqual(Math.floor(expected.length * 0.05));
      expect(pageErrors).toEqual([]);
    });
  }

  it('renders the same HTML page in the browser as in Node', async () => {
    const text = '路透社援引知情人士稱，輝達計畫明年2月中旬交付4萬至8萬顆H200。';
    const inBrowser = await page.evaluate(({ text, referenceDate }) => {
      const zh = (globalThis as unknown as { zhClaims: Record<string, (...a: unknown[]) => string> }).zhClaims;
      return zh.renderHtml!(zh.extract!(text, { referenceDate }), { title: 'same' });
    }, { text, referenceDate });
    expect(inBrowser).toBe(renderHtml(createExtractor({ segmenter: 'intl' }).extract(text, { referenceDate }), { title: 'same' }));
  });

  it('runs in a module worker (no DOM, as in edge runtimes)', async () => {
    const line = seedTraditional.split('\n')[2]!;
    // page code as a string: it runs in the page, where Worker and Blob exist
    const r = await page.evaluate(`(async () => {
      const source = "import { extract } from '" + location.origin + "/browser.js';"
        + "onmessage = (e) => postMessage(extract(e.data.text, { referenceDate: e.data.referenceDate }));";
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
      try {
        return await new Promise((resolve, reject) => {
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
          worker.postMessage(${JSON.stringify({ text: line, referenceDate })});
        });
      } finally { worker.terminate(); }
    })()`) as ExtractionResult;
    const node = createExtractor({ segmenter: 'intl' }).extract(line, { referenceDate });
    expect(r).toEqual(node);
  });
});
