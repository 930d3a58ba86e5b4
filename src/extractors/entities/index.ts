import type { Extractor } from '../../extractor.js';
import type { LexiconEntry } from '../../schema/lexicon.js';

export interface EntityExtractorOptions { lexicon?: readonly LexiconEntry[] }

/** Organizations, people, places, products, laws: lexicon, patterns, POS signal. */
export function createEntityExtractor(_options: EntityExtractorOptions = {}): Extractor {
  return { name: 'entities', kinds: ['entity'], extract: () => [] };
}
