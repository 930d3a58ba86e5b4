import type { ExtractionResult } from '../schema/result.js';
import { describeValue } from '../index.js';

/** Per document: counts by kind, then each mention with its normalized value, then claims. */
export function formatSummary(r: ExtractionResult, title?: string): string {
  const lines: string[] = [];
  const byKind = new Map<string, number>();
  for (const m of r.mentions) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  lines.push(`${title ? `${title}: ` : ''}${r.text.length} chars, ${r.script}/${r.region}, ${r.sentences.length} sentences, reference ${r.referenceDate ?? 'none'}`);
  lines.push(`  mentions: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; claims: ${r.claims.length}`);
  for (const m of r.mentions) {
    if (m.kind === 'entity') continue;
    lines.push(`  ${m.kind.padEnd(9)} ${m.text}  →  ${describeValue(m, { brief: true })}`);
  }
  const ents = new Map<string, number>();
  for (const m of r.mentions) if (m.kind === 'entity') ents.set(`${m.text} (${describeValue(m, { brief: true })})`, (ents.get(`${m.text} (${describeValue(m, { brief: true })})`) ?? 0) + 1);
  if (ents.size) lines.push(`  entities: ${[...ents].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(', ')}`);
  return lines.join('\n');
}
