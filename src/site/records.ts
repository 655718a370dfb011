/**
 * The records the pages render (stories, sources, claims), as the content loaders last loaded them.
 *
 * Astro's content store holds only each record's digest (factcheck-loader.ts): that is what tells a rebuild
 * and the dev preview that something changed. The records themselves pass from the loaders to the pages here,
 * in memory: a store holding them was written to disk, inlined into the server bundle as one string and parsed
 * back, three more copies of the whole site (16 MB of JSON at 200 stories), which cost a 200-story rebuild
 * ~3 s of its ~15 and a 1,000-story build ~0.7 GB of its peak memory. The slot is process-wide because the pages run from a
 * second copy of every module (Vite's bundle in a build, its module runner in `npm run dev`), in the process
 * where the loaders ran.
 */
import type { SiteData } from '../loaders/to-entries.ts';

const SLOT = Symbol.for('factcheck.records');

interface Slot {
  /** The loaders' site, and it sorted by id. */
  from?: SiteData;
  data?: SiteData;
  /** Each record's digest (of everything in it), as the loader stored it: page keys use it (page-keys.ts). */
  digests: WeakMap<object, string>;
}

function slot(): Slot {
  const g = globalThis as unknown as Record<symbol, Slot | undefined>;
  return (g[SLOT] ??= { digests: new WeakMap() });
}

/** Records by id, in the order Astro's content store gave them to the pages (and the datasets list them). */
const byId = <T extends { id: string }>(records: readonly T[]): T[] => [...records].sort((a, b) => a.id.localeCompare(b.id));

/** The loaders' latest records; the pages read them from the next render on. */
export function publishRecords(data: SiteData): void {
  const s = slot();
  // The three loaders of one load hand over the same site.
  if (s.from === data) return;
  s.from = data;
  s.data = { stories: byId(data.stories), sources: byId(data.sources), claims: byId(data.claims) };
}

/** Records the digest the loader computed of a record (the records are never changed once loaded). */
export function registerDigest(record: object, digest: string): void {
  slot().digests.set(record, digest);
}

/** A loaded record's digest, or undefined for any other value. */
export function recordDigest(value: object): string | undefined {
  return slot().digests.get(value);
}

/** The records of one kind, by id. */
export function siteRecords<K extends keyof SiteData>(kind: K): SiteData[K] {
  const { data } = slot();
  if (!data) throw new Error('No fact-check records are loaded: the pages render only in `astro build` or `astro dev` with the content collections of src/content.config.ts.');
  return data[kind];
}
