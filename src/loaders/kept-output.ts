/**
 * Keeping the previous build's output folder, so Astro's incremental build leaves unchanged pages where they
 * are instead of copying each back from its cache (~0.3 ms a page, 22,000 pages at 200 stories).
 *
 * Only safe when the folder is exactly what the last build in this cache folder left: the end of every build
 * records the output folder and a fingerprint of its files (paths, sizes, modification times); the next build
 * keeps the folder only when both match, and forgets the record before it changes anything, so a build that
 * fails half-way is never trusted. Files the new build did not write or keep (a retired story's pages, an
 * old sitemap) are then removed, so the folder ends as a fresh build would leave it.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RECORD = 'factcheck-output.json';

function walk(dir: string, visit: (path: string, size: number, mtimeMs: number) => void): void {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p, visit);
    else {
      const st = statSync(p);
      visit(p, st.size, st.mtimeMs);
    }
  }
}

/** A hash of every file under `dir` (path, size and modification time), and the files' paths. */
function fingerprintAndFiles(dir: string): { fingerprint: string; files: string[] } {
  const rows: string[] = [];
  const files: string[] = [];
  walk(dir, (p, size, mtime) => {
    rows.push(`${p.slice(dir.length)}\0${size}\0${mtime}`);
    files.push(p);
  });
  return { fingerprint: createHash('sha256').update(rows.sort().join('\n')).digest('hex'), files };
}

/** A hash of every file under `dir`: path, size and modification time. */
export function outputFingerprint(dir: string): string {
  return fingerprintAndFiles(dir).fingerprint;
}

/**
 * A kept output folder: what its search index was made from, every file it held when the build began, and the
 * digests of the files the build wrote itself (not Astro: the oEmbed answers), by path under the folder.
 */
export interface KeptOutput {
  searchHash: string | null;
  files: string[];
  written: Record<string, string>;
}

/**
 * Whether `outDir` is exactly what the last build recorded (then what it holds, else null). The record is
 * removed either way: from now on this build changes the folder, and only its own end may record it again.
 */
export function takeKeptOutput(cacheDir: string, outDir: string): KeptOutput | null {
  const file = join(cacheDir, RECORD);
  let record: { outDir?: string; fingerprint?: string; searchHash?: string; written?: Record<string, string> } = {};
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  rmSync(file, { force: true });
  if (record.outDir !== outDir || !existsSync(outDir)) return null;
  const now = fingerprintAndFiles(outDir);
  return record.fingerprint === now.fingerprint ? { searchHash: record.searchHash ?? null, files: now.files, written: record.written ?? {} } : null;
}

/**
 * Records the finished output folder for the next build: what its search index was made from, and the digest of
 * each file the build wrote itself (`written`): the folder is only kept when it is unchanged since, so the next
 * build may trust these digests instead of reading the files.
 */
export function recordOutput(cacheDir: string, outDir: string, searchHash: string | null, written: Record<string, string> = {}): void {
  try {
    writeFileSync(join(cacheDir, RECORD), JSON.stringify({ outDir, fingerprint: outputFingerprint(outDir), searchHash, written }));
  } catch {
    // Without a record the next build starts from an empty folder: slower, never wrong.
  }
}

/**
 * Where the files of `publicDir` are in the output. They are kept by name, not by time: Vite's copy of a public
 * file may keep the file's own modification time (Vite 8 does), older than the build, and the next build would
 * then take embed.js, the favicon and the search module for stale and remove them.
 */
export function publicCopies(publicDir: string, outDir: string): string[] {
  const copies: string[] = [];
  const root = publicDir.replace(/\/$/, '');
  if (existsSync(root)) walk(root, (p) => copies.push(join(outDir, p.slice(root.length))));
  return copies;
}

/**
 * Removes every file this build neither wrote (modified since `since`) nor kept (listed in `keep`), and the
 * folders left empty, except in the top-level folders `skip` accepts (rewritten whole afterwards). `before`
 * lists the files the folder held when the build began (takeKeptOutput): any other file is this build's own,
 * so only those are looked at, and the folder is not walked again. Returns how many files went.
 */
export function removeStale(outDir: string, before: readonly string[], keep: ReadonlySet<string>, since: number, skip: (folder: string) => boolean = () => false): number {
  let removed = 0;
  for (const p of before) {
    if (keep.has(p) || skip(p.slice(outDir.length + 1).split('/')[0])) continue;
    let mtime: number;
    try {
      mtime = statSync(p).mtimeMs;
    } catch {
      continue; // gone already
    }
    if (mtime < since) {
      rmSync(p, { force: true });
      removed++;
    }
  }
  const prune = (dir: string): boolean => {
    let empty = true;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (!d.isDirectory() || !prune(join(dir, d.name))) empty = false;
    }
    if (empty && dir !== outDir) rmdirSync(dir);
    return empty;
  };
  if (removed) prune(outDir);
  return removed;
}

/**
 * With the output folder kept, Astro's incremental build finds unchanged pages where they are; its second copy
 * of every rendered page (in its cache folder, for restoring into an emptied folder) is then never read, and
 * writing it cost ~13% of a cold 50-story build (paired runs, whole build). Astro 7.3 has no option for it, so
 * its cache's writer is replaced by a no-op. A page whose copy is missing is rendered again (generate.js: a
 * failed restore falls through to rendering), so an output folder that cannot be kept costs time, never
 * correctness. Should Astro's internals move, nothing is replaced and copies are written as before.
 */
export async function skipPageCopies(): Promise<boolean> {
  try {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const mod = (await import(pathToFileURL(join(astro, 'dist/core/build/incremental.js')).href)) as {
      IncrementalBuildCache?: { prototype: { writeOutputFile?: unknown } };
    };
    const proto = mod.IncrementalBuildCache?.prototype;
    if (!proto || typeof proto.writeOutputFile !== 'function') return false;
    proto.writeOutputFile = async () => {};
    return true;
  } catch {
    return false;
  }
}
