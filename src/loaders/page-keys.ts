/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page returned by
 * getStaticPaths() with a `cacheKey` is not rendered again when the key and the page's code are unchanged.
 * A dynamic page renders its props and the site's configuration (name, address, language, publisher), so its
 * key hashes exactly those: whatever else changes (another story, the story list, counts elsewhere), it does
 * not reach this page, and whatever reaches it is in the key. Pages that list the whole site (home, changes,
 * datasets) have no getStaticPaths and are rendered every build.
 */
import { createHash } from 'node:crypto';
import { siteConfig } from '../site/config.ts';

let site: string | undefined;
/** The configuration every page reads, as text (site.config.yaml with SITE_URL applied). */
function siteKey(): string {
  site ??= JSON.stringify(siteConfig());
  return site;
}

/** Entries are shared by several routes (a claim's page, card and oEmbed answer): hash each object once. */
const hashed = new WeakMap<object, string>();
function hashOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const known = hashed.get(value);
  if (known) return known;
  const h = Array.isArray(value)
    ? createHash('sha256').update(value.map(hashOf).join(',')).digest('base64url')
    : createHash('sha256').update(JSON.stringify(value)).digest('base64url');
  hashed.set(value, h);
  return h;
}

/** The cache key of a page rendered from `props` (pass the same object getStaticPaths returns as props). */
export function pageKey(props: Record<string, unknown>): string {
  const h = createHash('sha256').update(siteKey());
  for (const k of Object.keys(props).sort()) h.update(`\0${k}\0`).update(hashOf(props[k]));
  return h.digest('base64url');
}
