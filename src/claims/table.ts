import type { Claim } from '../schema/claim.js';
import type { ExtractionResult } from '../schema/result.js';
import type { Mention } from '../schema/mention.js';

const MAX_CELL = 28;

/** A mention's normalized value, short: 40000–80000 颗, 2026-02 MID, 28000 USD/颗, NVIDIA. */
export function formatValue(m: Mention): string {
  const v = m.value as Record<string, unknown>;
  const num = (x: unknown) => (typeof x === 'number' ? String(x) : '');
  const magnitude = v.value !== undefined ? num(v.value) : v.min !== undefined || v.max !== undefined ? `${num(v.min)}–${num(v.max)}` : num(v.amount);
  const bound = v.bound ? `${v.bound} ` : v.approx ? '~' : '';
  switch (m.kind) {
    case 'money': return `${bound}${magnitude} ${v.currency}${v.per ? `/${v.per}` : ''}`;
    case 'percent': return `${bound}${magnitude}%`;
    case 'count': case 'dimension': return `${bound}${magnitude} ${v.unit}`;
    case 'number': case 'ordinal': return `${bound}${magnitude}`;
    case 'entity': return String(v.canonical ?? m.text);
    default: return `${v.timex}${v.mod ? ` ${v.mod}` : ''}`;
  }
}

const cell = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return [...flat].length > MAX_CELL ? [...flat].slice(0, MAX_CELL - 1).join('') + '…' : flat;
};

/** Key numbers and dates of a claim: its quantity and temporal arguments, normalized. */
function keyValues(claim: Claim, mentions: readonly Mention[]): string {
  const out: string[] = [];
  for (const [s, e] of claim.arguments) {
    const m = mentions.find((x) => x.start === s && x.end === e);
    if (m && m.kind !== 'entity') out.push(formatValue(m));
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
