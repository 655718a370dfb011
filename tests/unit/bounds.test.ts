/**
 * Seeds under the size limit analyse in seconds (issue 6, case 4). These are the inputs; each took
 * minutes or never finished. The time limits are generous on purpose (a slow CI machine must not fail them):
 * they catch a return to quadratic or cubic time, while `npm run bench:analysis -- --bounds` measures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStory, checkSeeds, type Story } from '../../src/analysis/index.ts';
import { capitalisedParagraph, deepBlockquote, deepList, nestedEmphasis, ordinaryArticle } from '../benchmarks/inputs.ts';
import { models, seed } from './helpers.ts';

function analyze(name: string, text: string): { story?: Story; problems: string[] } {
  const { seeds, problems } = checkSeeds('bounds', [seed(name, text)]);
  if (problems.length) return { problems: problems.map((p) => `${p.file} ${p.message}`) };
  return { story: analyzeStory('bounds', seeds, { models: models() }).story, problems: [] };
}

const sentences = (s: Story | undefined) => s?.sources.reduce((n, x) => n + x.sentences.length, 0) ?? 0;

describe('seeds that made the engine take minutes', () => {
  it('an article of 200 kB of ordinary sentences (was 108 s: clustering rescanned every pair)', () => {
    const { story } = analyze('a.txt', ordinaryArticle(200_000));
    expect(sentences(story)).toBeGreaterThan(2000);
    expect(story!.claims.length).toBeGreaterThan(10);
  }, 60_000);

  it('a 115 kB paragraph of capitalised words (was 82 s: name patterns backtracked)', () => {
    const { story } = analyze('a.txt', capitalisedParagraph(115_000));
    expect(story!.sources[0].text.length).toBeGreaterThan(100_000);
  }, 60_000);

  it('80 kB of nested emphasis (40 kB took 43 s in the Markdown parser)', () => {
    const { story } = analyze('a.md', nestedEmphasis(80_000));
    expect(story!.sources[0].text).toContain('*_*_*_');
  }, 60_000);

  it('a 100 kB run of characters without a space (wink-nlp\'s tokenizer is quadratic in a word\'s length)', () => {
    const { story } = analyze('a.txt', `A headline\nThe attachment was ${'x_'.repeat(50_000)} and nothing else.\n`);
    expect(story!.sources[0].text.length).toBeGreaterThan(100_000);
  }, 60_000);

  it.each([
    ['quotes nested 3,000 deep', deepBlockquote(3000)],
    ['lists nested 2,000 deep', deepList(2000)],
  ])('%s: refused with a message, not a stack overflow', (_label, text) => {
    expect(analyze('a.md', text).problems.join(' ')).toMatch(/^bounds\/a\.md nests quotes or lists \d+ levels deep \(line 3\)/);
  }, 60_000);
});
