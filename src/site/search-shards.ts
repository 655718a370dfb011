/**
 * How the search index is split: by story, into parts (Pagefind indexes, each in its own folder), so a rebuild
 * indexes again only the parts whose stories changed. The search page merges them (Pagefind's mergeIndex); the
 * build's search step (src/loaders/search-index.ts) writes them. Both read the count from here.
 */
import { ConfigError } from './config.ts';

/**
 * Stories per part before the index is split further: a part of 25 five-article stories is ~1,500 pages,
 * which Pagefind indexes in ~2-2.5 s on this project's 2-core machine: what a one-story rebuild pays for search.
 */
export const STORIES_PER_SHARD = 25;
/**
 * At most this many parts: each is one more small request per search for the reader (its entry file, then the
 * chunks a search needs), so past this count parts grow instead.
 */
export const MAX_SHARDS = 16;

/**
 * The number of parts for a site of `stories` stories: a power of two (a site that grows re-splits rarely,
 * and then once), one part up to STORIES_PER_SHARD stories. SEARCH_SHARDS sets it (1 to MAX_SHARDS).
 */
export function searchShards(stories: number, env: Record<string, string | undefined> = process.env): number {
  const given = env.SEARCH_SHARDS;
  if (given !== undefined && given !== '') {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) throw new ConfigError(`SEARCH_SHARDS="${given}" must be a whole number from 1 to ${MAX_SHARDS} (parts of the search index). Leave it unset to split by the number of stories.`);
    return n;
  }
  const need = Math.ceil(stories / STORIES_PER_SHARD);
  let n = 1;
  while (n < need && n < MAX_SHARDS) n *= 2;
  return n;
}

/**
 * The part a story's pages go to: a hash (FNV-1a) of the story's id, so a story stays in its part as others
 * come and go. Its pages say so (a hidden `part` filter), and the build's search step groups them by it.
 */
export function shardOf(storyId: string, shards: number): number {
  if (shards <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < storyId.length; i++) {
    h ^= storyId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** The name of the hidden Pagefind filter that holds a page's part (the search page hides it from readers). */
export const PART_FILTER = 'part';

/** The output folder of part `k`: the first is Pagefind's usual `pagefind/` (its interface's scripts load from it). */
export function shardFolder(k: number): string {
  return k === 0 ? 'pagefind' : `pagefind-${k}`;
}

/**
 * The list of the parts that hold pages (their folders, first to search first), written into the first part's
 * folder by the build: an empty part cannot be merged (Pagefind: "No language indexes found").
 */
export const PARTS_FILE = 'parts.json';

/** The part a top-level output folder holds (the inverse of shardFolder), or null for any other folder. */
export function shardIndex(name: string): number | null {
  if (name === 'pagefind') return 0;
  const k = /^pagefind-(\d+)$/.exec(name)?.[1];
  return k === undefined ? null : Number(k);
}

/** Whether a top-level output folder holds a part of the search index (written by the search step, not Astro). */
export function isSearchFolder(name: string): boolean {
  return shardIndex(name) !== null;
}
