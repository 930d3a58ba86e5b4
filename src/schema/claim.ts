import { z } from 'zod';

const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const Modality = z.enum(['asserted', 'reported', 'planned', 'expected', 'conditional', 'negated', 'opinion']);

export const Attribution = z.object({
  source: z.string().nullable().describe('canonical name of the named outlet or speaker; null when unnamed'),
  via: z.string().optional().describe('the unnamed or secondary source as written, e.g. 三名供應鏈人士'),
  cue: z.string().optional().describe('the report verb or mark: 稱, 表示, 援引, 據…報導, “…”'),
  chain: z.array(z.string()).optional().describe('relaying outlets, outermost first'),
});

export const Claim = z.object({
  ...offsets,
  text: z.string(),
  sentence: z.number().int().nonnegative().describe('index into result.sentences'),
  subject: z.object({ ...offsets, text: z.string(), canonical: z.string().optional() }).nullable(),
  predicate: z.object({ ...offsets, text: z.string() }).nullable(),
  arguments: z.array(z.tuple([z.number().int(), z.number().int()])).describe('[start, end] spans of argument mentions'),
  attribution: Attribution.nullable(),
  modality: Modality,
});

export type Claim = z.infer<typeof Claim>;
export type Modality = z.infer<typeof Modality>;
export type Attribution = z.infer<typeof Attribution>;
