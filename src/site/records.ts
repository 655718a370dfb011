/**
 * The records the pages render (stories, sources, claims), as the content loaders last loaded them.
 *
 * Astro's content store holds only each record's digest (factcheck-loader.ts): that is what tells a rebuild
 * and the dev preview that something changed. The records themselves pass from the loaders to the pages here,
 * in memory: a store holding them was written to disk, inlined into the server bundle as one string and parsed
 * back, three more copies of the whole site (16 MB of JSON at 200 stories), which cost a 200-story rebuild
 * ~4 s of its ~14 and a 1,000-story build gigabytes. The slot is process-wide because the pages run from a
 * second copy of every module (Vite's bundle in a build, its module runner in `npm run dev`), in the process
 * where the loaders ran.
 */
import type { SiteData } from '../loaders/to-entries.ts';

const SLOT = Symbol.for('factcheck.records');

type Holder = Record<symbol, SiteData | undefined>;

/** Records by id, in the order Astro's content store gave them to the pages (and the datasets list them). */
const byId = <T extends { id: string }>(records: readonly T[]): T[] => [...records].sort((a, b) => a.id.localeCompare(b.id));

/** The loaders' latest records; the pages read them from the next render on. */
export function publishRecords(data: SiteData): void {
  (globalThis as unknown as Holder)[SLOT] = { stories: byId(data.stories), sources: byId(data.sources), claims: byId(data.claims) };
}

/** The records of one kind, by id. */
export function siteRecords<K extends keyof SiteData>(kind: K): SiteData[K] {
  const data = (globalThis as unknown as Holder)[SLOT];
  if (!data) throw new Error('No fact-check records are loaded: the pages render only in `astro build` or `astro dev` with the content collections of src/content.config.ts.');
  return data[kind];
}
