/**
 * Word lists of the data files as regular-expression alternations (numeral cues, temporal
 * patterns, entity cues): the words are literals, escaped, deduplicated, empty ones dropped.
 */

/** a word as a pattern that matches it literally */
export const escapeLiteral = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An alternation of literal words, longest first so the longest word wins at a position;
 * words of one length in code-unit order, so the pattern does not depend on the list's order.
 * An empty list gives a pattern that matches nothing (an empty alternation would match everywhere).
 */
export function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return sorted.length ? sorted.map(escapeLiteral).join('|') : NOTHING;
}
const NOTHING = '(?!)';
/** a pattern for a text opening with one of the words */
export const openingWith = (words: Iterable<string>): RegExp => new RegExp(`^(?:${alternation(words)})`);
/** a pattern for a text ending with one of the words */
export const endingWith = (words: Iterable<string>): RegExp => new RegExp(`(?:${alternation(words)})$`);
