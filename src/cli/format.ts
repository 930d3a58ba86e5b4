import type { ExtractionResult } from '../schema/result.js';
import { formatSummary } from './summary.js';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Render one document's result in the chosen output format. */
export function formatOutput(result: ExtractionResult, format: OutputFormat, title?: string): string {
  switch (format) {
    case 'json': return JSON.stringify(result, null, 2) + '\n';
    case 'jsonl': return JSON.stringify(result) + '\n';
    case 'table': return formatSummary(result, title) + '\n';
    case 'html': throw new Error('html output is not available yet');
  }
}
