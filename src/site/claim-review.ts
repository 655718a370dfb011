/** schema.org ClaimReview for a claim page (https://schema.org/ClaimReview). */
import type { ClaimEntry } from '../loaders/entries.ts';

const RATING: Record<string, number> = { reported: 3, disputed: 2, denied: 1, unaddressed: 2 };

/** The ClaimReview object; URLs absolute when the site's address is known (SITE_URL), else root-relative. */
export function claimReview(claim: ClaimEntry, site: URL | undefined): Record<string, unknown> {
  const url = (path: string) => (site ? new URL(path, site).href : path);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: url(`/claims/${claim.id}/`),
    claimReviewed: claim.text,
    reviewBody: claim.reason,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[claim.status],
      bestRating: 3,
      worstRating: 1,
      alternateName: claim.status.charAt(0).toUpperCase() + claim.status.slice(1),
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance: [...new Set(claim.evidence.map((e) => e.source))].map((s) => ({ '@type': 'CreativeWork', url: url(`/sources/${s}/`) })),
    },
    author: { '@type': 'Organization', name: 'Fact check' },
  };
}

/** JSON safe to put inside a <script> element: no "</script>" or "<!--" can close or confuse it. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
