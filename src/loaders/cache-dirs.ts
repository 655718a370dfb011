/**
 * Where a build keeps its caches. Astro's (content store, incremental page cache, the kept-output record,
 * the search index) belong to one output folder: two builds into different folders at once (the end-to-end
 * sites, parallel tests) must not share a page cache, or one could restore the other's page for a path both
 * build. So each OUT_DIR gets its own folder under node_modules/.astro/ (dist/ keeps Astro's default), and
 * CACHE_DIR, when set, holds everything: CACHE_DIR/astro and CACHE_DIR/factcheck-analysis. The analyses are
 * addressed by content (analysis-key.ts), so every build may share them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT_CACHES = 'node_modules/.astro';

/** One of the project's own caches (`name`: factcheck-analysis, factcheck-share): under CACHE_DIR when set. */
export function cacheFolder(name: string, env: Record<string, string | undefined> = process.env): string {
  return env.CACHE_DIR ? resolve(env.CACHE_DIR, name) : resolve('node_modules/.cache', name);
}

/** Astro's cacheDir for this build (undefined: Astro's default, node_modules/.astro/). */
export function astroCacheDir(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CACHE_DIR) return join(resolve(env.CACHE_DIR), 'astro');
  if (!env.OUT_DIR || resolve(env.OUT_DIR) === resolve('dist')) return undefined;
  const outDir = resolve(env.OUT_DIR);
  const dir = resolve(OUT_CACHES, `out-${createHash('sha256').update(outDir).digest('hex').slice(0, 12)}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'out-dir.txt'), outDir);
    forgetGoneOutputs(dir);
  } catch {
    // An unwritable cache only costs time.
  }
  return dir;
}

/** Removes the caches of output folders that no longer exist (a test's temporary site). */
function forgetGoneOutputs(except: string): void {
  const root = resolve(OUT_CACHES);
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    if (!name.startsWith('out-') || dir === except) continue;
    try {
      if (!existsSync(readFileSync(join(dir, 'out-dir.txt'), 'utf8'))) rmSync(dir, { recursive: true, force: true });
    } catch {
      // not one of ours, or gone meanwhile
    }
  }
}
