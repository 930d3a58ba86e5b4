import variantsData from '../../data/corroborate/variants.json';
import { isSpaceCode } from '../text/chars.js';

/**
 * Product variants: 中国特供版H200 names a variant made for one market, not the H200 itself.
 * A claim about the variant and a claim in another article that presents the product itself
 * (its performance, its rank, 满血版) cannot both describe what is sold.
 */

const lower = (xs: string[]) => [...xs].map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length);
/** Qualifiers that stand before a product name (中国特供版H200), lower-case, longest first; the claim builder reads them too. */
export const VARIANT_BEFORE: readonly string[] = lower(variantsData.before);
const VARIANT_BEFORE_WORDS: ReadonlySet<string> = new Set(VARIANT_BEFORE);
/** Is this lower-case word one of VARIANT_BEFORE? */
export const isVariantBefore = (word: string): boolean => VARIANT_BEFORE_WORDS.has(word);
const AFTER = lower(variantsData.after);
const ANALOG = lower(variantsData.analog);
const ANALOG_AFTER = lower(variantsData.analogAfter);
const NEGATORS = lower(variantsData.negators);
const ITSELF = lower(variantsData.itself);
const PRESENTING = lower(variantsData.presenting);
/** every qualifier, looked for inside a product name (H20特供版) */
const QUALIFIERS = [...VARIANT_BEFORE, ...AFTER];

/** How far around a product name its qualifier is looked for (a qualifier is a short phrase). */
const REACH = 16;
const LEADING = /^[\s"“”「」『』《》()（）]{0,4}/;
const TRAILING = /[\s"“”「」『』《》()（）的]{0,4}$/;

const endsWithAny = (s: string, words: readonly string[]) => words.find((w) => s.endsWith(w)) ?? null;
const startsWithAny = (s: string, words: string[]) => words.find((w) => s.startsWith(w)) ?? null;

/** A product mention of a claim with the working text right around it. */
export interface ProductContext { key: string; text: string; before: string; after: string; subject?: boolean }

/** A presenting word concerns the product when it stands this close before it (性能仅次于Blackwell系列的…H200) … */
const PRESENT_BEFORE = 32;
/** … or right behind it (H200的性能, H200算力). */
const PRESENT_AFTER = 6;

/** What a claim says of one product: a variant of it (the qualifier as found), or the product itself. */
export interface ProductReading { key: string; variant: string | null; itself: string | null }

/** Read each product of a claim as a variant, the product itself, or neither. */
export function readProducts(products: ProductContext[], clause: string): ProductReading[] {
  const clauseLower = clause.toLowerCase();
  const inClause = PRESENTING.find((w) => clauseLower.includes(w)) ?? null;
  return products.map((p) => {
    // a presenting word speaks of this product if the product is the subject, or stands next to it
    const near = p.before.slice(-PRESENT_BEFORE).toLowerCase() + '\u0000' + p.after.slice(0, PRESENT_AFTER).toLowerCase();
    const presenting = p.subject ? inClause : PRESENTING.find((w) => near.includes(w)) ?? null;
    const before = p.before.slice(-REACH).toLowerCase().replace(TRAILING, '');
    const after = p.after.slice(0, REACH).toLowerCase().replace(LEADING, '');
    const inside = p.text.toLowerCase();
    let variant: string | null = null;
    let denied = false;
    const q = endsWithAny(before, VARIANT_BEFORE);
    if (q) {
      const lead = before.slice(0, -q.length);
      // 号称中国版ChatGPT / 有中国版ChatGPT之称: a counterpart, not a variant
      const analog = ANALOG.some((w) => lead.slice(-6).includes(w)) || startsWithAny(after, ANALOG_AFTER) !== null;
      denied = endsWithAny(trimTrailingFillers(lead), NEGATORS) !== null;
      if (!analog && !denied) variant = q;
    }
    if (!variant && !denied) {
      const neg = startsWithAny(after, NEGATORS);
      const rest = neg ? after.slice(neg.length).replace(LEADING, '') : after;
      const a = startsWithAny(rest, AFTER);
      if (a && !startsWithAny(rest.slice(a.length), ANALOG_AFTER)) { if (neg) denied = true; else variant = a; }
    }
    if (!variant && !denied) variant = QUALIFIERS.find((w) => inside.includes(w)) ?? null;
    const marker = endsWithAny(before, ITSELF) ?? startsWithAny(after, ITSELF);
    const itself = variant ? null : marker ?? (denied ? 'not a variant' : presenting);
    return { key: p.key, variant, itself };
  });
}

/** The qualifier and the product as written in the original (中國特供版H200), found around the mention. */
export function phraseOf(original: string, simplified: string, mentionStart: number, mentionEnd: number, qualifier: string): string {
  // the original and its Simplified form are compared character for character over a short window
  const at = simplified.toLowerCase().indexOf(qualifier);
  if (at < 0) return original.slice(mentionStart, mentionEnd);
  const from = Math.min(at, mentionStart), to = Math.max(at + qualifier.length, mentionEnd);
  return original.slice(from, to);
}

/** `s` without trailing white space and 的 (a loop: a `[…]+$` pattern backtracks on long runs). */
function trimTrailingFillers(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '的' || isSpaceCode(s.charCodeAt(end - 1)))) end--;
  return s.slice(0, end);
}
