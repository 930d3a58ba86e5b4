import type { Claim } from '../../../src/index.js';

type Modality = Claim['modality'];

/**
 * One hand-annotated claim of the dev corpus, written by substrings (offsets are found by
 * search, never counted by hand). Conventions: eval/seed-gold.md, section Claims.
 */
export interface DevClaim {
  /** the clause as written; searched from the end of the previous claim */
  span: string;
  /** the subject as written; searched inside the span, or before it when `implicit` */
  subj: string | null;
  /** start the subject search after this string inside the span (a name that also occurs in the frame) */
  subjAfter?: string;
  implicit?: boolean;
  /** canonical name of the subject where one is established */
  canon?: string;
  pred?: string;
  /** attribution source (canonical) — null for the text's own voice or an unnamed source */
  src: string | null;
  via?: string;
  cue?: string;
  mod: Modality;
  /** arguments as written, searched inside the span in order */
  args?: string[];
  /** genuinely ambiguous choices: other readings the test accepts (documented in `note`) */
  alt?: { subj?: string[]; src?: Array<string | null>; mod?: Modality[] };
  note?: string;
}

export interface DevCase {
  id: string;
  /** cn (mainland, Simplified), hk / tw (Traditional) */
  region: 'cn' | 'hk' | 'tw';
  genre: string;
  text: string;
  referenceDate?: string;
  claims: DevClaim[];
}
