import { z } from 'zod';
import { Mention } from './mention.js';
import { Claim } from './claim.js';

export const Script = z.enum(['traditional', 'simplified', 'mixed', 'none']);
export const Region = z.enum(['cn', 'tw', 'hk']);

export const Clause = z.object({ start: z.number().int(), end: z.number().int() });
export const Sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  script: Script,
  clauses: z.array(Clause),
});

export const ExtractionResult = z.object({
  text: z.string().describe('the input, unchanged; every offset indexes it (UTF-16)'),
  script: Script,
  region: Region.describe('the region the text is written for; decides a bare 元 and 民國 years'),
  referenceDate: z.string().nullable().describe('the date relative expressions were resolved against'),
  sentences: z.array(Sentence),
  mentions: z.array(Mention),
  claims: z.array(Claim),
});

export type Script = z.infer<typeof Script>;
export type Region = z.infer<typeof Region>;
export type Sentence = z.infer<typeof Sentence>;
export type Clause = z.infer<typeof Clause>;
export type ExtractionResult = z.infer<typeof ExtractionResult>;
