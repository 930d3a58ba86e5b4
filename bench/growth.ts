/**
 * Growth under adversarial input: time(1 MB) / time(100 KB) for the pipeline and for the
 * floor. Linear code grows 10×; the floor itself grows more (nodejieba on sentence-less runs).
 */
import type { Floor } from './floor.js';

export interface GrowthCase { name: string; make: (chars: number) => string }

const repeatTo = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** Inputs real feeds produce at their worst: runs of one character, no sentence ends, markup. */
export function growthCases(seedText: string): GrowthCase[] {
  const noPunct = seedText.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
  return [
    { name: 'one Han character (萬…)', make: (n) => repeatTo('萬', n) },
    { name: 'digits (1…)', make: (n) => repeatTo('1', n) },
    { name: 'news without punctuation', make: (n) => repeatTo(noPunct, n) },
    { name: 'HTML markup', make: (n) => repeatTo('<div class="a"><p>輝達 20萬片</p></div>&nbsp;', n) },
    { name: 'digit/separator mix (1,2.3-4…)', make: (n) => repeatTo('1,2.3-4/5:6%', n) },
  ];
}

export interface GrowthRow { name: string; small: number; large: number; floorSmall: number; floorLarge: number }

function once(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}
/** best of two: a shared machine only ever adds time */
const time = (f: () => unknown) => Math.min(once(f), once(f));

/** Each input once at `small` and `large` characters, pipeline and floor alternating. */
export function measureGrowth(cases: readonly GrowthCase[], run: (t: string) => unknown, floor: Floor, small = 100_000, large = 1_000_000): GrowthRow[] {
  return cases.map((c) => {
    const a = c.make(small), b = c.make(large);
    run(a.slice(0, 1000)); // warm the code paths this input takes
    const floorSmall = time(() => floor.run(a));
    const s = time(() => run(a));
    const floorLarge = once(() => floor.run(b));
    const l = once(() => run(b)); // large inputs once each, pipeline and floor alike
    return { name: c.name, small: s, large: l, floorSmall, floorLarge };
  });
}
