import type { z } from 'zod';
import type { CorroborationInput, InputClaim } from './schema.js';

/** A validated input document. */
export type InputDocument = z.output<typeof CorroborationInput>;
export type InputClaimT = z.output<typeof InputClaim>;
