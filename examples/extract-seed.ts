/**
 * Extract the seed document (six Traditional-Chinese news articles, December 2025) and
 * print, per line of the feed, what the library found.
 *
 *   npm run example
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../src/index.js';
import { formatSummary } from '../src/cli/summary.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = fs.readFileSync(path.join(here, '..', 'seeds', '000_af5b69dcd7e89b35.txt'), 'utf8');

const zh = createExtractor();
// The seed is a feed: a #tag line, then title and body lines. Every line is read as its own document.
const lines = seed.split('\n').map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text.trim() && !l.text.startsWith('#'));
for (const { text, line } of lines) {
  const r = zh.extract(text, { referenceDate: '2025-12-30' });
  console.log(formatSummary(r, `line ${line}: ${text.slice(0, 24)}…`));
  console.log('');
}
