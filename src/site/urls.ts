/**
 * Every link the site makes goes through here, so a base path (SITE_URL=https://example.org/factcheck/) is
 * honoured by pages, feeds, datasets and embed code alike. Paths inside the site are written from its root
 * ("/claims/x/"); `path` adds the base, `absolute` the public address when one is configured.
 */
import { siteConfig, type SiteConfig } from './config.ts';

/** Link makers for one configuration. */
export function urlsFor(cfg: Pick<SiteConfig, 'url' | 'base'>) {
  const rel = (p: string) => p.replace(/^\//, '');
  /** Root-relative link with the base path: "/claims/x/" becomes "/factcheck/claims/x/". */
  const path = (p: string) => cfg.base + rel(p);
  /** Absolute URL when the public address is known, else the same as `path`. */
  const absolute = (p: string) => (cfg.url ? new URL(rel(p), cfg.url).href : path(p));
  /** Absolute URL, or null in a preview build (for places where only an absolute URL is valid). */
  const absoluteOrNull = (p: string) => (cfg.url ? new URL(rel(p), cfg.url).href : null);
  return { path, absolute, absoluteOrNull };
}

const urls = urlsFor(siteConfig());
export const sitePath = urls.path;
export const absoluteUrl = urls.absolute;
export const absoluteUrlOrNull = urls.absoluteOrNull;

/** The logo as a link: a public/ file gets the base path (and the address); an http(s) URL stays as is. */
export function logoUrl(): string {
  const logo = siteConfig().publisher.logo;
  return logo.startsWith('/') ? absoluteUrl(logo) : logo;
}

/** The share image of a claim page: its own for a key claim, its story's for the others (fewer to draw). */
export function claimShareImage(claim: { id: string; story: string; key: boolean }): string {
  return claim.key ? `/claims/${claim.id}/share.png` : `/stories/${claim.story}/share.png`;
}
