/** Stage 1 (read-sources): parsed seeds to archived sources with anchored, annotated sentences. */
import { describe, expect, it } from 'vitest';
import { resetNlp } from '../../src/analysis/nlp.ts';
import { readSources, sourceLabel } from '../../src/analysis/read-sources.ts';
import { sentenceKey } from '../../src/analysis/split-sentences.ts';
import { article } from './stage-helpers.ts';

function read(...seeds: ReturnType<typeof article>[]) {
  resetNlp();
  return readSources('s', seeds);
}

describe('readSources', () => {
  it('reads sources in file-name order, whatever order the seeds come in', () => {
    const { sources } = read(article('c.txt', 'Third headline'), article('a.txt', 'First headline'), article('b.txt', 'Second headline'));
    expect(sources.map((s) => s.source.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it.each([
    ['a byline', 'By Jane Doe', 'dropped: byline'],
    ['page furniture', 'Advertisement', 'dropped: page furniture'],
    ['a related-links heading', 'Related news', 'dropped: related links'],
  ])('drops %s from the archived text and says so', (_label, paragraph, why) => {
    const { sources, messages } = read(article('a.txt', 'Acme to close plant', paragraph, 'Acme Steel will close its Ohio plant in March.'));
    expect(sources[0].source.text).not.toContain(paragraph);
    expect(messages).toContainEqual({ stage: 'read-sources', source: sources[0].source.id, text: paragraph, why });
  });

  it('gives every sentence offsets that point at it exactly in the archived text, the headline as paragraph 0', () => {
    const { sources } = read(article('a.txt', 'Acme to close plant', 'Acme Steel will close its Ohio plant. About 400 jobs will go.', '"We never signed," a spokesman said.'));
    const s = sources[0].source;
    for (const x of s.sentences) expect(s.text.slice(x.start, x.end)).toBe(x.text);
    expect(s.sentences.map((x) => [x.paragraph, x.text])).toEqual([
      [0, 'Acme to close plant'],
      [1, 'Acme Steel will close its Ohio plant.'],
      [1, 'About 400 jobs will go.'],
      [2, '"We never signed," a spokesman said.'],
    ]);
  });

  it('annotates each sentence with its own words, and keys its wording', () => {
    const { sources } = read(article('a.txt', 'Acme to close plant', 'Acme Steel will close its Ohio plant. About 400 jobs will go.'));
    const r = sources[0];
    expect(r.annotations.map((a) => a.words.join(' '))).toEqual(['Acme to close plant', 'Acme Steel will close its Ohio plant .', 'About 400 jobs will go .']);
    expect(r.keys).toEqual(r.source.sentences.map((x) => sentenceKey(x.text)));
  });

  it('gives the same sentence the same anchor and key in every source, and tells copies within one source apart', () => {
    const same = 'Acme Steel will close its Ohio plant in March.';
    // (A repeated paragraph is dropped as a duplicate; a sentence repeated inside a paragraph is kept.)
    const { sources } = read(article('a.txt', 'One', `${same} Union leaders confirmed it. ${same}`), article('b.txt', 'Two', `Union leaders were told on Monday. ${same}`));
    const [a, b] = sources.map((r) => r.source.sentences.filter((x) => x.text === same));
    expect(a.map((x) => x.id)).toEqual([a[0].id, `${a[0].id}-2`]);
    expect(b[0].id).toBe(a[0].id);
    expect(sources[1].keys[2]).toBe(sources[0].keys[1]);
    expect(sources[1].keys[2]).toBe(sentenceKey(same.toUpperCase()));
  });

  it('keeps a sentence\'s anchor when another paragraph of the article is edited', () => {
    const before = read(article('a.txt', 'Plant to close', 'Acme Steel will close its Ohio plant.', 'About 400 jobs will go.')).sources[0].source.sentences;
    const after = read(article('a.txt', 'Plant to close', 'Acme Steel will close its big Ohio plant.', 'About 400 jobs will go.')).sources[0].source.sentences;
    expect(after.at(-1)!.id).toBe(before.at(-1)!.id);
    expect(after[1].id).not.toBe(before[1].id);
  });

  it('reads a word wink-nlp has no lemma for as its own lemma instead of stopping (FNC-1 body 1746)', () => {
    const { sources } = read(article('a.txt', 'Apple design', 'Designed by Jonathan Ive, the iMac was sleek, modern and affordable.'));
    const a = sources[0].annotations[1];
    expect(a.lemmas[a.words.indexOf('Ive')]).toBe('ive');
  });

  it('gives two files whose names fold to one source id distinct ids, with a warning naming both', () => {
    const { sources, warnings } = read(article('a.txt', 'One'), article('A.txt', 'Two'));
    expect(new Set(sources.map((s) => s.source.id)).size).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/a\.txt and A\.txt/);
  });
});

describe('sourceLabel', () => {
  it.each([
    ['the outlet when there is one', { outlet: 'The Daily Ledger', title: 'Acme to close plant' }, 'The Daily Ledger'],
    ['else the headline in quotes', { outlet: null, title: 'Acme to close plant' }, '“Acme to close plant”'],
    [
      'a long headline cut at a word, under 70 characters',
      { outlet: null, title: 'A very long headline about a steel company closing its plant in Ohio in March and more words' },
      '“A very long headline about a steel company closing its plant in Ohio…”',
    ],
  ])('%s', (_label, source, label) => expect(sourceLabel(source)).toBe(label));
});
