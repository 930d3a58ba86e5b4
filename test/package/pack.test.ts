import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { installInFreshProject, packInStaging, run, tools, type Packed } from './pack.js';

/**
 * The package as users get it: `npm pack`, installed from the tarball into a fresh project
 * (without optional dependencies, so without nodejieba), then used from ESM, CommonJS,
 * the CLI and TypeScript, and checked by publint and arethetypeswrong. Slow (it builds).
 */
const SAMPLE = '路透社援引知情人士稱，輝達計畫明年2月中旬交付4萬至8萬顆H200，單價約2.8萬美元/顆。';
const OPTIONS = { referenceDate: '2025-12-24' };

/** Node code run inside the consumer project; prints what the package gave back. */
const USE_ESM = `
import * as zh from 'zh-claims';
const r = zh.extract(${JSON.stringify(SAMPLE)}, ${JSON.stringify(OPTIONS)});
zh.extract('英伟达追加20万片晶圆');
zh.segmentWords('輝達追加訂單');
console.log(JSON.stringify({ exports: Object.keys(zh).sort(), segmenter: zh.createExtractor().segmenter, mentions: r.mentions, claims: r.claims }));
`;
const USE_CJS = `
const zh = require('zh-claims');
const r = zh.extract(${JSON.stringify(SAMPLE)}, ${JSON.stringify(OPTIONS)});
zh.extract('英伟达追加20万片晶圆');
zh.segmentWords('輝達追加訂單');
const schema = require('zh-claims/schema.json');
console.log(JSON.stringify({ exports: Object.keys(zh).sort(), segmenter: zh.createExtractor().segmenter, mentions: r.mentions, claims: r.claims, schema: schema.title }));
`;

const NO_JIEBA = /ZH_CLAIMS_NO_JIEBA/g;

describe('the packed package, installed in a fresh project', () => {
  let packed: Packed;
  let consumer: string;

  beforeAll(() => {
    packed = packInStaging();
    consumer = installInFreshProject(packed.tmp, packed.tarball);
    for (const f of fs.readdirSync(path.join(__dirname, 'consumer'))) {
      fs.copyFileSync(path.join(__dirname, 'consumer', f), path.join(consumer, f.replace(/\.txt$/, '')));
    }
  }, 900_000);

  afterAll(() => packed?.cleanup());

  it('ships the build, the data and the docs, and no sources or tests', () => {
    const files = run('tar', ['-tzf', packed.tarball], packed.tmp).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/zh-claims.schema.json', 'dist/browser.js']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|seeds|scripts|node_modules)\//.test(f))).toEqual([]);
    expect(fs.existsSync(path.join(consumer, 'node_modules', 'nodejieba'))).toBe(false);
  });

  it('imports as ESM, falls back to Intl.Segmenter with one warning, and extracts like the sources do', () => {
    const r = run(process.execPath, ['--input-type=module', '-e', USE_ESM], consumer);
    const out = JSON.parse(r.stdout);
    expect(out.segmenter).toBe('intl');
    expect(r.stderr.match(NO_JIEBA) ?? []).toHaveLength(1);
    const fromSources = createExtractor({ segmenter: 'intl' }).extract(SAMPLE, OPTIONS);
    expect(out.mentions).toEqual(fromSources.mentions);
    expect(out.claims).toEqual(fromSources.claims);
    expect(out.exports).toEqual(expect.arrayContaining(['extract', 'createExtractor', 'convert', 'detectScript', 'splitSentences', 'segmentWords', 'resultJsonSchema']));
  });

  it('requires as CommonJS with the same exports and results, and the JSON Schema subpath', () => {
    const esm = JSON.parse(run(process.execPath, ['--input-type=module', '-e', USE_ESM], consumer).stdout);
    const r = run(process.execPath, ['-e', USE_CJS], consumer);
    const cjs = JSON.parse(r.stdout);
    expect(r.stderr.match(NO_JIEBA) ?? []).toHaveLength(1);
    expect(cjs.exports).toEqual(esm.exports);
    expect(cjs.mentions).toEqual(esm.mentions);
    expect(cjs.claims).toEqual(esm.claims);
    expect(cjs.schema).toBe('zh-claims extraction result');
  });

  it('runs the CLI from node_modules/.bin', () => {
    const cli = path.join(consumer, 'node_modules', '.bin', 'zh-claims');
    const r = run(cli, ['extract', '--json', '--reference-date', '2025-12-24'], consumer, { input: SAMPLE });
    expect(JSON.parse(r.stdout).mentions.length).toBeGreaterThan(3);
    expect(run(cli, ['--version'], consumer).stdout.trim()).toBe(packed.packageJson.version);
  });

  it('type-checks TypeScript consumers against the published .d.ts (ESM and CJS under nodenext, and bundler)', () => {
    for (const project of ['tsconfig.node.json', 'tsconfig.bundler.json']) {
      const r = tools.tsc(project, consumer);
      expect(`${r.stdout}${r.stderr}`, project).toBe('');
      expect(r.status, project).toBe(0);
    }
  });

  it('publint finds nothing to report', () => {
    const r = tools.publint(packed.tarball, packed.tmp);
    expect(r.stdout + r.stderr).toMatch(/All good/);
    expect(r.status).toBe(0);
  });

  it('arethetypeswrong finds no problem under any module resolution', () => {
    // every JavaScript entry under node10, node16 (CJS and ESM) and bundler resolution
    const strict = tools.attw(packed.tarball, packed.tmp, ['--profile', 'strict', '--entrypoints', '.', './package.json']);
    expect(strict.stdout + strict.stderr).toMatch(/No problems found/);
    expect(strict.status).toBe(0);
    // every entry, the JSON Schema subpath included, under node16 and bundler (node10 predates "exports")
    const all = tools.attw(packed.tarball, packed.tmp, ['--profile', 'node16']);
    expect(all.status, all.stdout + all.stderr).toBe(0); // attw exits 1 on any problem it does not ignore
  });

  it('runs its browser build on Node too (Intl.Segmenter, no warning)', () => {
    const file = path.join(consumer, 'node_modules', 'zh-claims', 'dist', 'browser.js');
    const r = run(process.execPath, ['--input-type=module', '-e',
      `const zh = await import(${JSON.stringify(file)}); const r = zh.extract(${JSON.stringify(SAMPLE)}, ${JSON.stringify(OPTIONS)}); console.log(JSON.stringify({ segmenter: zh.createExtractor().segmenter, mentions: r.mentions }));`], consumer);
    const out = JSON.parse(r.stdout);
    expect(out.segmenter).toBe('intl');
    expect(r.stderr).not.toMatch(NO_JIEBA);
    expect(out.mentions).toEqual(createExtractor({ segmenter: 'intl' }).extract(SAMPLE, OPTIONS).mentions);
  });

  it('leads bundlers building for the browser to the browser build, where the exports map has a browser condition', async () => {
    const dot = (packed.packageJson.exports as Record<string, unknown>)['.'] as Record<string, unknown>;
    if (!('browser' in dot)) return; // the exports map publishes the Node entry only
    fs.writeFileSync(path.join(consumer, 'web.js'), "import { extract, renderHtml } from 'zh-claims';\ndocument.body.innerHTML = renderHtml(extract('輝達追加20萬片'));\n");
    const esbuild = await import('esbuild');
    const built = await esbuild.build({ entryPoints: ['web.js'], absWorkingDir: consumer, bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    expect(Object.keys(built.metafile.inputs).filter((f) => f.includes('zh-claims'))).toEqual(['node_modules/zh-claims/dist/browser.js']);
  });
});

