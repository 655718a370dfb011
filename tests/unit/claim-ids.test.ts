/**
 * Claim URLs survive ordinary editing (issue 6, case 3): the seed story analysed, edited as editors do, and
 * analysed again against the lock the first run wrote.
 */
import { describe, expect, it } from 'vitest';
import { analyzeStory, checkSeeds, type ClaimIdLock, type SeedFile } from '../../src/analysis/index.ts';
import { ordinaryArticle } from '../benchmarks/inputs.ts';
import { models, readStoryDir, seed } from './helpers.ts';

const story = readStoryDir('seeds/facebook-banks').filter((f) => f.name.endsWith('.txt'));
const text = (f: SeedFile) => new TextDecoder().decode(f.bytes);

function analyze(files: SeedFile[], lock: ClaimIdLock = {}) {
  const { seeds, problems } = checkSeeds('facebook-banks', files);
  expect(problems).toEqual([]);
  return analyzeStory('facebook-banks', seeds, { lock, models: models() });
}

describe('claim ids of the seed story', () => {
  const first = analyze(story);
  const ids = first.story.claims.map((c) => c.id).sort();

  it.each(story.map((f) => [f.name]))('all come back when %s is deleted and restored', (name) => {
    const without = analyze(story.filter((f) => f.name !== name), first.lock);
    const back = analyze(story, without.lock);
    expect(back.story.claims.map((c) => c.id).sort()).toEqual(ids);
  });

  it('all stay when trailing full stops are removed and U.S. is written US', () => {
    const edited = story.map((f) => seed(f.name, text(f).replace(/U\.S\./g, 'US').replace(/\.(?=\n|$)/g, '')));
    const after = analyze(edited, first.lock).story.claims.map((c) => c.id);
    expect(ids.filter((id) => !after.includes(id))).toEqual([]);
  });

  it('all stay when ten unrelated articles are added', () => {
    const unrelated = Array.from({ length: 10 }, (_, i) => seed(`9${i}-unrelated.txt`, ordinaryArticle(4000, 100 + i)));
    const after = analyze([...story, ...unrelated], first.lock).story.claims.map((c) => c.id);
    expect(ids.filter((id) => !after.includes(id))).toEqual([]);
  });

  it('are the same on a second run with the lock, and the lock does not change', () => {
    const again = analyze(story, first.lock);
    expect(again.story.claims.map((c) => c.id).sort()).toEqual(ids);
    expect(again.lock).toEqual(first.lock);
  });
});

describe('source ids of a story (issue 6, case 2)', () => {
  const [a, b] = story;
  const files = [seed('a.txt', text(a)), seed('a.md', text(b)), seed('News.txt', text(story[2])), seed('news.txt', text(story[3])), seed('新闻.txt', text(story[4])), seed('报道.txt', text(a))];
  const { story: s, warnings } = analyze(files);

  it('are unique, one page per file, even when names fold to the same id', () => {
    expect(new Set(s.sources.map((x) => x.id)).size).toBe(files.length);
  });

  it('keep the id a lone file would have had for the file whose name already is it', () => {
    expect(s.sources.find((x) => x.file === 'news.txt')!.id).toBe('facebook-banks--news');
  });

  it('point every piece of evidence at a sentence of the right article', () => {
    for (const c of s.claims) for (const e of c.evidence) expect(s.sources.find((x) => x.id === e.source)!.sentences.some((x) => x.id === e.sentenceId && x.text === e.sentence)).toBe(true);
  });

  it('are reported when names collide, naming the files', () => {
    expect(warnings.some((w) => w.includes('a.md and a.txt'))).toBe(true);
    expect(warnings.some((w) => w.includes('news.txt and News.txt'))).toBe(true);
    expect(warnings.some((w) => w.includes('新闻.txt') && w.includes('报道.txt'))).toBe(true);
  });
});

describe('claim ids on a rebuild with nothing changed', () => {
  // Each story analysed, then analysed again against the lock it wrote and the ids it published, as the next
  // build does: every id must come back, with no redirect.
  it.each([
    ['tests/fixtures/relock/father-oneal'],
    ['seeds/facebook-banks'],
    ['tests/fixtures/stories/boko-haram-ceasefire'],
    ['tests/fixtures/stories/managua-crater'],
  ])('all come back for %s', (dir) => {
    const files = readStoryDir(dir).filter((f) => /\.(?:md|txt)$/.test(f.name));
    const { seeds } = checkSeeds('relock', files);
    const first = analyzeStory('relock', seeds, { models: models() });
    const ids = first.story.claims.map((c) => c.id);
    const again = analyzeStory('relock', seeds, { models: models(), lock: first.lock, published: ids });
    expect(again.story.claims.map((c) => c.id)).toEqual(ids);
    expect(again.story.redirects).toEqual({});
  });
});
