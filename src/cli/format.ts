import type { ExtractionResult } from '../schema/result.js';
import { describeValue, renderHtml } from '../index.js';
import { formatSummary } from './summary.js';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One line per claim under the summary: modality, source, subject, predicate and arguments. */
function claimLines(result: ExtractionResult): string[] {
  if (!result.claims.length) return [];
  const bySpan = new Map(result.mentions.map((m) => [`${m.start}:${m.end}`, m] as const));
  const lines = ['  claims:'];
  result.claims.forEach((c, i) => {
    const args = c.arguments.map(([s, e]) => {
      const m = bySpan.get(`${s}:${e}`);
      return m ? `${m.text} (${describeValue(m)})` : result.text.slice(s, e);
    });
    const source = c.attribution ? `${c.attribution.source ?? c.attribution.via ?? 'unnamed'}: ` : '';
    const who = c.subject ? (c.subject.canonical ?? c.subject.text) : '—';
    lines.push(`  ${String(i + 1).padStart(3)}. [${c.modality}] ${source}${who} ${c.predicate?.text ?? '—'}${args.length ? ` | ${args.join('; ')}` : ''}`);
  });
  return lines;
}

/** Render one document's result in the chosen output format. */
export function formatOutput(result: ExtractionResult, format: OutputFormat, title?: string): string {
  switch (format) {
    case 'json': return JSON.stringify(result, null, 2) + '\n';
    case 'jsonl': return JSON.stringify(result) + '\n';
    case 'table': return [formatSummary(result, title), ...claimLines(result)].join('\n') + '\n';
    case 'html': return renderHtml(result, title === undefined ? {} : { title });
  }
}
