import { it } from 'vitest';
import type { MentionKind } from '../../src/index.js';
import { runExample, type CorpusExample } from '../helpers/corpus.js';

export const TEMPORAL_KINDS: MentionKind[] = ['date', 'time', 'datetime', 'duration', 'set'];

/** One example written in both scripts: [Traditional, Simplified] for the text and for each expected surface. */
export interface BothScripts {
  text: [string, string];
  referenceDate?: string;
  expect?: Array<{ text: [string, string]; kind: MentionKind; value?: Record<string, unknown> }>;
  none?: Array<[string, string]>;
}

export function corpus(examples: BothScripts[]): void {
  for (const ex of examples) {
    for (const script of [0, 1] as const) {
      const one: CorpusExample = {
        text: ex.text[script],
        ...(ex.referenceDate ? { referenceDate: ex.referenceDate } : {}),
        expect: (ex.expect ?? []).map((e) => ({ text: e.text[script], kind: e.kind, ...(e.value ? { value: e.value } : {}) })),
        none: (ex.none ?? []).map((n) => n[script]),
      };
      it(`${script === 0 ? 'Hant' : 'Hans'}: ${one.text.slice(0, 40)}`, () => { runExample(one, TEMPORAL_KINDS, ['dates']); });
    }
  }
}

/** The same surface in both scripts (digits, or characters written alike). */
export const same = (s: string): [string, string] => [s, s];
