import fs from 'node:fs';
import { clustersForScoring, corroborate, type CorroborationInput } from '../index.js';
import type { BatchEngine } from './batch.js';

/**
 * Wraps a batch engine to keep what corroboration needs from every case it sees (its id,
 * text and dates, and the mentions and claims extracted from it). Corroboration compares
 * every document with every other, so this part of the batch holds the whole run in memory.
 */
export function collectingEngine(inner: BatchEngine): { engine: BatchEngine; documents: CorroborationInput[] } {
  const documents: CorroborationInput[] = [];
  const engine: BatchEngine = {
    concurrency: inner.concurrency,
    close: (abandon) => inner.close(abandon),
    async run(lines) {
      const out = await inner.run(lines);
      const records = out.text.split('\n');
      lines.forEach((l, i) => {
        const rec = parse(records[i]);
        const input = parse(l.text);
        if (!rec || !input || 'error' in rec || typeof input.text !== 'string') return;
        const pick = (k: string) => (typeof input[k] === 'string' ? { [k]: input[k] as string } : {});
        documents.push({
          id: String(input.id ?? `line ${l.lineNo}`), text: input.text,
          mentions: rec.mentions as CorroborationInput['mentions'], claims: rec.claims as CorroborationInput['claims'],
          ...pick('referenceDate'), ...pick('published'), ...pick('publisher'), ...pick('article'),
        });
      });
      return out;
    },
  };
  return { engine, documents };
}

function parse(line: string | undefined): Record<string, unknown> | null {
  if (!line) return null;
  try { const v = JSON.parse(line); return v && typeof v === 'object' && !Array.isArray(v) ? v : null; } catch { return null; }
}

/** Cluster the collected documents' claims and write them in the shape score-clusters.mjs reads. */
export function writeClusters(file: string, documents: readonly CorroborationInput[]): void {
  const report = corroborate(documents);
  fs.writeFileSync(file, JSON.stringify({ ...clustersForScoring(report), conflicts: report.conflicts, retellings: report.retellings }, null, 1) + '\n');
}
