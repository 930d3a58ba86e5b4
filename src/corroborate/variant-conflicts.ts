import { sharedFamilies } from './compare.js';
import type { ClaimView } from './features.js';

/** Claims about a variant of one product, and claims of other articles presenting the product itself. */
export interface VariantConflict { product: string; variant: number[]; itself: number[] }

/** Does `b` speak of product `p` as such, in a way that contradicts `a` naming a variant of it? */
function presentsItself(a: ClaimView, b: ClaimView, p: string): boolean {
  if (!b.products.has(p) || b.variants.has(p)) return false;
  if (b.itself.has(p)) return true;
  // the same act on the product (订购特供版H200 / 订购H200) by the same subject
  return a.subject !== null && a.subject === b.subject && sharedFamilies(a, b).length > 0;
}

/**
 * A claim naming a variant of a product (中国特供版H200) against the claims of other articles
 * that present the product itself (性能仅次于Blackwell的H200): one conflict per product and
 * article of the variant claims.
 */
export function variantConflicts(views: readonly ClaimView[]): VariantConflict[] {
  const byKey = new Map<string, VariantConflict>();
  const byProduct = new Map<string, number[]>();
  views.forEach((v, i) => { for (const p of v.products) { const l = byProduct.get(p); if (l) l.push(i); else byProduct.set(p, [i]); } });
  views.forEach((a, i) => {
    if (a.modality === 'conditional') return;
    for (const p of a.variants.keys()) {
      const others = (byProduct.get(p) ?? []).filter((j) => {
        const b = views[j]!;
        return b.article !== a.article && b.modality !== 'conditional' && presentsItself(a, b, p);
      });
      if (!others.length) continue;
      const key = `${p}|${a.article}`;
      const c = byKey.get(key) ?? { product: p, variant: [], itself: [] };
      c.variant.push(i);
      for (const j of others) if (!c.itself.includes(j)) c.itself.push(j);
      byKey.set(key, c);
    }
  });
  return [...byKey.values()];
}
