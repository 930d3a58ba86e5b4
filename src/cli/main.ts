import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createExtractor, type ExtractOptions } from '../index.js';
import { runBatch, type BatchEngine } from './batch.js';
import { formatOutput, OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { collectingEngine, writeClusters } from './corroborate.js';
import { inProcessEngine } from './jsonl.js';
import { OutputClosedError, OutputSink } from './output.js';
import { progressLine } from './progress.js';
import { isBatchWorker, runBatchWorker, sharedPool } from './workers.js';

const CORES = typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);

const HELP = `zh-claims — typed, source-grounded claims from Chinese news text

Usage:
  zh-claims extract [FILE…]            read FILEs (or stdin) and print a summary per document
  zh-claims extract --jsonl [FILE…]    batch: one FORMAT.md case per line in, one {id, mentions, claims} line out

Options:
  --format FORMAT            output for whole documents: ${OUTPUT_FORMATS.join(', ')} (default table)
  --json                     same as --format json
  --jsonl                    batch mode over JSON Lines cases ({ id, text, referenceDate }): a pure
                             line-in/line-out filter, streamed in constant memory, output in input order
  --workers N                --jsonl: threads to run documents on, this one included (default: ${CORES}, the number of cores)
  --corroborate FILE         --jsonl: also cluster the claims of all cases across documents and write the
                             clusters, conflicts and retellings to FILE as JSON (holds the run in memory)
  --reference-date DATE      resolve relative dates against DATE (ISO 8601, e.g. 2025-12-30);
                             in --jsonl mode a case's own referenceDate wins
  --extractors LIST          comma-separated extractors to run (quantities,dates,entities)
  --no-claims                skip claim assembly (mentions only)
  --segmenter NAME           nodejieba (default where installed) or intl
  -h, --help                 show this help
  -v, --version              print the version

In --jsonl mode every input line gets exactly one output line: a result, or an error record
{ id, line, error } for an empty or malformed line, a line over 8 million characters, or a
last line cut off by the end of the input. A progress line is shown on stderr when it is a terminal.

Exit codes:
  0  every document or line was processed
  1  some input lines were bad (each got an error record in order, and a message on stderr)
  2  wrong usage (unknown option, unreadable file, invalid option value); nothing was processed
  3  the run stopped early: the output was closed (e.g. EPIPE from | head) or an input could not be
     read to its end; stderr says up to which input line records were written, the rest were not
  4  internal error (a bug: please report it with the message printed on stderr)
`;

class UsageError extends Error {}
const usage = (msg: string): never => { throw new UsageError(msg); };

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        workers: { type: 'string' },
        corroborate: { type: 'string' },
        'reference-date': { type: 'string' },
        extractors: { type: 'string' },
        'no-claims': { type: 'boolean' },
        segmenter: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) { return usage((e as Error).message); }
}

function readFormat(o: { format?: string; json?: boolean; jsonl?: boolean }): OutputFormat {
  if (o.json && o.format && o.format !== 'json') usage(`--json and --format ${o.format} disagree`);
  const format = o.format ?? (o.json ? 'json' : 'table');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) usage(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got '${format}'`);
  if (o.jsonl && (o.json || (o.format && o.format !== 'jsonl'))) usage('--jsonl always writes JSON Lines records; drop --format/--json');
  return format as OutputFormat;
}

function readWorkers(s: string | undefined): number {
  if (s === undefined) return CORES;
  if (!/^\d{1,3}$/.test(s) || Number(s) < 1 || Number(s) > 256) usage(`--workers must be a whole number from 1 to 256, got '${s}'`);
  return Number(s);
}

async function main(argv: string[], out: OutputSink): Promise<number> {
  const { values: o, positionals } = parse(argv);
  if (o.help) { await out.write(HELP); return 0; }
  if (o.version) { await out.write(`${VERSION}\n`); return 0; }
  const [command, ...files] = positionals;
  if (command !== 'extract') usage(command ? `unknown command '${command}'` : 'missing command (extract)');
  if (o.segmenter && o.segmenter !== 'intl' && o.segmenter !== 'nodejieba') usage(`--segmenter must be nodejieba or intl, got '${o.segmenter}'`);
  const format = readFormat(o);
  if (o.corroborate !== undefined && !o.jsonl) usage('--corroborate works with --jsonl (cases with ids)');
  const workers = readWorkers(o.workers);
  for (const f of files) {
    if (f === '-') continue;
    try { if (fs.statSync(f).isDirectory()) usage(`cannot read '${f}': it is a directory`); } catch (e) {
      if (e instanceof UsageError) throw e;
      usage(`cannot read '${f}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
  }

  const segmenter = o.segmenter as 'intl' | 'nodejieba' | undefined;
  const defaults: ExtractOptions = {
    ...(o['reference-date'] ? { referenceDate: o['reference-date'] } : {}),
    ...(o.extractors ? { extractors: o.extractors.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    ...(o['no-claims'] ? { claims: false } : {}),
  };
  const parallel = o.jsonl && workers > 1;
  // this thread works too (see sharedPool): load its extractor and check the options once, up front
  const extractor = createExtractor(segmenter ? { segmenter } : {});
  try {
    extractor.extract('', defaults);
  } catch (e) { usage((e as Error).message.replace(/^zh-claims: /, '')); }

  const inputs = files.length ? files : ['-'];
  if (o.jsonl) {
    const here = inProcessEngine(extractor.extract, defaults);
    const pool: BatchEngine = parallel ? sharedPool(workers, new URL(import.meta.url), { ...(segmenter ? { segmenter } : {}), defaults }, here) : here;
    const collected = o.corroborate !== undefined ? collectingEngine(pool) : null;
    const engine = collected?.engine ?? pool;
    let code = 4;
    try { code = await runInputs(inputs, out, engine); } finally { await engine.close(code === 3); }
    if (collected && code !== 3) writeClusters(o.corroborate!, collected.documents);
    return code;
  }
  for (const f of inputs) {
    const text = f === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(f, 'utf8');
    await out.write(formatOutput(extractor.extract(text, defaults), format, f === '-' ? 'stdin' : f));
  }
  return 0;
}

/** Every input through the engine, one after the other; the first early stop ends the run. */
async function runInputs(inputs: string[], out: OutputSink, engine: BatchEngine): Promise<number> {
  const sizes = inputs.map((f) => { try { const st = f === '-' ? fs.fstatSync(0) : fs.statSync(f); return st.isFile() ? st.size : null; } catch { return null; } });
  const total = sizes.every((s) => s !== null) ? sizes.reduce((a, b) => a! + b!, 0) : null;
  const progress = progressLine(process.stderr, total);
  let errors = 0;
  try {
    for (const f of inputs) {
      const name = f === '-' ? 'stdin' : f;
      const input = f === '-' ? process.stdin : fs.createReadStream(f);
      const r = await runBatch({ input, output: out, engine, onProgress: (p) => progress.update(p), onError: (m) => { progress.done(); process.stderr.write(`zh-claims: ${name}: ${m}\n`); } });
      progress.addOffset(r.lines, r.bytes);
      errors += r.errors;
      if (r.failure) {
        progress.done();
        const n = r.failure.lastLineWritten;
        const upTo = r.failure.kind === 'input' ? `records were written for the ${r.lines} lines read before it (lines 1–${n}); the rest of the input was not read`
          : n > 0 ? `the records of lines 1–${n} were written whole, from line ${n + 1} on some were written in part or not at all` : 'no record was written whole';
        process.stderr.write(`zh-claims: ${name}: ${r.failure.message}; ${upTo}\n`);
        return 3;
      }
    }
  } finally { progress.done(); }
  return errors ? 1 : 0;
}

declare const __ZH_CLAIMS_VERSION__: string | undefined;
const VERSION = typeof __ZH_CLAIMS_VERSION__ === 'string' ? __ZH_CLAIMS_VERSION__ : 'dev';

if (isBatchWorker()) {
  void runBatchWorker();
} else {
  const out = new OutputSink(process.stdout);
  main(process.argv.slice(2), out).then(
    (code) => { process.exitCode = code; },
    (e) => {
      if (e instanceof UsageError) {
        process.stderr.write(`zh-claims: ${e.message}\nTry 'zh-claims --help'.\n`);
        process.exitCode = 2;
      } else if (e instanceof OutputClosedError) {
        process.stderr.write(`zh-claims: ${e.message}; the output is incomplete\n`);
        process.exitCode = 3;
      } else {
        process.stderr.write(`zh-claims: internal error: ${(e as Error).stack ?? e}\n`);
        process.exitCode = 4;
      }
    },
  );
}
