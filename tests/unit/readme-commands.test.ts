/** Every `npm run <script>` the README tells a reader to type exists in package.json. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
// "npm run -s analyze", "npm run bench:build -- --stories 200"; a line may break after "-s".
const named = [...new Set([...readme.matchAll(/npm run\s+(?:-s\s+)?([a-z][\w:-]*)/g)].map((m) => m[1]))].sort();

describe('README commands', () => {
  it('names some scripts', () => {
    expect(named.length).toBeGreaterThan(5);
  });
  it.each(named)('npm run %s exists', (name) => {
    expect(scripts).toContain(name);
  });
});
