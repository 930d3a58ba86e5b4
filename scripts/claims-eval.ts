/**
 * Claims on the hand-annotated dev corpus (test/claims/corpus): recall, precision, subject,
 * source, modality and arguments as eval/score.mjs counts them, and the same accepting the
 * documented alternative readings. Lists every miss.
 *
 *   npx tsx scripts/claims-eval.ts [--quiet] [--pred out.jsonl]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/index.js';
import { DEV_CASES } from '../test/claims/corpus/dev-cases.js';
import { matchClaims, resolveCase, type ClaimCheck } from '../test/claims/corpus/devset.js';
import { DEV_REFERENCE_DATE } from '../test/claims/corpus/build.js';

const { values: opts } = parseArgs({ options: { quiet: { type: 'boolean' }, pred: { type: 'string' } } });
const extractor = createExtractor();
const all: ClaimCheck[] = [];
let predicted = 0, matchedPred = 0;
const preds: string[] = [];
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-').padStart(5);

for (const c of DEV_CASES) {
  const r = extractor.extract(c.text, { referenceDate: c.referenceDate ?? DEV_REFERENCE_DATE });
  preds.push(JSON.stringify({ id: `claims-dev:${c.id}`, mentions: r.mentions, claims: r.claims }));
  const gold = resolveCase(c);
  const { checks, unmatched } = matchClaims(c.text, gold, r.claims);
  predicted += r.claims.length; matchedPred += r.claims.length - unmatched.length;
  all.push(...checks);
  if (opts.quiet) continue;
  for (const k of checks) {
    const g = k.gold, q = k.got;
    const bad = [
      !q && 'MISSING',
      q && !k.subjectAlt && `subject ${q.subject?.text ?? '-'} ≠ ${g.subject?.text ?? '-'}`,
      q && !k.sourceAlt && `source ${q.attribution?.source ?? '-'} ≠ ${g.attribution?.source ?? '-'}`,
      q && !k.modalityAlt && `modality ${q.modality} ≠ ${g.modality}`,
    ].filter(Boolean);
    if (bad.length) console.log(`${c.id} «${g.text}»${q ? ` ~ «${q.text}»` : ''}: ${bad.join('; ')}`);
  }
  for (const q of unmatched) console.log(`${c.id} EXTRA «${q.text}» [${q.modality}; ${q.attribution?.source ?? '-'}; ${q.subject?.text ?? '-'}]`);
}
if (opts.pred) fs.writeFileSync(opts.pred, preds.join('\n') + '\n');

const m = all.filter((k) => k.got);
const args = all.reduce((n, k) => n + k.gold.arguments.length, 0);
const found = all.reduce((n, k) => n + k.argsFound, 0);
const count = (f: (k: ClaimCheck) => boolean) => m.filter(f).length;
console.log(`dev claims: gold ${all.length}, predicted ${predicted}; recall ${pct(m.length, all.length)}, precision ${pct(matchedPred, predicted)}; ` +
  `among matched: subject ${pct(count((k) => k.subject), m.length)}, source ${pct(count((k) => k.source), m.length)}, modality ${pct(count((k) => k.modality), m.length)}; arguments found ${pct(found, args)}`);
console.log(`  with documented alternatives: subject ${pct(count((k) => k.subjectAlt), m.length)}, source ${pct(count((k) => k.sourceAlt), m.length)}, modality ${pct(count((k) => k.modalityAlt), m.length)}`);
