/**
 * npm run fuzz [-- --runs 1000000 --seed N --minutes M]
 *
 * The robustness properties of test/robustness at fuzzing scale (default one million cases
 * per property): feed-like text and arbitrary UTF-16 strings through the whole pipeline,
 * checking that nothing throws, every span is inside the text and equal to its slice, and
 * the output is the same when computed twice. Prints the seed and the smallest failing input.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/index.js';
import { anyText, checkResult, feedText, referenceDate } from '../test/robustness/properties.js';

const { values: o } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' }, minutes: { type: 'string' } } });
const numRuns = Number(o.runs ?? 1_000_000);
const seed = o.seed !== undefined ? Number(o.seed) : Date.now() % 2 ** 31;
const timeLimit = o.minutes ? Number(o.minutes) * 60_000 : undefined;
const zh = createExtractor();

let done = 0;
const started = Date.now();
let shown = started;
const tick = () => {
  done++;
  const now = Date.now();
  if (now - shown >= 5000) {
    shown = now;
    process.stderr.write(`\r${done.toLocaleString('en')} cases, ${(done / ((now - started) / 1000)).toFixed(0)}/s `);
  }
};

const properties: Array<[string, fc.IProperty<[string, ...unknown[]]>]> = [
  ['feed-like text', fc.property(feedText, referenceDate, (text, ref) => {
    tick();
    const r = zh.extract(text, { referenceDate: ref });
    checkResult(text, r);
    if (!isDeepStrictEqual(zh.extract(text, { referenceDate: ref }), r)) throw new Error('a second call gave another result');
  }) as unknown as fc.IProperty<[string, ...unknown[]]>],
  ['any UTF-16 string', fc.property(anyText, (text) => { tick(); checkResult(text, zh.extract(text)); }) as unknown as fc.IProperty<[string, ...unknown[]]>],
];

let failed = false;
console.log(`fuzzing with seed ${seed}, ${numRuns.toLocaleString('en')} cases per property${timeLimit ? `, at most ${o.minutes} minutes each` : ''}`);
for (const [name, prop] of properties) {
  done = 0;
  const t0 = Date.now();
  const r = fc.check(prop, { numRuns, seed, ...(timeLimit ? { interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false } : {}) });
  process.stderr.write('\r\x1b[K');
  if (r.failed) {
    failed = true;
    console.log(`✗ ${name}: failed after ${r.numRuns} cases (seed ${r.seed}, path ${r.counterexamplePath})`);
    console.log(`  input: ${JSON.stringify(r.counterexample)}`);
    console.log(`  error: ${r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance)}`);
  } else {
    console.log(`✓ ${name}: ${r.numRuns.toLocaleString('en')} cases in ${((Date.now() - t0) / 1000).toFixed(0)} s${r.interrupted ? ' (time limit reached)' : ''}`);
  }
}
process.exitCode = failed ? 1 : 0;
