/** Write dev.jsonl (FORMAT.md case shape) from the hand-written dev cases: npx tsx test/claims/corpus/build.ts */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_CASES } from './dev-cases.js';
import { resolveCase } from './devset.js';

export const DEV_REFERENCE_DATE = '2025-12-30T00:00:00';

export function devJsonl(): string {
  return DEV_CASES.map((c) => JSON.stringify({
    id: `claims-dev:${c.id}`,
    source: 'zh-claims dev corpus (invented news-style text, MIT)',
    text: c.text,
    referenceDate: c.referenceDate ?? DEV_REFERENCE_DATE,
    complete: false,
    kinds: [],
    mentions: [],
    region: c.region,
    genre: c.genre,
    claims: resolveCase(c).map(({ alt, ...claim }) => ({ ...claim, ...(alt ? { alt } : {}) })),
  })).join('\n') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dev.jsonl');
  fs.writeFileSync(out, devJsonl());
  console.log(`wrote ${out}`);
}
