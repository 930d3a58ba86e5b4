import familiesData from '../../data/corroborate/families.json';

interface FamilyDef { words: string[]; opposite?: string; theme?: 'PRODUCT' }

const defs = familiesData.families as Record<string, FamilyDef>;
const light = new Set<string>(familiesData.light);
const negators = new Set<string>(familiesData.negators);
const notNegating: string[] = familiesData.notNegating;
const WINDOW: number = familiesData.negationWindow;
const pastMarkers: string[] = familiesData.pastMarkers;

/** Does the clause place its assertion in the past (此前, 曾, 最初, …时期)? */
export function isPast(text: string): boolean {
  return pastMarkers.some((w) => text.includes(w));
}

/** Every family word and light word, longest first, so 不确定 wins over 确定 and 许可证 over 许可. */
const lexicon: Array<{ word: string; family: string | null }> = [
  ...Object.entries(defs).flatMap(([family, d]) => d.words.map((word) => ({ word, family }))),
  ...[...light].map((word) => ({ word, family: null })),
].sort((a, b) => b.word.length - a.word.length);
const MAX_WORD = lexicon.length ? lexicon[0]!.word.length : 0;
const byWord = new Map(lexicon.map((e) => [e.word, e.family]));

/** A family a claim takes part in, with its polarity: 尚未批准 is permit, negated. */
export interface FamilyHit { family: string; negated: boolean; at: number }

const BREAK = /[,.;:!?，。；：！？、“”"'（）()\s]/;

/** Is the negator at `i` part of a word that does not negate (是否, 不断, 未来)? */
function inNonNegatingWord(text: string, i: number): boolean {
  const c = text[i]!;
  return notNegating.some((w) => {
    for (let k = w.indexOf(c); k >= 0; k = w.indexOf(c, k + 1)) if (text.startsWith(w, i - k)) return true;
    return false;
  });
}

/** Is the word at `at` in `text` negated by a negator a few characters before it, in the same clause? */
function negatedAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - WINDOW; i--) {
    const c = text[i]!;
    if (BREAK.test(c)) return false;
    if (negators.has(c) && !inNonNegatingWord(text, i)) return true;
  }
  return false;
}

/** Family words in `text` (working form), longest match first, left to right, no overlaps. */
export function scanFamilies(text: string): { hits: FamilyHit[]; lightOnly: boolean } {
  const hits: FamilyHit[] = [];
  let sawLight = false;
  for (let i = 0; i < text.length;) {
    let matched = 0;
    for (let len = Math.min(MAX_WORD, text.length - i); len >= 1; len--) {
      const w = text.slice(i, i + len);
      if (!byWord.has(w)) continue;
      const family = byWord.get(w)!;
      if (family) hits.push({ family, negated: negatedAt(text, i), at: i });
      else sawLight = true;
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return { hits, lightOnly: hits.length === 0 && sawLight };
}

/** The family a negated word turns into (未批准 = restrict), or the family itself when it has no opposite. */
export function signed(hit: FamilyHit): { family: string; negated: boolean } {
  const opposite = defs[hit.family]?.opposite;
  return hit.negated && opposite ? { family: opposite, negated: false } : { family: hit.family, negated: hit.negated };
}

/** Claims of this family are about the product they concern rather than their subject. */
export function themeOf(family: string): 'PRODUCT' | null {
  return defs[family]?.theme ?? null;
}

/** The family of the contrary assertion (permit ↔ restrict), if the data names one. */
export function oppositeOf(family: string): string | null {
  return defs[family]?.opposite ?? null;
}
