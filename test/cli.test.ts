import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'src', 'cli', 'main.ts');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 << 20 });

describe('CLI', () => {
  it('--help lists every option', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    for (const o of ['--json', '--jsonl', '--reference-date', '--extractors', '--no-claims', '--segmenter']) expect(r.stdout).toContain(o);
  });

  it('--jsonl writes one line per input line, in order, with error records for bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '輝達追加20萬片。', referenceDate: '2025-12-30' }),
      'not json',
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 'e', text: '英伟达' }),
    ].join('\n') + '\n';
    const r = run(['extract', '--jsonl'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', null, 'e']);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
    expect(lines[2]).toMatchObject({ line: 3, error: expect.stringMatching(/text/) });
    expect(lines[0]).toHaveProperty('mentions');
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr).toMatch(/line 3/);
  });

  it('reads the seed gold set and prints 13 valid lines whose spans index the input', () => {
    const gold = path.resolve(root, '..', 'shared', 'eval', 'seed-gold.jsonl');
    const input = fs.existsSync(gold) ? fs.readFileSync(gold, 'utf8')
      : fs.readFileSync(path.join(root, 'seeds', '000_af5b69dcd7e89b35.txt'), 'utf8').split('\n').slice(1, 14).map((text, i) => JSON.stringify({ id: `seed:L${i + 2}`, text })).join('\n');
    const cases = input.trim().split('\n').map((l) => JSON.parse(l));
    const r = run(['extract', '--jsonl'], input);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(13);
    out.forEach((o, i) => {
      expect(o.id).toBe(cases[i].id);
      for (const m of o.mentions) expect(cases[i].text.slice(m.start, m.end)).toBe(m.text);
    });
  });

  it('prints a readable summary and the full JSON for a file', () => {
    const seed = path.join(root, 'seeds', '000_af5b69dcd7e89b35.txt');
    const summary = run(['extract', '--reference-date', '2025-12-30', seed]);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toMatch(/traditional\/tw/);
    const json = run(['extract', '--json', seed]);
    expect(JSON.parse(json.stdout).text.length).toBeGreaterThan(10000);
  });

  it('exits 2 with a clear message on wrong usage', () => {
    expect(run(['extract', '--nope']).status).toBe(2);
    const bad = run(['extract', '--reference-date', 'tomorrow'], 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/referenceDate/);
    expect(run(['extract', '/no/such/file']).stderr).toMatch(/cannot read/);
    expect(run([]).status).toBe(2);
  });
});
