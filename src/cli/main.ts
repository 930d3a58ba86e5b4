import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createExtractor, type ExtractOptions } from '../index.js';
import { formatSummary } from './summary.js';
import { runJsonl } from './jsonl.js';

const HELP = `zh-claims — typed, source-grounded claims from Chinese news text

Usage:
  zh-claims extract [FILE…]            read FILEs (or stdin) and print a summary per document
  zh-claims extract --jsonl [FILE…]    batch: one FORMAT.md case per line in, one {id, mentions, claims} line out

Options:
  --json                     print the full result as JSON (one document per file or stdin)
  --jsonl                    batch mode over JSON Lines cases ({ id, text, referenceDate })
  --reference-date DATE      resolve relative dates against DATE (ISO 8601, e.g. 2025-12-30);
                             in --jsonl mode a case's own referenceDate wins
  --extractors LIST          comma-separated extractors to run (quantities,dates,entities)
  --no-claims                skip claim assembly (mentions only)
  --segmenter NAME           nodejieba (default where installed) or intl
  -h, --help                 show this help
  -v, --version              print the version

Exit codes:
  0  every document or line was processed
  1  some input lines were bad (each got an error record in order, and a message on stderr)
  2  wrong usage (unknown option, unreadable file, invalid option value)
`;

function fail(msg: string): never {
  process.stderr.write(`zh-claims: ${msg}\nTry 'zh-claims --help'.\n`);
  process.exit(2);
}

// A closed stdout (| head) is not an error of ours: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        'reference-date': { type: 'string' },
        extractors: { type: 'string' },
        'no-claims': { type: 'boolean' },
        segmenter: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) { fail((e as Error).message); }
  const { values: o, positionals } = parsed;
  if (o.help) { process.stdout.write(HELP); return 0; }
  if (o.version) { process.stdout.write(`${VERSION}\n`); return 0; }
  const [command, ...files] = positionals;
  if (command !== 'extract') fail(command ? `unknown command '${command}'` : 'missing command (extract)');
  if (o.segmenter && o.segmenter !== 'intl' && o.segmenter !== 'nodejieba') fail(`--segmenter must be nodejieba or intl, got '${o.segmenter}'`);
  for (const f of files) if (f !== '-' && !fs.existsSync(f)) fail(`cannot read '${f}': no such file`);

  const extractor = createExtractor(o.segmenter ? { segmenter: o.segmenter as 'intl' | 'nodejieba' } : {});
  const defaults: ExtractOptions = {
    ...(o['reference-date'] ? { referenceDate: o['reference-date'] } : {}),
    ...(o.extractors ? { extractors: o.extractors.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    ...(o['no-claims'] ? { claims: false } : {}),
  };
  // validate options once, up front, so a bad value is a usage error and not N error records
  try { extractor.extract('', defaults); } catch (e) { fail((e as Error).message.replace(/^zh-claims: /, '')); }

  const inputs = files.length ? files : ['-'];
  if (o.jsonl) {
    let errors = 0;
    for (const f of inputs) {
      const stream = f === '-' ? process.stdin : fs.createReadStream(f);
      const stats = await runJsonl(stream, process.stdout, (m) => process.stderr.write(`zh-claims: ${f === '-' ? 'stdin' : f}: ${m}\n`), extractor.extract, defaults);
      errors += stats.errors;
    }
    return errors ? 1 : 0;
  }
  for (const f of inputs) {
    const text = f === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(f, 'utf8');
    const r = extractor.extract(text, defaults);
    process.stdout.write(o.json ? JSON.stringify(r) + '\n' : formatSummary(r, f === '-' ? 'stdin' : f) + '\n');
  }
  return 0;
}

declare const __ZH_CLAIMS_VERSION__: string | undefined;
const VERSION = typeof __ZH_CLAIMS_VERSION__ === 'string' ? __ZH_CLAIMS_VERSION__ : 'dev';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`zh-claims: ${(e as Error).stack ?? e}\n`); process.exitCode = 2; },
);
