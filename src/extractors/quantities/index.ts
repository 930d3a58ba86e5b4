import type { Extractor } from '../../extractor.js';

/** Numbers, ordinals, percents, money, dimensions and counts. */
export function createQuantityExtractor(): Extractor {
  return { name: 'quantities', kinds: ['number', 'ordinal', 'percent', 'money', 'dimension', 'count'], extract: () => [] };
}
