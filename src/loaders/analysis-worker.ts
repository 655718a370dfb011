/**
 * A worker thread of the analysis pool (analysis-pool.ts): runs one story task per message and answers with
 * its outcome, or with the error that stopped it (the main thread fails the build with it).
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type StoryTask } from './analyze-task.ts';

if (!parentPort) throw new TypeError('analysis-worker.ts runs as a worker thread of analysis-pool.ts, not on its own');
const port = parentPort;
port.on('message', (m: { seq: number; task: StoryTask }) => {
  try {
    port.postMessage({ seq: m.seq, outcome: runTask(m.task) });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    port.postMessage({ seq: m.seq, error: { message: err.message, stack: err.stack ?? '' } });
  }
});
