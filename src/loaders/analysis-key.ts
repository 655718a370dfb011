/**
 * What a story's analysis depends on, as one key: the engine (its version, its own source text and the
 * versions of the packages it reads with), the models' bytes, and the story's inputs (seed bytes,
 * sources.yaml, the editors' title and posed claims, the lock text and the ids published now). Two builds
 * with equal keys get equal analyses, so the key names the persistent cache's entries (analysis-cache.ts).
 *
 * The engine's source is hashed as well as ENGINE_VERSION: a persistent cache that trusted a version
 * constant alone would serve old analyses after any engine edit whose author forgot to bump it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION } from '../analysis/index.ts';
import type { PosedClaim, SeedFile } from '../analysis/index.ts';
import { MODEL_FILES } from './models.ts';

/** Packages whose behaviour shapes an analysis (parsing, sentences, dates, front matter). */
const ENGINE_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'unified', 'remark-parse', 'remark-frontmatter', 'mdast-util-to-string', 'chrono-node', 'yaml', 'zod'];
/** Loader modules that run inside an analysis task (seed metadata completed before the engine reads it). */
const LOADER_FILES = ['source-meta.ts', 'analyze-task.ts'];

const here = fileURLToPath(new URL('.', import.meta.url));

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...listSources(p));
    else if (/\.(ts|json)$/.test(d.name)) out.push(p);
  }
  return out;
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

const fingerprints = new Map<string, string>();

/**
 * The engine and models as one hash (computed once per models folder and process, ~10 ms): any change to
 * the engine's code, its packages or a model file changes every story's key.
 */
export function engineFingerprint(modelsDir: string): string {
  const known = fingerprints.get(modelsDir);
  if (known) return known;
  const h = createHash('sha256').update(`engine ${ENGINE_VERSION}\0`);
  const engineDir = resolve(here, '../analysis');
  for (const file of listSources(engineDir)) h.update(file.slice(engineDir.length)).update('\0').update(readFileSync(file)).update('\0');
  for (const file of LOADER_FILES) h.update(file).update('\0').update(readFileSync(join(here, file))).update('\0');
  for (const name of ENGINE_PACKAGES) h.update(`${name}@${packageVersion(name)}\0`);
  for (const f of MODEL_FILES) {
    const p = join(modelsDir, f);
    h.update(f).update('\0');
    if (existsSync(p)) h.update(readFileSync(p));
    h.update('\0');
  }
  const out = h.digest('hex');
  fingerprints.set(modelsDir, out);
  return out;
}

/** A story's inputs to its analysis. */
export interface StoryKeyInputs {
  id: string;
  files: readonly SeedFile[];
  /** sources.yaml as read ('' when absent). */
  sourcesText: string;
  title: string | undefined;
  posed: readonly PosedClaim[];
  /** The lock file's text, or null without one. */
  lockText: string | null;
  /** Ids the corrections log publishes now, sorted. */
  published: readonly string[];
}

/** The cache key of one story's analysis: hex sha-256 over the engine fingerprint and every input. */
export function storyKey(engine: string, s: StoryKeyInputs): string {
  const h = createHash('sha256').update(engine).update('\0').update(s.id).update('\0');
  for (const f of s.files) h.update(f.name).update('\0').update(String(f.bytes.length)).update('\0').update(f.bytes).update('\0');
  h.update(JSON.stringify([s.sourcesText, s.title ?? null, s.posed, s.lockText, s.published]));
  return h.digest('hex');
}
