/**
 * The engine knows nothing of the seed story: no name, outlet or phrase of its coverage stands anywhere in
 * src/analysis, code or comment (issue 7: cues fitted to the seed story's headlines had crept in before).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED_WORDS = /facebook|bancorp|wells|pcmag|not seeking|pushing back|did not name/i;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('generality', () => {
  const all = files('src/analysis');
  it('reads the engine', () => expect(all.length).toBeGreaterThan(20));
  it.each(all)('%s names nothing of the seed story', (file) => {
    const hits = readFileSync(file, 'utf8').split('\n').map((line, i) => `${i + 1}: ${line.trim()}`).filter((l) => SEED_WORDS.test(l));
    expect(hits).toEqual([]);
  });
});
