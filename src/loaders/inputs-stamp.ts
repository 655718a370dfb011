/**
 * Which files the site is made from, and a cheap stamp of their state, for \`npm run dev\`: the watcher reloads on
 * a change to one of them, and two loads with the same stamp read the same files (site-data.ts shares one
 * analysis between them; factcheck-loader.ts looks again when the stamp moved during a reload).
 */
import { lstatSync, readdirSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { isSeedFile } from '../analysis/index.ts';
import { HISTORY_FILE } from './corrections.ts';
import { LOCK_FILE } from './read-seeds.ts';
import { SOURCES_FILE } from './source-meta.ts';

type Folders = { seedsDir: string; contentDir: string };

/** Folders walked at most this deep (seeds are two levels down, notes three). */
const STAMP_DEPTH = 4;

const under = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** Whether a file is one the site is read from: a seed, a story's lock, log or sources.yaml, an editorial note. */
export function isSiteInput(path: string, inputs: Folders): boolean {
  const name = basename(path);
  if (under(path, inputs.seedsDir)) return isSeedFile(name) || name === LOCK_FILE || name === HISTORY_FILE || name === SOURCES_FILE;
  return under(path, inputs.contentDir) && name.endsWith('.md');
}

/** Whether a folder holds site inputs: a story folder or a folder of notes (not the seeds folder itself). */
export function isSiteFolder(path: string, inputs: Folders): boolean {
  return (under(path, inputs.seedsDir) && path !== inputs.seedsDir) || (under(path, inputs.contentDir) && path !== inputs.contentDir);
}

/**
 * The state of the site's input files and folders, from the file system's own records (path, size, modification
 * time, type), not their contents: cheap enough to take on every reload. Other files (an editor's swap file)
 * do not count.
 */
export function inputsStamp(inputs: Folders): string {
  const parts: string[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      parts.push(`${dir}\0-`);
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        const st = lstatSync(path);
        if (st.isDirectory()) {
          parts.push(`${path}\0dir`);
          if (depth > 0) walk(path, depth - 1);
        } else if (isSiteInput(path, inputs)) {
          parts.push(`${path}\0${st.size}\0${st.mtimeMs}\0${st.mode}`);
        }
      } catch {
        parts.push(`${path}\0gone`);
      }
    }
  };
  walk(inputs.seedsDir, STAMP_DEPTH);
  walk(inputs.contentDir, STAMP_DEPTH);
  return parts.join('\n');
}
