import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIGHT_HEAP_STORIES } from '../../src/loaders/heap.ts';

/**
 * A process that keeps ~150 MB alive and churns garbage past it, after tightenHeapFor(stories): the largest
 * heap it reached, in MB. Run apart, so the flag it may set stays in that process.
 */
function largestHeap(stories: number): { tightened: boolean; heapMb: number } {
  const script = `
    const { tightenHeapFor } = await import(${JSON.stringify(resolve('src/loaders/heap.ts'))});
    const tightened = tightenHeapFor(${stories});
    const live = [];
    for (let i = 0; i < 150; i++) live.push(new Array(100000).fill(i).map(String));
    let max = 0;
    for (let r = 0; r < 150; r++) {
      const junk = [];
      for (let i = 0; i < 10; i++) junk.push(new Array(100000).fill(r).map(String));
      live[r % 150] = junk[0];
      max = Math.max(max, process.memoryUsage().heapTotal);
    }
    console.log(JSON.stringify({ tightened, heapMb: Math.round(max / 1e6) }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the heap of a large build', () => {
  it('is left to V8 below the threshold and kept tight from it on: the same live data in a smaller heap', () => {
    const small = largestHeap(TIGHT_HEAP_STORIES - 1);
    const large = largestHeap(TIGHT_HEAP_STORIES);
    expect(small.tightened).toBe(false);
    expect(large.tightened).toBe(true);
    // ~150 MB alive: V8's default let the heap grow to ~2-3x that; 50% growth keeps it well under 2x.
    expect(large.heapMb).toBeLessThan(small.heapMb * 0.75);
  }, 120_000);
});
