import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Browser and edge builds swap the Node loader of nodejieba (node:module, process) for a
 * stub, so the bundle holds no native code and no Node built-ins; Intl.Segmenter segments.
 */
const swapNodeJieba = {
  name: 'zh-claims-browser-jieba',
  setup(build: { onResolve(o: { filter: RegExp }, cb: (a: { path: string; resolveDir: string }) => { path: string } | undefined): void }) {
    build.onResolve({ filter: /\/jieba-node(\.js)?$/ }, (args) =>
      path.resolve(args.resolveDir, args.path).endsWith(path.join('src', 'text', 'jieba-node.js'))
        ? { path: path.resolve('src/browser/jieba-none.ts') }
        : undefined);
  },
};

/**
 * The CLI imports the library through src/index.ts; in the build it loads the ESM build
 * beside it (dist/index.js) instead of bundling a second copy of the library.
 */
const libraryFromDist = {
  name: 'zh-claims-cli-uses-dist',
  setup(build: { onResolve(o: { filter: RegExp }, cb: (a: { path: string; resolveDir: string }) => { path: string; external: boolean } | undefined): void }) {
    build.onResolve({ filter: /^\.\.\/index(\.js)?$/ }, (args) =>
      path.resolve(args.resolveDir, args.path).replace(/\.js$/, '') === path.resolve('src/index') ? { path: './index.js', external: true } : undefined);
  },
};

/** Options shared by the browser builds; the browser test builds with these into a temp dir. */
export const browserBuild: Options = {
  entry: { browser: 'src/browser/index.ts' },
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: false, // minified bundles for pages and edge functions; the Node builds carry the maps
  splitting: false,
  treeshake: true,
  noExternal: [/.*/], // one file for <script type="module">, edge functions and bundlers alike
  esbuildPlugins: [swapNodeJieba],
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    shims: true,
    target: 'node20',
    external: ['nodejieba'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    shims: true,
    target: 'node20',
    external: ['nodejieba'],
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryFromDist],
    define: { __ZH_CLAIMS_VERSION__: JSON.stringify(version) },
  },
  { ...browserBuild, format: ['esm'], dts: true },
  // a classic script for <script src>: exposes globalThis.ZhClaims
  { ...browserBuild, entry: { 'zh-claims': 'src/browser/index.ts' }, format: ['iife'], globalName: 'ZhClaims', sourcemap: false },
]);
