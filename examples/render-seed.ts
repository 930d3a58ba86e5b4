/**
 * Render the seed document (six Traditional-Chinese news articles, December 2025) as one
 * standalone HTML page: the text with mentions highlighted by kind (hover for the
 * normalized value) and the claims as a table.
 *
 *   npx tsx examples/render-seed.ts [OUT.html]     (default: seed.html in the temp dir)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { renderHtml } from '../src/render/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = fs.readFileSync(path.join(here, '..', 'seeds', '000_af5b69dcd7e89b35.txt'), 'utf8');
const out = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), 'zh-claims-seed.html'));

// the feed was collected on 30 December 2025: relative dates (明年, 23日) resolve against it
const result = extract(seed, { referenceDate: '2025-12-30' });
fs.writeFileSync(out, renderHtml(result, { title: 'zh-claims: seed 000_af5b69dcd7e89b35 (H200, December 2025)' }));
console.log(`${result.mentions.length} mentions, ${result.claims.length} claims → ${out}`);
