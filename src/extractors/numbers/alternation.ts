/**
 * Word lists of the data files as regular-expression alternations, for the numeral cues here
 * and the temporal patterns (dates read their lists the same way).
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literal words, longest first so the longest word wins at a position. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}
