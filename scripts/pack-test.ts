/**
 * Release check outside the test runner: pack the package as `npm publish` would, then
 * report its size, the browser bundle's size (minified and gzip, for the README), and what
 * publint and arethetypeswrong say. Exits 1 if either reports a problem.
 *
 *   npx tsx scripts/pack-test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { packInStaging, run, tools } from '../test/package/pack.js';

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

const packed = packInStaging();
try {
  const unpacked = path.join(packed.tmp, 'unpacked');
  fs.mkdirSync(unpacked);
  run('tar', ['-xzf', packed.tarball, '-C', unpacked], packed.tmp);
  const dist = path.join(unpacked, 'package', 'dist');
  console.log(`tarball: ${path.basename(packed.tarball)}, ${kib(fs.statSync(packed.tarball).size)}`);
  for (const file of ['browser.js', 'zh-claims.global.js', 'index.js']) {
    const p = path.join(dist, file);
    if (!fs.existsSync(p)) continue;
    const code = fs.readFileSync(p);
    console.log(`dist/${file}: ${kib(code.length)}, ${kib(gzipSync(code, { level: 9 }).length)} gzip`);
  }
  const publint = tools.publint(packed.tarball, packed.tmp);
  const attwStrict = tools.attw(packed.tarball, packed.tmp, ['--profile', 'strict', '--entrypoints', '.', './package.json']);
  const attwAll = tools.attw(packed.tarball, packed.tmp, ['--profile', 'node16']);
  console.log(`publint: ${publint.status === 0 ? 'ok' : 'PROBLEMS'}\n${publint.stdout}`);
  console.log(`attw (strict, JS entries): ${attwStrict.status === 0 ? 'ok' : 'PROBLEMS'}`);
  console.log(`attw (node16, all entries): ${attwAll.status === 0 ? 'ok' : 'PROBLEMS'}`);
  if (publint.status || attwStrict.status || attwAll.status) {
    console.log(attwStrict.stdout, attwAll.stdout);
    process.exitCode = 1;
  }
} finally {
  packed.cleanup();
}
