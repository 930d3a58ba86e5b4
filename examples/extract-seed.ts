/**
 * Extract the seed feed (six Traditional-Chinese news articles on NVIDIA H200 sales to
 * China, December 2025) and print, per article: a summary of its mentions and a table of
 * its claims (subject, predicate, key numbers and dates, source, modality).
 *
 *   npm run example
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, splitArticles } from '../src/index.js';
import { formatSummary } from '../src/cli/summary.js';
import { formatClaimsTable } from '../src/claims/table.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const feed = fs.readFileSync(path.join(here, '..', 'seeds', '000_af5b69dcd7e89b35.txt'), 'utf8');

// The articles carry no full dateline; resolve against the day the feed was collected.
const referenceDate = '2025-12-30';
const zh = createExtractor();

for (const article of splitArticles(feed)) {
  const text = feed.slice(article.start, article.end);
  const r = zh.extract(text, { referenceDate });
  const title = article.title?.text ?? text.slice(0, 20);
  console.log(`=== ${title}${article.publisher ? `  (${article.publisher.text})` : ''}`);
  console.log(formatSummary(r));
  console.log('');
  console.log(formatClaimsTable(r));
  console.log('');
}
