import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
    for (const o of ['--json', '--jsonl', '--reference-date', '--extractors', '--no-claims', '--segmenter', '--format', '--workers']) expect(r.stdout).toContain(o);
    for (const code of ['0', '1', '2', '3', '4']) expect(r.stdout).toMatch(new RegExp(`^\\s+${code}\\s+\\S`, 'm'));
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

  it('--corroborate FILE writes cross-document clusters in the shape the cluster scorer reads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-cli-'));
    try {
      const file = path.join(dir, 'clusters.json');
      const input = [
        { id: 'a', text: '路透社援引知情人士稱，輝達計畫明年2月中旬向中國客戶交付4萬至8萬顆H200晶片。', referenceDate: '2025-12-23' },
        { id: 'b', text: '据路透社报道，知情人士透露，英伟达计划明年2月中旬向中国客户交付约4万至8万颗H200芯片。', referenceDate: '2025-12-24' },
      ].map((c) => JSON.stringify(c)).join('\n') + '\n';
      const r = run(['extract', '--jsonl', '--corroborate', file], input);
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(Array.isArray(out.clusters)).toBe(true);
      const joint = out.clusters.find((c: { claims: Array<{ id: string }> }) => new Set(c.claims.map((x) => x.id)).size === 2);
      expect(joint, JSON.stringify(out.clusters)).toBeDefined();
      expect(run(['extract', '--corroborate', file], 'x').status).toBe(2);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('--format table|json|jsonl, and --json as an alias of --format json', () => {
    const text = '輝達於12月29日晚緊急追加20萬片。';
    const table = run(['extract', '--format', 'table', '--reference-date', '2025-12-30'], text);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/stdin/);
    const json = run(['extract', '--format', 'json'], text);
    const alias = run(['extract', '--json'], text);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(alias.stdout));
    const jsonl = run(['extract', '--format', 'jsonl'], text);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(jsonl.stdout).text).toBe(text);
    expect(run(['extract', '--format', 'pdf'], text).status).toBe(2);
    expect(run(['extract', '--jsonl', '--format', 'table'], '').status).toBe(2);
  });

  it('--workers N gives the same lines in the same order as one worker; bad N is a usage error', () => {
    const gold = path.resolve(root, '..', 'shared', 'eval', 'seed-gold.jsonl');
    const input = (fs.existsSync(gold) ? fs.readFileSync(gold, 'utf8') : '') + [
      JSON.stringify({ id: 'x1', text: '英伟达于12月29日晚追加20万片' }), 'oops', JSON.stringify({ id: 'x3', text: '台積電' }),
    ].join('\n') + '\n';
    const one = run(['extract', '--jsonl', '--workers', '1'], input);
    const two = run(['extract', '--jsonl', '--workers', '2'], input);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n')).toHaveLength(input.trim().split('\n').length);
    for (const bad of ['0', '-1', 'two', '1.5', '9999']) expect(run(['extract', '--jsonl', '--workers', bad], '').status).toBe(2);
  });

  it('a truncated last line and an input without a final newline are told apart', () => {
    const ok = run(['extract', '--jsonl'], JSON.stringify({ id: 'a', text: '輝達' }));
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).id).toBe('a');
    const cut = run(['extract', '--jsonl'], JSON.stringify({ id: 'a', text: '輝達' }) + '\n{"id":"b","te');
    expect(cut.status).toBe(1);
    const lines = cut.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/truncated input/) });
    expect(cut.stderr).toMatch(/line 2: truncated input/);
  });

  it('a closed stdout (EPIPE) stops the run with exit code 3 and says what was written', async () => {
    const input = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `輝達於12月${(i % 28) + 1}日追加${i}萬片H200晶圓，約合2.8萬美元/顆。`.repeat(20) })).join('\n') + '\n';
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'extract', '--jsonl', '--workers', '1'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdin.on('error', () => {}); // the child may stop reading first
    child.stdin.end(input);
    await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(3);
    expect(stderr).toMatch(/output closed by the reader \(EPIPE\)/);
    expect(stderr).toMatch(/lines 1–\d+ were written whole|no record was written whole/);
  });
});
