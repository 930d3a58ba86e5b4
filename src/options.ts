import { z } from 'zod';
import type { ReferenceDate } from './extractor.js';

/** An invalid option: `option` names it, the message says what was expected. */
export class InvalidOptionError extends TypeError {
  constructor(readonly option: string, expected: string, got: unknown) {
    super(`zh-claims: invalid option \`${option}\`: expected ${expected}, got ${describe(got)}`);
    this.name = 'InvalidOptionError';
  }
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? x.slice(0, 40) + '…' : x);
  if (x instanceof Date) return `Invalid Date`;
  if (Array.isArray(x)) return `an array (${JSON.stringify(x).slice(0, 60)})`;
  return typeof x === 'object' ? `an object (${JSON.stringify(x)?.slice(0, 60)})` : `${typeof x} ${String(x)}`;
}

export const ExtractOptions = z.object({
  referenceDate: z.union([z.date(), z.string(), z.null()]).optional()
    .describe('the moment relative dates resolve against: a Date (read in local time) or an ISO 8601 string (read as written, zone ignored); null for none'),
  extractors: z.array(z.string()).optional().describe('names of the extractors to run (default: all registered)'),
  claims: z.boolean().optional().describe('assemble claims (default true)'),
}).strict();
export type ExtractOptions = z.input<typeof ExtractOptions>;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const REF_EXPECTED = 'a valid Date or an ISO 8601 date string such as "2025-12-30" or "2025-12-30T08:00:00"';

/** Read a reference date as a wall-clock moment. */
export function parseReferenceDate(x: unknown): ReferenceDate | null {
  if (x === undefined || x === null) return null;
  if (x instanceof Date) {
    if (Number.isNaN(x.getTime())) throw new InvalidOptionError('referenceDate', REF_EXPECTED, x);
    return { year: x.getFullYear(), month: x.getMonth() + 1, day: x.getDate(), hour: x.getHours(), minute: x.getMinutes(), second: x.getSeconds(), from: 'option' };
  }
  if (typeof x === 'string') {
    const m = ISO.exec(x.trim());
    if (m) {
      const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
      const probe = new Date(Date.UTC(year, month - 1, day));
      if (probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour < 24 && minute < 60 && second < 61) {
        return { year, month, day, hour, minute, second, from: 'option' };
      }
    }
  }
  throw new InvalidOptionError('referenceDate', REF_EXPECTED, x);
}

export function formatReferenceDate(r: ReferenceDate | null): string | null {
  if (!r) return null;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(r.year, 4)}-${p(r.month)}-${p(r.day)}T${p(r.hour)}:${p(r.minute)}:${p(r.second)}`;
}

/** Validate options, naming the first bad one. */
export function readOptions(options: unknown, known: readonly string[]): { referenceDate: ReferenceDate | null; extractors: string[] | null; claims: boolean } {
  if (options === undefined || options === null) return { referenceDate: null, extractors: null, claims: true };
  if (typeof options !== 'object' || Array.isArray(options)) throw new InvalidOptionError('options', 'an object', options);
  const parsed = ExtractOptions.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      throw new InvalidOptionError(issue.keys[0]!, `one of ${Object.keys(ExtractOptions.shape).join(', ')} (unknown option)`, (options as Record<string, unknown>)[issue.keys[0]!]);
    }
    const name = String(issue.path[0] ?? 'options');
    const expected: Record<string, string> = {
      referenceDate: REF_EXPECTED,
      extractors: `an array of extractor names (${known.join(', ')})`,
      claims: 'a boolean',
    };
    throw new InvalidOptionError(name, expected[name] ?? issue.message, (options as Record<string, unknown>)[name]);
  }
  const o = parsed.data;
  if (o.extractors) {
    const bad = o.extractors.find((n) => !known.includes(n));
    if (bad !== undefined) throw new InvalidOptionError('extractors', `names among ${known.join(', ')}`, bad);
  }
  return { referenceDate: parseReferenceDate(o.referenceDate), extractors: o.extractors ?? null, claims: o.claims ?? true };
}
