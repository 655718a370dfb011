/**
 * File-system side of the product, shared by the Astro loader and `npm run analyze`: finds stories, reads
 * their seeds, claim-id locks and the stance model. The engine itself never touches the disk.
 *
 * Every entry of SEEDS_DIR and of each story folder is either read, ignored by a rule the README states
 * (names starting with a dot; files with other endings; sub-folders of a story), or reported as a problem
 * naming it and what to do: nothing is skipped silently, and no file-system error escapes as a stack trace.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { isSeedFile, MAX_SEED_BYTES, SeedError, tooLargeMessage } from '../analysis/index.ts';
import type { SeedFile, SeedProblem } from '../analysis/index.ts';

/** Name of the file, inside each story folder, that keeps claim ids stable across rebuilds. Commit it. */
export const LOCK_FILE = 'claim-ids.lock.json';

/** One story folder's raw input. */
export interface StoryFiles {
  id: string;
  dir: string;
  files: SeedFile[];
  /** The lock file's text, or null when the story has none yet. */
  lockText: string | null;
}

/** A path as the editor knows it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** What an error reading `what` means for an editor, and what to do about it. */
function readProblem(e: unknown, what: 'file' | 'folder'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return what === 'file'
      ? 'cannot be read: permission denied. Make it readable (chmod a+r), or move it out of the seeds.'
      : 'cannot be read: permission denied. Make it readable (chmod a+rx), or move it out of the seeds.';
  }
  if (code === 'ELOOP') return 'is a symbolic link. Seeds are never read through links: replace it with a copy of the file.';
  if (code === 'ENOENT') return 'disappeared while the seeds were being read. Build again.';
  return `cannot be read (${code ?? 'error'}: ${(e as Error).message.replace(/^\w+: /, '')}). Check it, or move it out of the seeds.`;
}

/** What kind of entry a Dirent is, in the words of a message. */
function oddKind(d: Dirent): string | null {
  if (d.isFIFO()) return 'a named pipe';
  if (d.isSocket()) return 'a socket';
  if (d.isCharacterDevice() || d.isBlockDevice()) return 'a device';
  return null;
}

/**
 * Reads a regular file without following a link and without blocking on a pipe (the checks on the folder
 * listing could be out of date by the time it is opened). Returns its bytes, or the problem.
 */
function readRegularFile(path: string): { bytes: Uint8Array } | { problem: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { problem: readProblem(e, 'file') };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: 'is a folder, not a file. Rename it, or move its articles into the story folder.' };
    if (!st.isFile()) return { problem: 'is not a regular file. Seeds must be plain text or Markdown files: replace it with one, or remove it.' };
    if (st.size > MAX_SEED_BYTES) return { problem: tooLargeMessage(st.size) };
    return { bytes: new Uint8Array(readFileSync(fd)) };
  } catch (e) {
    return { problem: readProblem(e, 'file') };
  } finally {
    closeSync(fd);
  }
}

function listFolder(dir: string, label: string, problems: SeedProblem[]): Dirent[] | null {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    problems.push({ file: label, message: readProblem(e, 'folder') });
    return null;
  }
}

/** Reads one story folder: its seeds and its lock; every entry that cannot be used becomes a problem. */
function readStory(seedsDir: string, id: string, problems: SeedProblem[]): StoryFiles | null {
  const dir = join(seedsDir, id);
  const entries = listFolder(dir, `${id}/`, problems);
  if (!entries) return null;
  const files: SeedFile[] = [];
  let lockText: string | null = null;
  for (const d of entries) {
    const label = `${id}/${d.name}`;
    const isLock = d.name === LOCK_FILE;
    if (d.name.startsWith('.') || (!isSeedFile(d.name) && !isLock)) continue;
    if (d.isSymbolicLink()) {
      problems.push({ file: label, message: 'is a symbolic link. Seeds are never read through links (one could publish any file on this computer): replace it with a copy of the file.' });
    } else if (d.isDirectory()) {
      problems.push({ file: label, message: 'is a folder, not a file. Rename it, or move its articles into the story folder.' });
    } else if (oddKind(d)) {
      problems.push({ file: label, message: `is ${oddKind(d)}, not a file. Seeds must be plain text or Markdown files: replace it with one, or remove it.` });
    } else {
      const r = readRegularFile(join(dir, d.name));
      if ('problem' in r) problems.push({ file: label, message: r.problem });
      else if (isLock) lockText = new TextDecoder().decode(r.bytes);
      else files.push({ name: d.name, bytes: r.bytes });
    }
  }
  return { id, dir, files, lockText };
}

/**
 * Lists the story folders of a seeds folder with their seed files' bytes and lock text, and every problem
 * found on the way: an unreadable, linked or odd entry, seed files lying directly in SEEDS_DIR (it is a story
 * folder, not the folder of stories), or no story at all.
 */
export function scanSeeds(seedsDir: string): { stories: StoryFiles[]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const here = displayPath(seedsDir);
  const pointAt = 'point SEEDS_DIR at the folder that holds them';
  let isDir = false;
  try {
    isDir = statSync(seedsDir).isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { stories: [], problems: [{ file: here, message: readProblem(e, 'folder') }] };
  }
  if (!isDir) return { stories: [], problems: [{ file: here, message: `does not exist or is not a folder. Create it with a sub-folder per story, or ${pointAt}.` }] };
  const entries = listFolder(seedsDir, here, problems);
  if (!entries) return { stories: [], problems };
  const stories: StoryFiles[] = [];
  const loose: string[] = [];
  for (const d of entries) {
    if (d.name.startsWith('.')) continue;
    if (d.isSymbolicLink()) {
      let target: 'folder' | 'seed' | null = null;
      try {
        target = statSync(join(seedsDir, d.name)).isDirectory() ? 'folder' : isSeedFile(d.name) ? 'seed' : null;
      } catch {
        target = 'folder';
      }
      if (target) problems.push({ file: `${d.name}${target === 'folder' ? '/' : ''}`, message: `is a symbolic link. Seeds are never read through links: move or copy the ${target === 'folder' ? 'story folder' : 'file'} itself into ${here}.` });
    } else if (d.isDirectory()) {
      const story = readStory(seedsDir, d.name, problems);
      if (story) stories.push(story);
    } else if (isSeedFile(d.name)) {
      loose.push(d.name);
    }
  }
  if (loose.length) {
    const names = loose.slice(0, 3).join(', ') + (loose.length > 3 ? ` and ${loose.length - 3} more` : '');
    problems.push({
      file: here,
      message: `holds seed files directly (${names}): it looks like one story's folder, not the folder of stories. Point SEEDS_DIR at its parent folder, or move the files into a sub-folder named after the story.`,
    });
  } else if (stories.length === 0 && problems.length === 0) {
    problems.push({ file: here, message: `has no story folders, so the site would be empty. Add a sub-folder per story with its articles (e.g. ${here}/city-budget/), or ${pointAt}.` });
  }
  return { stories, problems };
}

/** Lists the story folders with their seeds; throws a SeedError listing every problem. */
export function readStories(seedsDir: string): StoryFiles[] {
  const { stories, problems } = scanSeeds(seedsDir);
  if (problems.length) throw new SeedError(problems);
  return stories;
}
