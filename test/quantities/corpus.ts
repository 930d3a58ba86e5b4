import { describe, it } from 'vitest';
import { runExample, type CorpusExample } from '../helpers/corpus.js';
import type { MentionKind } from '../../src/index.js';

/** Run a corpus of examples for one kind through the quantity extractor alone. */
export function corpus(name: string, kinds: readonly MentionKind[], examples: CorpusExample[]): void {
  describe(name, () => {
    for (const ex of examples) it(ex.text, () => { runExample(ex, kinds, ['quantities']); });
  });
}

/** Run examples through the quantity and the temporal extractors together: the two must not claim the same span twice. */
export function pipelineCorpus(name: string, kinds: readonly MentionKind[], examples: CorpusExample[]): void {
  describe(name, () => {
    for (const ex of examples) it(ex.text, () => { runExample(ex, kinds, ['quantities', 'dates']); });
  });
}
