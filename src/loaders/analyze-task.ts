/**
 * One story's work, the same in a worker thread and in the main thread: parse and check its seeds, complete
 * their metadata from sources.yaml, and, when nothing is wrong, analyse it. Plain data in and out, so it
 * crosses a thread boundary by structured clone; the result depends on the task alone, never on which thread
 * ran it or what it ran before (the engine reads each story with a fresh wink-nlp instance).
 */
import { analyzeStory, checkSeeds } from '../analysis/index.ts';
import type { ClaimIdLock, Message, PosedClaim, SeedFile, SeedProblem, Story } from '../analysis/index.ts';
import { readModels } from './models.ts';
import { completeMeta, type SourcesFile } from './source-meta.ts';

/** What a thread needs to check and analyse one story. */
export interface StoryTask {
  id: string;
  files: SeedFile[];
  /** sources.yaml, parsed (its own problems were listed by the caller). */
  sources: SourcesFile;
  lock: ClaimIdLock;
  title: string | undefined;
  published: string[];
  posed: PosedClaim[];
  modelsDir: string;
  /** Only check the seeds: another file already stops the build, so analysing would be wasted. */
  checkOnly: boolean;
  /** Also return what each stage dropped or merged and why (`analyze --explain`); a build never asks. */
  explain?: boolean;
}

/** One story's analysis as the site keeps it (and the persistent cache stores it). */
export interface StoryAnalysis {
  story: Story;
  lock: ClaimIdLock;
  warnings: string[];
}

/** What a task found: the seeds' problems (in file order, parse problems before metadata problems), or the analysis. */
export interface TaskOutcome {
  seedProblems: SeedProblem[];
  metaProblems: SeedProblem[];
  analysis: StoryAnalysis | null;
  /** What the engine dropped or merged and why, when the task asked (`explain`). */
  messages?: Message[];
  /** Milliseconds the analysis took (0 when only checked): for progress estimates, never for output. */
  ms: number;
}

export function runTask(task: StoryTask): TaskOutcome {
  const checked = checkSeeds(task.id, task.files);
  const metaProblems: SeedProblem[] = [];
  const seeds = checked.seeds.map((seed) => completeMeta(seed, task.id, task.sources, metaProblems));
  if (task.checkOnly || checked.problems.length || metaProblems.length) return { seedProblems: checked.problems, metaProblems, analysis: null, ms: 0 };
  const t0 = performance.now();
  const { story, lock, warnings, messages } = analyzeStory(task.id, seeds, {
    lock: task.lock, title: task.title, published: task.published, posed: task.posed, models: readModels(task.modelsDir),
  });
  return { seedProblems: [], metaProblems: [], analysis: { story, lock, warnings }, ...(task.explain ? { messages } : {}), ms: performance.now() - t0 };
}
