/**
 * schema.org ClaimReview for a claim page (https://schema.org/ClaimReview), with the properties Google's fact
 * check documentation requires and recommends (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 * a stable @id, the review's dates, the claim as a Claim with its author, date and appearances at the original
 * articles, the publisher from site.config.yaml, and the rating scale of rating.ts.
 */
import type { ClaimEntry } from '../loaders/entries.ts';
import type { SiteConfig } from './config.ts';
import { RATING, RATING_BEST, RATING_WORST } from './rating.ts';

type Appearance = ClaimEntry['appearances'][number];

/** Where the claim appeared: the original article when the seed gives it, else our archived copy. */
function creativeWork(a: Appearance, absolute: (p: string) => string): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    url: a.url ?? absolute(a.archive),
    headline: a.title,
    ...(a.published ? { datePublished: a.published } : {}),
    ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
  };
}

/** Who made the claim: the first source stating it (its outlet, else its byline). */
function claimAuthor(a: Appearance | undefined): Record<string, unknown> | undefined {
  if (a?.outlet) return { '@type': 'Organization', name: a.outlet, ...(a.url ? { url: new URL(a.url).origin } : {}) };
  if (a?.author) return { '@type': 'Person', name: a.author };
  return undefined;
}

/** The publisher of the fact checks, from the configuration. */
export function publisherOrg(cfg: SiteConfig, logo: string): Record<string, unknown> {
  return {
    '@type': 'Organization', name: cfg.publisher.name,
    ...(cfg.publisher.url ? { url: cfg.publisher.url } : cfg.url ? { url: cfg.url.href } : {}),
    logo: { '@type': 'ImageObject', url: logo },
  };
}

/** The ClaimReview object; URLs absolute when the site's address is known (SITE_URL), else root-relative. */
export function claimReview(claim: ClaimEntry, cfg: SiteConfig, absolute: (p: string) => string, logo: string): Record<string, unknown> {
  const page = absolute(`/claims/${claim.id}/`);
  const first = claim.appearances[0];
  const author = claimAuthor(first);
  const rating = RATING[claim.status];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': `${page}#claimreview`,
    url: page,
    inLanguage: cfg.language,
    ...(claim.published ? { datePublished: claim.published } : {}),
    ...(claim.updated && claim.updated !== claim.published ? { dateModified: claim.updated } : {}),
    claimReviewed: claim.text,
    reviewBody: claim.reason,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: RATING_BEST,
      worstRating: RATING_WORST,
      alternateName: rating.text,
      name: rating.text,
      ratingExplanation: claim.reason,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...(first?.published ? { datePublished: first.published } : {}),
      ...(first ? { firstAppearance: creativeWork(first, absolute) } : {}),
      ...(first ? { appearance: claim.appearances.map((a) => creativeWork(a, absolute)) } : {}),
    },
    author: publisherOrg(cfg, logo),
    publisher: publisherOrg(cfg, logo),
  };
}

/** JSON safe to put inside a <script> element: no "</script>" or "<!--" can close or confuse it. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
