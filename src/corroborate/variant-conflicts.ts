import { sharedFamilies } from './compare.js';
import type { ClaimView } from './features.js';

/** Claims about a variant of one product, and claims of other articles presenting the product itself. */
export interface VariantConflict { product: string; variant: number[]; itself: number[] }

/** Claims listed on either side of one conflict: they are examples, a huge feed must not make the report quadratic. */
export const MAX_SIDE = 64;

/** Claims compared by act with each variant claim: beyond this many, a huge input stays near-linear. */
const MAX_SAME_ACT = 500;

/** Is `b`, in another article, about product `p` without naming a variant, and not a condition? */
const aboutItself = (a: ClaimView, b: ClaimView, p: string) =>
  b.article !== a.article && b.modality !== 'conditional' && b.products.has(p) && !b.variants.has(p);

/** The same act on the product (订购特供版H200 / 订购H200) by the same subject. */
const sameAct = (a: ClaimView, b: ClaimView) => a.subject !== null && a.subject === b.subject && sharedFamilies(a, b).length > 0;

/**
 * A claim naming a variant of a product (中国特供版H200) against the claims of other articles
 * that present the product itself (性能仅次于Blackwell的H200, 满血版), or make the same act on
 * it: one conflict per product and article of the variant claims.
 */
export function variantConflicts(views: readonly ClaimView[]): VariantConflict[] {
  const byKey = new Map<string, VariantConflict>();
  const byProduct = new Map<string, number[]>();
  views.forEach((v, i) => { for (const p of v.products) { const l = byProduct.get(p); if (l) l.push(i); else byProduct.set(p, [i]); } });
  views.forEach((a, i) => {
    if (a.modality === 'conditional') return;
    for (const p of a.variants.keys()) {
      const key = `${p}|${a.article}`;
      let c = byKey.get(key);
      const candidates = byProduct.get(p) ?? [];
      if (!c) {
        // claims presenting the product itself answer for the whole article: found once
        const itself: number[] = [];
        for (const j of candidates) {
          if (itself.length >= MAX_SIDE) break;
          if (aboutItself(a, views[j]!, p) && views[j]!.itself.has(p)) itself.push(j);
        }
        c = { product: p, variant: [], itself };
        byKey.set(key, c);
      }
      if (c.variant.length < MAX_SIDE) c.variant.push(i);
      for (const j of candidates.slice(0, MAX_SAME_ACT)) {
        if (c.itself.length >= MAX_SIDE) break;
        const b = views[j]!;
        if (!c.itself.includes(j) && aboutItself(a, b, p) && sameAct(a, b)) c.itself.push(j);
      }
    }
  });
  return [...byKey.values()].filter((c) => c.itself.length > 0);
}
