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
import { recordDigest } from '../site/records.ts';

let site: string | undefined;
/** The configuration every page reads, as text (site.config.yaml with SITE_URL applied). */
function siteKey(): string {
  site ??= JSON.stringify(siteConfig());
  return site;
}

/**
 * Hashes each object once: records are shared by several routes (a claim's page, card and oEmbed answer).
 * A record the loader stored is known by the digest it computed of it (src/site/records.ts), so it is never
 * serialised again; an object holding records (a page's path, a list of claims) is hashed from its parts.
 */
const hashed = new WeakMap<object, string>();
const PLAIN = new Set<unknown>([Object.prototype, null]);
function hashOf(value: unknown): string {
  const list = Array.isArray(value);
  // Anything but a list or a plain object (a string, a Date) is hashed as JSON writes it.
  if (value === null || typeof value !== 'object' || (!list && !PLAIN.has(Object.getPrototypeOf(value)))) return JSON.stringify(value) ?? 'undefined';
  const known = recordDigest(value) ?? hashed.get(value);
  if (known) return known;
  const parts = list ? value.map(hashOf) : Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${hashOf(v)}`);
  const h = createHash('sha256').update(`${list ? '[' : '{'}${parts.join(',')}`).digest('base64url');
  hashed.set(value, h);
  return h;
}

/** The cache key of a page rendered from `props` (pass the same object getStaticPaths returns as props). */
export function pageKey(props: Record<string, unknown>): string {
  const h = createHash('sha256').update(siteKey());
  for (const k of Object.keys(props).sort()) h.update(`\0${k}\0`).update(hashOf(props[k]));
  return h.digest('base64url');
}
