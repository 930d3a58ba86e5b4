import { z } from 'zod';
import { EntityType } from './mention.js';

/** One entity the lexicon knows; names in any script (they are matched in Simplified). */
export const LexiconEntry = z.object({
  id: z.string().optional().describe('stable id, e.g. org:nvidia; an entry with the id of a built-in one replaces it'),
  type: EntityType,
  canonical: z.string().optional().describe('common English name, reported as value.canonical'),
  names: z.array(z.string().min(1)).min(1).describe('surface forms: zh-Hans, zh-Hant, regional variants, short forms, Latin names'),
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;
