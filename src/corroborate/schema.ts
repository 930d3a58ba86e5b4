import { z } from 'zod';
import { Modality } from '../schema/claim.js';
import { Mention } from '../schema/mention.js';

const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const TextSpan = z.object({ ...offsets, text: z.string() });

/** One article of a feed: its headings, body and the publisher named in brackets at its end. */
export const Article = z.object({
  index: z.number().int().nonnegative(),
  ...offsets,
  title: TextSpan.nullable().describe('the heading line right above the body'),
  headings: z.array(TextSpan).describe('every heading line above the body, first to last'),
  body: TextSpan,
  publisher: TextSpan.nullable().describe('the name in the closing brackets of the body, e.g. 環球時報'),
  tags: z.array(TextSpan).describe('#tag lines that precede the article'),
});
export type Article = z.infer<typeof Article>;

/** A claim as corroboration reads it: the library's Claim, with `text` and `sentence` optional. */
export const InputClaim = z.object({
  ...offsets,
  text: z.string().optional(),
  sentence: z.number().int().optional(),
  subject: z.object({ ...offsets, text: z.string().optional(), canonical: z.string().optional() }).nullable(),
  predicate: z.object({ ...offsets, text: z.string().optional() }).nullable(),
  arguments: z.array(z.tuple([z.number().int(), z.number().int()])),
  // lenient: gold files write absent parts as null
  attribution: z.object({
    source: z.string().nullish(), via: z.string().nullish(), cue: z.string().nullish(), chain: z.array(z.string()).nullish(),
  }).nullable(),
  modality: Modality,
});

/** One document: an ExtractionResult (or a gold case) plus its id and what is known of its origin. */
export const CorroborationInput = z.object({
  id: z.string().min(1),
  text: z.string(),
  mentions: z.array(Mention),
  claims: z.array(InputClaim),
  referenceDate: z.string().nullable().optional().describe('taken as the publication date when `published` is absent'),
  published: z.string().optional().describe('ISO date of publication'),
  publisher: z.string().optional().describe('the outlet as written or its canonical name'),
  article: z.string().optional().describe('documents with the same value are parts of one article (title, body)'),
});
export type CorroborationInput = z.input<typeof CorroborationInput>;

export const ClaimRef = z.object({
  doc: z.string(),
  index: z.number().int().nonnegative().describe('index into the document\'s claims'),
  ...offsets,
  text: z.string(),
  subject: z.string().nullable(),
  families: z.array(z.string()),
  modality: Modality,
  source: z.string().nullable().describe('the attribution source, null for the document\'s own voice'),
  root: z.string().describe('the source the claim goes back to, after retellings and outlet groups'),
});
export type ClaimRef = z.infer<typeof ClaimRef>;

export const ClusterSource = z.object({
  root: z.string(),
  documents: z.array(z.string()),
  publishers: z.array(z.string()),
});

export const Cluster = z.object({
  id: z.string(),
  claims: z.array(ClaimRef),
  documents: z.array(z.string()),
  subject: z.string().nullable(),
  families: z.array(z.string()),
  sources: z.array(ClusterSource).describe('one entry per independent source'),
  independentSources: z.number().int().nonnegative(),
  earliest: z.object({ doc: z.string(), date: z.string().nullable(), publisher: z.string().nullable() }),
  conflict: z.boolean().describe('some claim of the cluster conflicts with a claim outside it'),
});
export type Cluster = z.infer<typeof Cluster>;

export const ConflictSide = z.object({
  cluster: z.string().nullable().describe('the cluster of the side, null for a claim no other document makes'),
  claims: z.array(ClaimRef),
  sources: z.array(z.string()),
  values: z.array(z.string()).describe('the disagreeing arguments as written'),
});

export const Conflict = z.object({
  kind: z.enum(['quantity', 'date', 'polarity']),
  subject: z.string().nullable(),
  family: z.string().nullable(),
  reason: z.string(),
  sides: z.tuple([ConflictSide, ConflictSide]),
});
export type Conflict = z.infer<typeof Conflict>;

export const Retelling = z.object({
  documents: z.tuple([z.string(), z.string()]),
  original: z.string().nullable().describe('the document the other retells, when the dates or a citation tell'),
  overlap: z.number().describe('share of the shorter text found in the longer (character 4-grams)'),
  jaccard: z.number(),
});
export type Retelling = z.infer<typeof Retelling>;

export const CorroborationReport = z.object({
  documents: z.array(z.object({
    id: z.string(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    article: z.string(),
    upstream: z.string().nullable().describe('the document this one retells, if any'),
  })),
  clusters: z.array(Cluster).describe('claims made by at least two documents'),
  conflicts: z.array(Conflict),
  retellings: z.array(Retelling),
});
export type CorroborationReport = z.infer<typeof CorroborationReport>;

/** The clusters file `score-clusters.mjs` reads. */
export const ScoringClusters = z.object({
  clusters: z.array(z.object({
    claims: z.array(z.object({ id: z.string(), ...offsets })),
    conflict: z.boolean(),
  })),
});
export type ScoringClusters = z.infer<typeof ScoringClusters>;
