/**
 * Runs story tasks on every core: one worker thread per core (ANALYSIS_THREADS overrides), each taking the
 * next task when it finishes one. Outcomes are returned in task order, whatever order they complete in, so
 * the site does not depend on scheduling. A single task, one core, or a Node without TypeScript support for
 * worker files runs in this thread instead (starting a worker and its models costs ~0.5 s).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SeedError } from '../analysis/index.ts';
import { runTask, type StoryTask, type TaskOutcome } from './analyze-task.ts';
import { canRunTsWorker } from './ts-worker.ts';

/** How many threads analyse: ANALYSIS_THREADS when set (1 runs everything in this thread), else one per core. */
export function analysisThreads(env: Record<string, string | undefined> = process.env): number {
  const given = env.ANALYSIS_THREADS;
  if (given === undefined || given === '') return Math.max(1, availableParallelism());
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new TypeError(`ANALYSIS_THREADS="${given}" is not a whole number of threads (1 or more). Leave it unset to use every core.`);
  return n;
}

/** An error of the engine while analysing a story, naming the story, with the stack of where it was thrown. */
function storyError(id: string, message: string, stack: string): Error {
  const err = new Error(`analysing story ${id}: ${message}`);
  err.stack = `${err.message}\n${stack.split('\n').slice(1).join('\n')}`;
  return err;
}

const WORKER_FILE = fileURLToPath(new URL('./analysis-worker.ts', import.meta.url));

/**
 * Runs every task and returns their outcomes in task order. `onDone(i, outcome)` is called as each completes
 * (for progress). A task that throws fails the whole run with its error.
 */
export async function runTasks(tasks: readonly StoryTask[], threads: number, onDone: (index: number, outcome: TaskOutcome) => void = () => {}): Promise<TaskOutcome[]> {
  const workers = Math.min(threads, tasks.length);
  if (workers <= 1 || !canRunTsWorker(WORKER_FILE)) {
    return tasks.map((task, i) => {
      let outcome: TaskOutcome;
      try {
        outcome = runTask(task);
      } catch (e) {
        // A bad seed keeps its own message (it names the file and the fix); anything else names the story, as a
        // worker's error does.
        if (e instanceof SeedError || !(e instanceof Error)) throw e;
        throw storyError(task.id, e.message, e.stack ?? '');
      }
      onDone(i, outcome);
      return outcome;
    });
  }
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolvePool, reject) => {
      const feed = (w: Worker) => {
        if (next >= tasks.length) return;
        const seq = next++;
        w.postMessage({ seq, task: tasks[seq] });
      };
      for (let i = 0; i < workers; i++) {
        const w = new Worker(WORKER_FILE);
        pool.push(w);
        w.on('message', (m: { seq: number; outcome?: TaskOutcome; error?: { message: string; stack: string } }) => {
          if (m.error) {
            reject(storyError(tasks[m.seq].id, m.error.message, m.error.stack));
            return;
          }
          outcomes[m.seq] = m.outcome!;
          onDone(m.seq, m.outcome!);
          if (++done === tasks.length) resolvePool();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < tasks.length && code !== 0) reject(new Error(`an analysis worker stopped with exit code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return outcomes;
}
