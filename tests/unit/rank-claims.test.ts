import { describe, expect, it } from 'vitest';
import { keyClaims, prominence } from '../../src/analysis/rank-claims.ts';
import { PROMINENCE } from '../../src/analysis/thresholds.ts';

describe('prominence', () => {
  it.each([
    ['a posed claim is always key', { sources: 0, status: 'unaddressed', posed: true, headline: 0 }, true],
    ['a claim four sources carry is key', { sources: 4, status: 'reported', posed: false, headline: 0 }, true],
    ['a contested claim from one source is key', { sources: 1, status: 'denied', posed: false, headline: 0 }, true],
    ['two sources close to a headline is key', { sources: 2, status: 'reported', posed: false, headline: 0.6 }, true],
    ['a single-source claim nobody contests is not, even as a headline', { sources: 1, status: 'reported', posed: false, headline: 1 }, false],
  ] as const)('%s', (_label, input, key) => {
    expect(prominence(input) >= PROMINENCE.key).toBe(key);
  });

  it('more sources never lower prominence', () => {
    for (let n = 1; n < 8; n++) expect(prominence({ sources: n + 1, status: 'reported', posed: false, headline: 0.3 })).toBeGreaterThanOrEqual(prominence({ sources: n, status: 'reported', posed: false, headline: 0.3 }));
  });
});

describe('keyClaims', () => {
  it('keeps at most the configured number, most prominent first', () => {
    const scores = Array.from({ length: 25 }, (_, i) => 0.3 + i / 100);
    const key = keyClaims(scores);
    expect(key.filter(Boolean)).toHaveLength(PROMINENCE.maxKey);
    expect(key[24]).toBe(true);
    expect(key[0]).toBe(false);
  });
  it('leaves out claims under the bar', () => {
    expect(keyClaims([0.1, 0.2, 0.5])).toEqual([false, false, true]);
  });
});
