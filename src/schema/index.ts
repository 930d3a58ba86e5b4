import { z } from 'zod';
import { ExtractionResult } from './result.js';

export * from './mention.js';
export * from './claim.js';
export * from './result.js';

/** JSON Schema (draft 2020-12) of what `extract` returns. */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractionResult, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
