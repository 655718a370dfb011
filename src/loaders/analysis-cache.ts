/**
 * Stories' analyses by key (analysis-key.ts), at two levels:
 * - in memory for the process, on globalThis: the build guard (astro.config's integration), the content
 *   loaders and the dev server's reloads are separate module instances in one process, and they share it;
 * - on disk, one JSON file per key in node_modules/.cache/factcheck-analysis/ (under CACHE_DIR when
 *   set), so a rebuild re-analyses only stories whose inputs changed. Outside dist/, and safe to
 *   delete: a missing or unreadable entry is analysed again. Entries unused for 30 days are removed.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryAnalysis } from './analyze-task.ts';
import { cacheFolder } from './cache-dirs.ts';

/** Bump when the stored shape changes. */
const FORMAT = 1;
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Where the persistent cache lives. */
export function analysisCacheDir(env: Record<string, string | undefined> = process.env): string {
  return cacheFolder('factcheck-analysis', env);
}

const MEMO = Symbol.for('factcheck.analyses');
function memo(): Map<string, StoryAnalysis> {
  const g = globalThis as unknown as Record<symbol, Map<string, StoryAnalysis> | undefined>;
  return (g[MEMO] ??= new Map());
}

/** Drops the in-memory analyses (the build calls it once the content store has its entries). */
export function releaseAnalyses(): void {
  memo().clear();
}

/** Where an analysis came from: this process, the disk cache, or neither. */
export type Found = { analysis: StoryAnalysis; from: 'memory' | 'disk' } | null;

export class AnalysisCache {
  readonly dir: string;
  constructor(dir: string = analysisCacheDir()) {
    this.dir = dir;
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** The analysis stored under `key`, or null. */
  get(key: string): Found {
    const inMemory = memo().get(key);
    if (inMemory) return { analysis: inMemory, from: 'memory' };
    const path = this.file(key);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    try {
      const data = JSON.parse(text) as { format: number } & StoryAnalysis;
      if (data.format !== FORMAT) throw new Error('stale format');
      const analysis: StoryAnalysis = { story: data.story, lock: data.lock, warnings: data.warnings };
      memo().set(key, analysis);
      const now = new Date();
      try {
        utimesSync(path, now, now);
      } catch {
        // a read-only cache still serves
      }
      return { analysis, from: 'disk' };
    } catch {
      rmSync(path, { force: true });
      return null;
    }
  }

  /**
   * Stores an analysis under each key (its input state, and the state its own lock and log lead to). Keys
   * already on disk are left alone; `stored` names a key whose file holds this analysis already, so the
   * others are hard links to it rather than copies.
   */
  put(keys: readonly string[], analysis: StoryAnalysis, stored: string | null = null): void {
    const unique = [...new Set(keys)];
    for (const key of unique) memo().set(key, analysis);
    try {
      let source = stored !== null && existsSync(this.file(stored)) ? this.file(stored) : null;
      for (const key of unique) {
        const path = this.file(key);
        if (existsSync(path)) {
          source ??= path;
          continue;
        }
        mkdirSync(this.dir, { recursive: true });
        // Write (or link) then rename: a build that stops half-way, or two at once, never leave a torn file.
        const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        if (source) linkOrCopy(source, tmp);
        else writeFileSync(tmp, JSON.stringify({ format: FORMAT, ...analysis }));
        renameSync(tmp, path);
        source ??= path;
      }
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }

  /** Keeps only the given keys in memory (a dev reload forgets stories that changed or went). */
  retainInMemory(keys: ReadonlySet<string>): void {
    for (const key of memo().keys()) if (!keys.has(key)) memo().delete(key);
  }

  /** Removes entries no build has used for 30 days, and files a stopped build left behind. */
  prune(now = Date.now()): number {
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        const old = now - statSync(path).mtimeMs > (name.endsWith('.tmp') ? 3600 * 1000 : MAX_AGE_MS);
        if (old) {
          rmSync(path, { force: true });
          removed++;
        }
      } catch {
        // gone meanwhile
      }
    }
    return removed;
  }
}
