import type { Extractor } from '../extractor.js';
import type { LexiconEntry } from '../schema/lexicon.js';
import { createDateExtractor } from './dates/index.js';
import { createEntityExtractor } from './entities/index.js';
import { createQuantityExtractor } from './quantities/index.js';

/** The built-in extractors, in the order they run. */
export function builtinExtractors(config: { lexicon?: readonly LexiconEntry[] } = {}): Extractor[] {
  return [createQuantityExtractor(), createDateExtractor(), createEntityExtractor({ lexicon: config.lexicon ?? [] })];
}
