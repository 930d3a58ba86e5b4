import fs from 'node:fs';
import path from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { type FoundPattern, scanRegexes } from './registry.js';

const root = path.resolve(__dirname, '..', '..');
const src = path.join(root, 'src');

/**
 * Patterns recheck calls polynomial (never exponential) that were looked at and found
 * harmless where they are used, pending a rewrite. Matched by file and a stable piece of
 * the source; anything else that is flagged fails.
 */
const KNOWN_POLYNOMIAL: Array<{ file: string; includes: string; why: string }> = [
  { file: 'src/extractors/dates/durations.ts', includes: '(接下来的?|未来的?|过去的?|最近|近|这|那)?', why: "recheck's attack ('这' + '几十' × 38730 + '接分') runs in linear time on V8's engine; the amount alternatives overlap (几十 / [数几])" },
];

/** Texts that make the extractors build the patterns they build lazily, in both scripts. */
function triggerTexts(): string[] {
  const out = [
    '路透今晚援引三名供應鏈人士稱,輝達於12月29日晚緊急向台積電追加20萬片,約合2.8萬美元/顆,較去年同期增長35%。',
    '据新华社北京3月5日电,国务院总理在政府工作报告中说,今年GDP增长目标为5%左右,每周一、每月15日、三年前、下个月、上周五、明年2月中旬、春节前后。',
    '香港特區政府今日公布,過去三個月失業率為3.1%,九龍城區有兩千五百人,每隔兩天、去年底、年初至今、三天後、前兩季。',
    '他在2024年至2025年間擔任總經理,兩岸關係、中美貿易、中日峰會。民國113年、光緒二十年、大年初一、中秋節、端午節。',
  ];
  const seeds = path.join(root, '..', 'shared', 'seeds');
  if (fs.existsSync(seeds)) for (const f of fs.readdirSync(seeds)) out.push(fs.readFileSync(path.join(seeds, f), 'utf8'));
  return out;
}

/** The file under src/ a stack frame points at, for patterns built at run time. */
function callerFile(stack: string | undefined): string | null {
  for (const line of (stack ?? '').split('\n').slice(2)) {
    const m = /\(?((?:file:\/\/)?[^\s()]*\/src\/[^\s():]+\.[cm]?ts)/.exec(line);
    if (m) return path.relative(root, m[1]!.replace(/^file:\/\//, ''));
  }
  return null;
}

describe('regular expressions are safe from catastrophic backtracking', () => {
  it('every pattern in src/ (literals, constant and run-time RegExp sources) is checked by recheck', async () => {
    const { patterns, dynamic, files } = scanRegexes(src);
    expect(files).toBeGreaterThan(10);
    expect(patterns.length).toBeGreaterThan(20);

    // Patterns built at run time: watch RegExp while the library loads and runs.
    const built: FoundPattern[] = [];
    const Native = globalThis.RegExp;
    const record = (args: unknown[]) => {
      const [p, f] = args as [unknown, unknown];
      const source = p instanceof Native ? p.source : String(p ?? '(?:)');
      const flags = typeof f === 'string' ? f : p instanceof Native ? p.flags : '';
      const file = callerFile(new Error().stack);
      if (file) built.push({ file, line: 0, source, flags });
    };
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args, newTarget) { record(args); return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget); },
      apply(target, self, args) { record(args); return Reflect.apply(target, self, args); },
    });
    try {
      const { createExtractor } = await import('../../src/index.js');
      const zh = createExtractor();
      for (const t of triggerTexts()) zh.extract(t, { referenceDate: '2025-12-30' });
    } finally {
      globalThis.RegExp = Native;
    }

    // every file with a run-time RegExp call was seen building at least one pattern
    const seenFiles = new Set(built.map((b) => b.file));
    const unseen = dynamic.filter((d) => !seenFiles.has(d.file));
    expect(unseen, `RegExp built at run time but never seen (add a text that reaches it to triggerTexts): ${unseen.map((d) => `${d.file}:${d.line}`).join(', ')}`).toEqual([]);

    // each distinct pattern is checked once; every place that uses it is judged on its own
    const verdicts = new Map<string, Promise<Diagnostics>>();
    const places = new Map<string, FoundPattern>();
    for (const p of [...patterns, ...built]) {
      const key = `${p.flags}/${p.source}`;
      if (!verdicts.has(key)) verdicts.set(key, check(p.source, p.flags, { timeout: 20_000 }) as Promise<Diagnostics>);
      if (!places.has(`${p.file}|${key}`)) places.set(`${p.file}|${key}`, p);
    }
    const results = await Promise.all([...places.values()].map(async (p) => ({ p, d: await verdicts.get(`${p.flags}/${p.source}`)! })));

    const flagged = results.filter(({ d }) => d.status === 'vulnerable');
    const known = (p: FoundPattern) => KNOWN_POLYNOMIAL.some((k) => k.file === p.file && (p.source === k.includes || (k.includes.length > 8 && p.source.includes(k.includes))));
    const bad = flagged.filter(({ p, d }) => !(known(p) && d.status === 'vulnerable' && d.complexity.type === 'polynomial'));
    const describeBad = bad.map(({ p, d }) => `${p.file}:${p.line} /${p.source}/${p.flags} — ${d.status === 'vulnerable' ? `${d.complexity.type}, attack ${d.attack.pattern}` : ''}`);
    const accepted = flagged.filter((f) => !bad.includes(f));
    if (accepted.length) console.warn(`known polynomial patterns (pending a rewrite):\n${accepted.map(({ p }) => `${p.file}:${p.line} /${p.source.slice(0, 80)}/${p.flags}`).join('\n')}`);
    expect(bad.length, `vulnerable patterns:\n${describeBad.join('\n')}`).toBe(0);

    const unknown = results.filter(({ d }) => d.status === 'unknown');
    // 'unknown' means recheck gave up (timeout or an unsupported feature): say which, allow few
    if (unknown.length) console.warn(`recheck could not decide ${unknown.length} pattern(s):\n${unknown.map(({ p, d }) => `${p.file}:${p.line} /${p.source}/${p.flags} (${d.status === 'unknown' ? d.error.kind : ''})`).join('\n')}`);
    expect(unknown.length).toBeLessThanOrEqual(Math.ceil(results.length * 0.05));
  }, 600_000);
});
