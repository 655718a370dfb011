import { isSeedFile, parseSeed } from './parse-seed.ts';
import type { ParsedSeed, SeedFile, SeedProblem } from './types.ts';

/** Story folder names become URL segments, so they are limited to lower-case letters, digits and dashes. */
export const STORY_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/**
 * Parses every seed of a story and gathers every problem across all files, so an editor sees the whole list
 * at once rather than one error per build.
 */
export function checkSeeds(storyId: string, files: readonly SeedFile[]): { seeds: ParsedSeed[]; problems: SeedProblem[] } {
  const seeds: ParsedSeed[] = [];
  const problems: SeedProblem[] = [];
  if (!STORY_ID.test(storyId)) {
    problems.push({ file: `${storyId}/`, message: 'is not a valid story folder name. Use lower-case letters, digits and dashes, e.g. "city-budget-2026".' });
  }
  const seedFiles = files.filter((f) => isSeedFile(f.name));
  if (seedFiles.length === 0) problems.push({ file: `${storyId}/`, message: 'has no seed files. Add the articles as .txt or .md files, or remove the folder.' });
  for (const f of seedFiles) {
    const r = parseSeed(f);
    if (r.ok) seeds.push(r.seed);
    else problems.push(...r.problems.map((message) => ({ file: `${storyId}/${f.name}`, message })));
  }
  return { seeds, problems };
}

/** Formats problems as the one message a build stops with: every bad file, what is wrong, what to do. */
export function formatProblems(problems: readonly SeedProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file} ${p.message}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in the seeds or editorial notes; nothing was built:\n${lines.join('\n')}`;
}

/** Thrown when seeds are bad; carries every problem. */
export class SeedError extends Error {
  readonly problems: readonly SeedProblem[];
  constructor(problems: readonly SeedProblem[]) {
    super(formatProblems(problems));
    this.name = 'SeedError';
    this.problems = problems;
  }
}
