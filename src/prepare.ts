import type { ExtractContext, ReferenceDate } from './extractor.js';
import { findDateline } from './extractors/dates/dateline.js';
import { workingFormOf } from './text/normalize.js';
import { splitSentenceSpans } from './text/sentences.js';
import { tokenIndex, type Segmenter, type Token } from './text/segmenter.js';

/**
 * Prepare a document once: detect script and region, bring it to the working form with an
 * offset map, split sentences and clauses, and segment words on first use.
 */
export function prepareDocument(
  original: string, referenceDate: ReferenceDate | null, segmenter: Segmenter,
  onSegmented?: (ms: number) => void,
): ExtractContext {
  const { text, map, script, region } = workingFormOf(original);
  const sentences = splitSentenceSpans(text);
  let tokens: Token[] | null = null;
  let tokenAt: Int32Array | null = null;
  return {
    original, text, map, script, region, sentences,
    referenceDate: referenceDate ?? findDateline(text, sentences),
    get tokens() {
      if (!tokens) {
        const t0 = performance.now();
        tokens = segmenter.segment(text);
        onSegmented?.(performance.now() - t0);
      }
      return tokens;
    },
    get tokenAt() { return (tokenAt ??= tokenIndex(text.length, this.tokens)); },
  };
}
