import type { Claim } from '../schema/claim.js';
import type { ExtractionResult } from '../schema/result.js';
import type { Mention } from '../schema/mention.js';
import { describeValue } from '../schema/describe-value.js';

const MAX_CELL = 28;

const cell = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return [...flat].length > MAX_CELL ? [...flat].slice(0, MAX_CELL - 1).join('') + '…' : flat;
};

/** Key numbers and dates of a claim: its quantity and temporal arguments, normalized. */
function keyValues(claim: Claim, mentions: readonly Mention[]): string {
  const out: string[] = [];
  for (const [s, e] of claim.arguments) {
    const m = mentions.find((x) => x.start === s && x.end === e);
    if (m && m.kind !== 'entity') out.push(describeValue(m, { brief: true }));
  }
  return out.join('; ');
}

function source(claim: Claim): string {
  const a = claim.attribution;
  if (!a) return '(own voice)';
  const named = a.source ?? '(unnamed)';
  return a.via ? `${named} via ${a.via}` : named;
}

/** Render the claims of one result as a plain-text table: subject, predicate, key numbers and dates, source, modality. */
export function formatClaimsTable(result: ExtractionResult): string {
  const header = ['#', 'subject', 'predicate', 'numbers & dates', 'source', 'modality'];
  const rows = result.claims.map((c, i) => [
    String(i + 1),
    cell(c.subject ? (c.subject.canonical ? `${c.subject.text} (${c.subject.canonical})` : c.subject.text) : '—'),
    cell(c.predicate?.text ?? '—'),
    cell(keyValues(c, result.mentions) || '—'),
    cell(source(c)),
    c.modality,
  ]);
  if (!rows.length) return '(no claims)';
  // CJK characters take two columns in a terminal
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k]!))));
  const line = (r: readonly string[]) => r.map((x, k) => x + ' '.repeat(widths[k]! - width(x))).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
