/**
 * File-system side of the product, shared by the Astro loader and `npm run analyze`: finds stories, reads
 * their seeds, claim-id locks and the stance model. The engine itself never touches the disk.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeedFile, SeedError } from '../analysis/index.ts';
import type { ClaimIdLock, SeedFile } from '../analysis/index.ts';

/** Name of the file, inside each story folder, that keeps claim ids stable across rebuilds. Commit it. */
export const LOCK_FILE = 'claim-ids.lock.json';

/** One story folder's raw input. */
export interface StoryFiles {
  id: string;
  dir: string;
  files: SeedFile[];
}

/** Lists the story folders of a seeds folder with their seed files' bytes. */
export function readStories(seedsDir: string): StoryFiles[] {
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
    throw new SeedError([{ file: seedsDir, message: 'is not a folder. Create it with one sub-folder per story, or set SEEDS_DIR to the right folder.' }]);
  }
  return readdirSync(seedsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const dir = join(seedsDir, id);
      const files = readdirSync(dir, { withFileTypes: true })
        .filter((f) => f.isFile() && isSeedFile(f.name))
        .map((f) => f.name)
        .sort()
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
      return { id, dir, files };
    });
}

/** Reads a story's claim-id lock; a missing or unreadable lock is an empty one (ids are then recomputed). */
export function readLock(storyDir: string): ClaimIdLock {
  try {
    const data = JSON.parse(readFileSync(join(storyDir, LOCK_FILE), 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as ClaimIdLock) : {};
  } catch {
    return {};
  }
}

/** Writes the lock only when it changed, so an unchanged build leaves the working tree clean. */
export function writeLock(storyDir: string, lock: ClaimIdLock): void {
  const text = JSON.stringify(lock, null, 1) + '\n';
  const path = join(storyDir, LOCK_FILE);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}
