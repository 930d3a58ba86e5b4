import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { browserBuild } from '../../tsup.config.js';

export interface BrowserBundle { dir: string; file: string; bytes: number; gzipBytes: number; cleanup(): void }

/** Build the browser bundle (ESM, minified) into a fresh temp dir, as `npm run build` does into dist/. */
export async function buildBrowserBundle(): Promise<BrowserBundle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-browser-'));
  await build({ ...browserBuild, format: ['esm'], outDir: dir, sourcemap: false, dts: false, clean: false, config: false, silent: true });
  const file = path.join(dir, 'browser.js');
  const code = fs.readFileSync(file);
  return {
    dir, file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
