/**
 * The search index (Pagefind) of the built pages, and its reuse: Pagefind reads every page on one core
 * (~15 s for a 200-story site), so the index of a build is kept in the cache folder under a hash of what it
 * was made from (Pagefind's version, the language, the path and bytes of every page it reads); a build whose
 * pages hash the same copies it instead. Cards (embed/) are skipped: they are standalone documents without
 * the searchable region (data-pagefind-body), as are the site's assets.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

/** Top-level folders of the output that hold no page Pagefind indexes. */
const NOT_PAGES = new Set(['embed', 'pagefind', '_astro']);

export interface SearchIndexResult {
  pages: number;
  /** True when the previous index was reused (no page it reads changed). */
  reused: boolean;
  /** What the index was made from (recorded with a kept output folder, see `inPlace`). */
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

/** The pages Pagefind reads, sorted, and the hash of their paths and bytes. */
function readInputs(outDir: string, language: string): { folders: string[]; hash: string } {
  const folders = readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !NOT_PAGES.has(d.name)).map((d) => d.name).sort();
  const files: string[] = readdirSync(outDir).filter((n) => n.endsWith('.html')).map((n) => join(outDir, n));
  for (const f of folders) listHtml(join(outDir, f), files);
  files.sort();
  const h = createHash('sha256').update(`pagefind ${pagefindVersion()} ${language}\0`);
  for (const f of files) h.update(f.slice(outDir.length)).update('\0').update(readFileSync(f)).update('\0');
  return { folders, hash: h.digest('hex').slice(0, 32) };
}

async function runPagefind(outDir: string, folders: string[], language: string, into: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split('-')[0] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    const globs = ['*.html', ...(folders.length ? [`{${folders.join(',')}}/**/*.html`] : [])];
    for (const glob of globs) {
      const added = await index.addDirectory({ path: outDir, glob });
      if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    const written = await index.writeFiles({ outputPath: into });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built pages (only the parts marked data-pagefind-body) into <outDir>/pagefind/, or copies the
 * index a build of the same pages made (from <cacheDir>/factcheck-search/). `inPlace` is the hash of the index
 * a kept output folder holds (kept-output.ts): when the pages hash the same, it is left as it is.
 */
export async function indexForSearch(outDir: string, language: string, cacheDir: string, inPlace: string | null = null): Promise<SearchIndexResult> {
  const root = outDir.replace(/\/$/, '');
  const target = join(root, 'pagefind');
  const inputs = readInputs(root, language);
  const store = join(cacheDir, 'factcheck-search');
  const kept = join(store, inputs.hash);
  if (existsSync(join(kept, 'pagefind-entry.json')) && existsSync(`${kept}.json`)) {
    const pages = (JSON.parse(readFileSync(`${kept}.json`, 'utf8')) as { pages: number }).pages;
    // A kept output folder whose index was made from these same pages already holds it.
    if (inPlace === inputs.hash && existsSync(join(target, 'pagefind-entry.json'))) return { pages, reused: true, hash: inputs.hash };
    rmSync(target, { recursive: true, force: true });
    cpSync(kept, target, { recursive: true });
    return { pages, reused: true, hash: inputs.hash };
  }
  // Pagefind adds to a folder; the previous index's files must not stay beside the new one's.
  rmSync(target, { recursive: true, force: true });
  const pages = await runPagefind(root, inputs.folders, language, target);
  try {
    // Keep this index only (the previous one describes pages that are gone); write aside, then rename.
    mkdirSync(store, { recursive: true });
    const tmp = `${kept}.${process.pid}.tmp`;
    cpSync(target, tmp, { recursive: true });
    for (const name of readdirSync(store)) if (join(store, name) !== tmp) rmSync(join(store, name), { recursive: true, force: true });
    renameSync(tmp, kept);
    writeFileSync(`${kept}.json`, JSON.stringify({ pages }));
  } catch {
    // Without a kept copy the next build indexes again; nothing else depends on it.
  }
  return { pages, reused: false, hash: inputs.hash };
}
