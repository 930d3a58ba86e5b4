import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { runBatch, type BatchEngine } from '../src/cli/batch.js';
import { inProcessEngine, processLines } from '../src/cli/jsonl.js';
import { type InputLine, readLines } from '../src/cli/lines.js';
import { OutputSink } from '../src/cli/output.js';

const zh = createExtractor();

async function collectLines(chunks: Array<string | Buffer>, maxLineChars?: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  await readLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), (ls) => { out.push(...ls); }, { maxLineChars });
  return out;
}

class Sink extends Writable {
  data = '';
  constructor(private failAfter = Infinity) { super({ highWaterMark: 64 }); }
  override _write(chunk: Buffer, _enc: string, cb: (e?: Error | null) => void) {
    if (this.failAfter <= 0) { const e = new Error('write EPIPE') as NodeJS.ErrnoException; e.code = 'EPIPE'; return cb(e); }
    this.failAfter--;
    this.data += chunk.toString();
    setTimeout(() => cb(), 1); // a slow reader
  }
}

const cases = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `c${i}`, text: i % 2 ? `輝達追加${i}萬片。` : `英伟达于${(i % 12) + 1}月${(i % 28) + 1}日追单` }) + '\n').join('');

describe('line reader', () => {
  it('splits CRLF and LF, drops a leading BOM, keeps a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('\ufeff{"a":1}\r\n輝達\n');
    const cut = bytes.indexOf(Buffer.from('輝')) + 1; // inside the 3-byte character
    const lines = await collectLines([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(lines.map((l) => l.text)).toEqual(['{"a":1}', '輝達']);
    expect(lines.every((l) => !l.unterminated)).toBe(true);
  });
  it('marks a last line without a newline, and an over-long line, without keeping it', async () => {
    const lines = await collectLines(['ok\n', 'x'.repeat(50), 'y'.repeat(50), '\nlast'], 64);
    expect(lines.map((l) => [l.text, !!l.unterminated, l.oversized ?? 0])).toEqual([['ok', false, 0], ['', false, 100], ['last', true, 0]]);
  });
  it('an input that ends inside a character yields a replacement character, not a lost line', async () => {
    const bytes = Buffer.from('{"text":"輝');
    const lines = await collectLines([bytes.subarray(0, bytes.length - 1)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.unterminated).toBe(true);
  });
});

describe('batch runner', () => {
  it('writes records in input order even when groups finish out of order', async () => {
    const base = inProcessEngine(zh.extract, { referenceDate: '2025-12-30' });
    const shuffled: BatchEngine = {
      concurrency: 4,
      run: (lines) => new Promise((r) => setTimeout(() => r(base.run(lines)), Math.random() * 20)),
      close: async () => {},
    };
    const input = cases(300);
    const sink = new Sink();
    const r = await runBatch({ input: Readable.from([input]), output: sink, engine: shuffled, onError: () => {} });
    expect(r.failure).toBeNull();
    const ids = sink.data.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => `c${i}`));
  });

  it('reads no further ahead than its in-flight limit when the output is slow (backpressure)', async () => {
    const input = new PassThrough({ highWaterMark: 1024 });
    let groups = 0, maxAhead = 0, written = 0;
    const engine: BatchEngine = {
      concurrency: 1,
      run: async (lines) => { groups++; maxAhead = Math.max(maxAhead, groups - written); return processLines(lines, zh.extract, {}); },
      close: async () => {},
    };
    const sink = new Sink();
    const origWrite = sink.write.bind(sink);
    sink.write = ((chunk: string, ...rest: never[]) => { written++; return origWrite(chunk, ...rest); }) as typeof sink.write;
    const run = runBatch({ input, output: sink, engine, onError: () => {}, maxInFlight: 2 });
    for (let i = 0; i < 40; i++) input.write(cases(40));
    input.end();
    const r = await run;
    expect(r.lines).toBe(1600);
    expect(maxAhead).toBeLessThanOrEqual(3);
  });

  it('a closed output stops the run and says up to which line records were written', async () => {
    const sink = new Sink(3);
    const r = await runBatch({ input: Readable.from([cases(200)]), output: new OutputSink(sink), engine: inProcessEngine(zh.extract, {}), onError: () => {} });
    expect(r.failure?.kind).toBe('output');
    expect(r.failure?.message).toMatch(/EPIPE/);
    expect(r.lines).toBeLessThan(200);
    expect(r.failure!.lastLineWritten).toBe(r.lines);
  });

  it('an input that fails midway keeps every record read before it', async () => {
    const input = new Readable({ read() {} });
    input.push(cases(5));
    setTimeout(() => input.destroy(new Error('disk went away')), 20);
    const sink = new Sink();
    const r = await runBatch({ input, output: sink, engine: inProcessEngine(zh.extract, {}), onError: () => {} });
    expect(r.failure).toMatchObject({ kind: 'input', lastLineWritten: 5 });
    expect(r.failure!.message).toMatch(/disk went away/);
    expect(sink.data.trim().split('\n')).toHaveLength(5);
  });
});

describe('progress line', () => {
  it('is drawn on a terminal at most once a second, with documents, rate and ETA, and cleared at the end', async () => {
    const { progressLine } = await import('../src/cli/progress.js');
    let now = 0, out = '';
    const tty = { isTTY: true, write: (s: string) => { out += s; return true; } } as unknown as NodeJS.WriteStream;
    const p = progressLine(tty, 10_000, () => now);
    now = 500; p.update({ linesDone: 1, linesRead: 10, bytesRead: 1000 });
    expect(out).toBe('');
    now = 2000; p.update({ linesDone: 20, linesRead: 40, bytesRead: 4000 });
    expect(out).toMatch(/20 of ~100 documents, 20\.0%, 10\.0 docs\/s, ETA 8s/);
    p.done();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });
  it('is silent when stderr is not a terminal', async () => {
    const { progressLine } = await import('../src/cli/progress.js');
    let out = '';
    const pipe = { isTTY: false, write: (s: string) => { out += s; return true; } } as unknown as NodeJS.WriteStream;
    const p = progressLine(pipe, 100, () => 5000);
    p.update({ linesDone: 5, linesRead: 5, bytesRead: 50 });
    p.done();
    expect(out).toBe('');
  });
});
