import type { ExtractionResult } from '../schema/result.js';
import type { Mention } from '../schema/mention.js';

/** A short, readable rendering of a mention's normalized value. */
export function formatValue(m: Mention): string {
  const v = m.value as Record<string, unknown>;
  switch (m.kind) {
    case 'entity': return `${v.type}${v.canonical ? ` ${v.canonical}` : ''}`;
    case 'date': case 'time': case 'datetime': case 'duration': case 'set':
      return `${v.timex}${v.mod ? ` ${v.mod}` : ''}`;
    default: {
      const qual = `${v.approx ? '≈' : ''}${({ lt: '<', le: '≤', gt: '>', ge: '≥' } as Record<string, string>)[v.bound as string] ?? ''}`;
      const mag = v.min !== undefined || v.max !== undefined ? `${v.min ?? '…'}–${v.max ?? '…'}` : String(v.value ?? v.amount ?? '');
      const unit = m.kind === 'percent' ? (v.unit === 'pp' ? ' pp' : '%') : m.kind === 'money' ? ` ${v.currency}${v.per ? `/${v.per}` : ''}` : v.unit ? ` ${v.unit}` : '';
      return `${qual}${mag}${unit}`;
    }
  }
}

/** Per document: counts by kind, then each mention with its normalized value, then claims. */
export function formatSummary(r: ExtractionResult, title?: string): string {
  const lines: string[] = [];
  const byKind = new Map<string, number>();
  for (const m of r.mentions) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  lines.push(`${title ? `${title}: ` : ''}${r.text.length} chars, ${r.script}/${r.region}, ${r.sentences.length} sentences, reference ${r.referenceDate ?? 'none'}`);
  lines.push(`  mentions: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; claims: ${r.claims.length}`);
  for (const m of r.mentions) {
    if (m.kind === 'entity') continue;
    lines.push(`  ${m.kind.padEnd(9)} ${m.text}  →  ${formatValue(m)}`);
  }
  const ents = new Map<string, number>();
  for (const m of r.mentions) if (m.kind === 'entity') ents.set(`${m.text} (${formatValue(m)})`, (ents.get(`${m.text} (${formatValue(m)})`) ?? 0) + 1);
  if (ents.size) lines.push(`  entities: ${[...ents].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(', ')}`);
  return lines.join('\n');
}
