/**
 * The search index (Pagefind) of the built pages, in parts by story (src/site/search-shards.ts: each searchable
 * page names its part in a hidden filter), and its reuse.
 * Pagefind has no incremental mode: it reads every page it is given and writes a whole index (~15 s for a
 * 200-story site on one core). So each part's index is kept in the cache folder under a hash of what it was
 * made from (Pagefind's version, the language, the part, the path and a digest of the bytes of every page in
 * it); a build whose part hashes the same links it back (or, in a kept output folder that already holds it,
 * leaves it), and only the parts holding a changed story are indexed again, two at a time (SEARCH_LANES).
 * Only pages with a searchable region (data-pagefind-body) are indexed, and only pages written since the last
 * build are read again (readParts): cards (embed/) and the site's assets are skipped. The pages of a part are
 * given to Pagefind in a folder of their own under their own paths (runPagefind: moved there and back, or
 * linked), so the index records the URLs it always did.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { isSearchFolder, PART_FILTER, PARTS_FILE, shardFolder, shardIndex } from '../site/search-shards.ts';

/** Top-level folders of the output that hold no page Pagefind indexes (besides the index's own). */
const NOT_PAGES = new Set(['embed', '_astro']);
/** Marks the page's searchable region; a page without it is not indexed. */
const BODY = 'data-pagefind-body';
/** The hidden filter a searchable page names its part with (its value is the part's number). */
const PART_MARK = `data-pagefind-filter="${PART_FILTER}"`;

export interface SearchIndexResult {
  pages: number;
  /** Parts of the index, and how many of them were indexed again (the others were reused). */
  shards: number;
  indexed: number;
  /** What each part was made from, comma-separated (recorded with a kept output folder, see `inPlace`). */
  hash: string;
}

function listHtml(dir: string, out: string[]): void {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) listHtml(p, out);
    else if (d.name.endsWith('.html')) out.push(p);
  }
}

function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** The part a page names (its hidden part filter), or null when it names none. */
function partOf(bytes: Buffer): number | null {
  const at = bytes.indexOf(PART_MARK);
  if (at < 0) return null;
  // The element's other attributes (hidden, Astro's scoping class) come before the end of its tag.
  const start = bytes.indexOf('>', at + PART_MARK.length) + 1;
  const end = bytes.indexOf('<', start);
  const text = start > 0 && end > start ? bytes.toString('utf8', start, end) : '';
  return /^\d+$/.test(text) ? Number(text) : NaN;
}

interface Part {
  /** Pages (paths relative to the output folder), sorted. */
  pages: string[];
  hash: string;
}

/**
 * What each page of the output held for search when last read, so a rebuild reads only the pages written since:
 * `[size, mtimeMs, ctimeMs, inode, part, digest]`, part -1 for a page without a searchable region, null for one
 * naming no number. A page written again has a new ctime (which nothing sets back, unlike mtime), so a page that
 * matches on all four was not written since. Kept beside the part indexes, for one output folder.
 */
type Seen = [number, number, number, number, number | null, string];
const SEEN_FILE = 'pages-seen.json';

/** Whether a file's stat is the same write as the one `was` recorded, ctime aside (see readParts). */
const sameWrite = (was: Seen, st: Stats) => was[0] === st.size && was[1] === st.mtimeMs && was[3] === st.ino;

function readSeen(file: string, outDir: string): Map<string, Seen> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { outDir?: string; pages?: Record<string, Seen> };
    if (kept.outDir === outDir && kept.pages) return new Map(Object.entries(kept.pages));
  } catch {
    // None yet, or unreadable: every page is read.
  }
  return new Map();
}

/**
 * The searchable pages, sorted, split into parts, with each part's hash (of the pages' paths and the digests of
 * their bytes), and what each page holds now. Pages unchanged since `before` was recorded are not read again: at
 * 1,000 stories reading and hashing the ~56,000 searchable pages took ~2 s of a rebuild.
 */
function readParts(outDir: string, language: string, shards: number, before: ReadonlyMap<string, Seen>): { parts: Part[]; seen: Record<string, Seen> } {
  const files: string[] = readdirSync(outDir).filter((n) => n.endsWith('.html')).map((n) => join(outDir, n));
  for (const d of readdirSync(outDir, { withFileTypes: true })) {
    if (d.isDirectory() && !NOT_PAGES.has(d.name) && !isSearchFolder(d.name)) listHtml(join(outDir, d.name), files);
  }
  files.sort();
  const version = pagefindVersion();
  const parts = Array.from({ length: shards }, (_, k) => ({
    pages: [] as string[],
    h: createHash('sha256').update(`pagefind ${version} ${language} part ${k} of ${shards}\0`),
  }));
  const now: Record<string, Seen> = Object.create(null);
  for (const f of files) {
    const rel = f.slice(outDir.length + 1);
    const st = statSync(f);
    const was = before.get(rel);
    let seen: Seen;
    if (was && sameWrite(was, st) && was[2] === st.ctimeMs) seen = was;
    else {
      const bytes = readFileSync(f);
      const searchable = bytes.indexOf(BODY) >= 0;
      const part = searchable ? partOf(bytes) ?? 0 : -1;
      seen = [st.size, st.mtimeMs, st.ctimeMs, st.ino, Number.isNaN(part) ? null : part, searchable ? createHash('sha256').update(bytes).digest('hex') : ''];
    }
    now[rel] = seen;
    const k = seen[4] ?? NaN;
    if (k === -1) continue;
    // The pages and this step take the count from the same place (search-shards.ts); a page naming another
    // split was rendered by something else.
    if (!(k < shards)) throw new Error(`${rel} names part ${Number.isNaN(k) ? '(not a number)' : k} of the search index, which this build splits into ${shards}: the page and the build disagree on the split. Delete the output folder and build again.`);
    const part = parts[k];
    part.pages.push(rel);
    part.h.update(rel).update('\0').update(seen[5]).update('\0');
  }
  return { parts: parts.map((p) => ({ pages: p.pages, hash: p.h.digest('hex').slice(0, 32) })), seen: now };
}

/** Copies a folder tree as hard links (an index's files are written once and never changed), else as copies. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const a = join(from, d.name), b = join(to, d.name);
    if (d.isDirectory()) linkTree(a, b);
    else linkFile(a, b);
  }
}

/** Links (else copies) a file to `to`, making its folder. */
function linkFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The folder (in the output, so a rename never crosses file systems) where Pagefind is shown one part's pages. */
const MIRROR = '.search-part';

/**
 * The folders that hold one searchable page and no other (`claims/<id>/` for `claims/<id>/index.html`): these
 * can be moved into the mirror whole, two renames a page. Any other page is linked there.
 */
function movableFolders(pages: readonly string[]): Set<string> {
  // Folders holding a page other than their own index page: any folder above a page's, and a page's own
  // folder when the page is not its index.
  const shared = new Set<string>();
  for (const page of pages) {
    const folder = dirname(page);
    if (!page.endsWith('/index.html')) shared.add(folder);
    for (let up = dirname(folder); up !== '.'; up = dirname(up)) shared.add(up);
  }
  const out = new Set<string>();
  for (const page of pages) {
    const folder = dirname(page);
    if (page.endsWith('/index.html') && folder.includes('/') && !shared.has(folder)) out.add(folder);
  }
  return out;
}

/**
 * Indexes the pages (paths under `root`) into the folder `into`; returns how many pages Pagefind took.
 * Pagefind is given a folder of its own that holds only these pages (MIRROR, emptied after): it reads a folder
 * by walking all of it, so naming the part's pages by globs over the whole output made it walk and match every
 * file of the site for every part (at 1,000 stories, ~105,000 files: ~2.8 s of a part's ~6.5 s, against ~0.1 s
 * in the mirror). A page alone in its folder (`movable`) has its folder moved there and back, any other is
 * hard-linked: at 200 stories linking the 10,700 pages and removing the links took ~4 s, the renames ~0.5 s.
 * The pages keep their paths, so the index records the same URLs.
 */
async function runPagefind(root: string, pages: readonly string[], movable: ReadonlySet<string>, language: string, into: string, lane: Lane): Promise<number> {
  const mirror = join(root, lane.mirror);
  rmSync(mirror, { recursive: true, force: true });
  const moved: string[] = [];
  const made = new Set<string>();
  try {
    for (const page of pages) {
      const folder = dirname(page);
      if (!movable.has(folder)) {
        linkFile(join(root, page), join(mirror, page));
        continue;
      }
      const parent = dirname(join(mirror, folder));
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      renameSync(join(root, folder), join(mirror, folder));
      moved.push(folder);
    }
    const { index, errors } = await lane.api.createIndex({ forceLanguage: language.split('-')[0] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = pages.length ? await index.addDirectory({ path: mirror }) : { errors: [], page_count: 0 };
    if (added.errors.length) throw new Error(`Pagefind could not index ${root}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: into });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    return added.page_count;
  } finally {
    for (const folder of moved) renameSync(join(mirror, folder), join(root, folder));
    rmSync(mirror, { recursive: true, force: true });
  }
}

/**
 * Pagefind processes that index parts side by side (at most one a core). One process leaves part of this
 * machine's second core idle; two index the same parts in ~25% less time (200 stories, 8 parts, 5 alternated
 * runs of the search step alone: 9.5-12.4 s against 6.9-9.7 s, the same index files). In whole cold builds, where
 * the oEmbed answers are written beside it: 200 stories, 5 alternated pairs, step median 12.95 -> 12.4 s (noisy:
 * 11.1-19.8 s one at a time); 1,000 stories, one pair, 64.7 -> 53.6 s. The cost is the second process's memory:
 * the whole process tree's peak at 200 stories went from 1,255 to 1,377 MB.
 */
const SEARCH_LANES = 2;

/** One Pagefind process and the folder it reads a part's pages from. */
interface Lane {
  api: typeof pagefind;
  mirror: string;
}

/**
 * The Pagefind module keeps one process for all its indexes; a second copy of the module (the same file under
 * another address) keeps a second process, so two parts are indexed at once on two cores.
 */
async function openLanes(n: number): Promise<Lane[]> {
  const lanes: Lane[] = [{ api: pagefind, mirror: MIRROR }];
  for (let k = 1; k < n; k++) {
    const api = (await import(`${pathToFileURL(resolve('node_modules/pagefind/lib/index.js')).href}?lane=${k}`)) as typeof pagefind;
    lanes.push({ api, mirror: `${MIRROR}-${k}` });
  }
  return lanes;
}

/** Keeps a part's index in the store under its hash (written aside, then renamed). */
function store(from: string, kept: string, pages: number): void {
  try {
    const tmp = `${kept}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    linkTree(from, tmp);
    rmSync(kept, { recursive: true, force: true });
    renameSync(tmp, kept);
    writeFileSync(`${kept}.json`, JSON.stringify({ pages }));
  } catch {
    // Without a kept copy the next build indexes this part again; nothing else depends on it.
  }
}

/**
 * Indexes the built pages (only the parts marked data-pagefind-body) into `shards` parts, <outDir>/pagefind/,
 * <outDir>/pagefind-1/ ..., each copied from <cacheDir>/factcheck-search/ when a build of the same pages made
 * it. `inPlace` is the `hash` a kept output folder's parts were made from (kept-output.ts): a part that hashes
 * the same is left as it is. `lanes`: how many Pagefind processes index parts at once (at most one a core).
 */
export async function indexForSearch(outDir: string, language: string, cacheDir: string, shards: number, inPlace: string | null = null, lanes = SEARCH_LANES): Promise<SearchIndexResult> {
  const root = outDir.replace(/\/$/, '');
  const keep = join(cacheDir, 'factcheck-search');
  mkdirSync(keep, { recursive: true });
  const seenFile = join(keep, SEEN_FILE);
  // Mirrors left by a build that stopped half-way (their pages are in the output folder's record no more).
  for (const d of readdirSync(root)) if (d.startsWith(MIRROR)) rmSync(join(root, d), { recursive: true, force: true });
  const open = await openLanes(Math.max(1, Math.min(lanes, availableParallelism())));
  const { parts, seen } = readParts(root, language, shards, readSeen(seenFile, root));
  const movable = movableFolders(parts.flatMap((p) => p.pages));
  const before = (inPlace ?? '').split(',');
  let pages = 0;
  let indexed = 0;
  const one = async (k: number, lane: Lane): Promise<void> => {
    const part = parts[k];
    const target = join(root, shardFolder(k));
    const kept = join(keep, part.hash);
    if (existsSync(join(kept, 'pagefind-entry.json')) && existsSync(`${kept}.json`)) {
      pages += (JSON.parse(readFileSync(`${kept}.json`, 'utf8')) as { pages: number }).pages;
      if (before[k] === part.hash && existsSync(join(target, 'pagefind-entry.json'))) return;
      rmSync(target, { recursive: true, force: true });
      linkTree(kept, target);
      return;
    }
    // Pagefind adds to a folder; the previous index's files must not stay beside the new one's.
    rmSync(target, { recursive: true, force: true });
    const n = await runPagefind(root, part.pages, movable, language, target, lane);
    // Linking a page and unlinking it again (or moving its folder) may change its ctime, not its bytes: what the
    // next build compares.
    for (const page of part.pages) {
      const st = statSync(join(root, page)), was = seen[page];
      if (sameWrite(was, st)) was[2] = st.ctimeMs;
    }
    pages += n;
    indexed++;
    store(target, kept, n);
  };
  try {
    // Two at once in one Pagefind process took longer at 1,000 stories (3,500-page parts: 16.1 s for two against
    // 13.6 s one after the other); in two processes (SEARCH_LANES) they take ~25% less (see there).
    // Each lane takes the next part not yet taken. A failing lane stops taking parts, and every lane is let
    // finish the part it holds (and move its pages back) before the first failure is reported.
    let next = 0;
    let failed = false;
    const done = await Promise.allSettled(open.map(async (lane) => {
      while (!failed && next < parts.length) {
        try {
          await one(next++, lane);
        } catch (e) {
          failed = true;
          throw e;
        }
      }
    }));
    const failure = done.find((d): d is PromiseRejectedResult => d.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    await Promise.all(open.map((lane) => lane.api.close()));
  }
  // The search page searches the parts that hold pages (all of them empty: the first, as one index would be).
  const live = parts.flatMap((p, k) => (p.pages.length ? [shardFolder(k)] : []));
  writeFileSync(join(root, shardFolder(0), PARTS_FILE), `${JSON.stringify(live.length ? live : [shardFolder(0)])}\n`);
  // Parts of a site that had more of them, and kept indexes no part uses now.
  for (const d of readdirSync(root, { withFileTypes: true })) {
    const k = shardIndex(d.name);
    if (d.isDirectory() && k !== null && k >= shards) rmSync(join(root, d.name), { recursive: true, force: true });
  }
  try {
    writeFileSync(seenFile, JSON.stringify({ outDir: root, pages: seen }));
  } catch {
    // Without it the next build reads every page again.
  }
  const used = new Set([SEEN_FILE, ...parts.flatMap((p) => [p.hash, `${p.hash}.json`])]);
  for (const name of readdirSync(keep)) if (!used.has(name)) rmSync(join(keep, name), { recursive: true, force: true });
  return { pages, shards, indexed, hash: parts.map((p) => p.hash).join(',') };
}
