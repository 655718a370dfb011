/** The analysis pool (src/loaders/analysis-pool.ts): what an editor sees when the engine fails on a story. */
import { describe, expect, it } from 'vitest';
import { runTasks } from '../../src/loaders/analysis-pool.ts';
import type { StoryTask } from '../../src/loaders/analyze-task.ts';

const task = (id: string, modelsDir: string): StoryTask => ({
  id, modelsDir, files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Acme to close plant\nAcme Steel will close its Ohio plant in March.\n') }],
  sources: new Map(), lock: {}, title: undefined, published: [], posed: [], checkOnly: false,
});

describe('runTasks', () => {
  it('names the story whose analysis failed, on the main thread as in a worker', async () => {
    await expect(runTasks([task('harbor-contract', '/nonexistent/models')], 1)).rejects.toThrow(/^analysing story harbor-contract: /);
  });
});
