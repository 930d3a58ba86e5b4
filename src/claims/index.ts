import type { ExtractContext } from '../extractor.js';
import type { Claim } from '../schema/claim.js';
import type { Mention } from '../schema/mention.js';

/** A mention in working offsets, as the claim builder sees it. */
export type WorkingMention = Mention;
/** A claim in working offsets; the pipeline maps it back and fills `text`. */
export type WorkingClaim = Omit<Claim, 'text'>;

/** Assemble claims from the resolved mentions of one document. */
export function buildClaims(_ctx: ExtractContext, _mentions: readonly WorkingMention[]): WorkingClaim[] {
  return [];
}
