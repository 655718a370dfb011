import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { representations } from '../../src/analysis/represent.ts';
import { cosine, coverage, storyIdf, TermSpace, termVector } from '../../src/analysis/similarity.ts';
import { models } from './helpers.ts';

const { embeddings } = models();
const terms = (s: string) => annotate(s).terms;

function reps(texts: string[]) {
  const lists = texts.map(terms);
  const names = new Set<string>();
  for (const t of texts) { const a = annotate(t); a.pos.forEach((p, i) => (p === 'PROPN' || p === 'NUM') && names.add(a.lemmas[i])); }
  return { lists, r: representations(lists, names, embeddings) };
}

describe('representations', () => {
  it.each([
    ['identical statements are 1 in every representation', 'Acme cut 400 jobs.', 'Acme cut 400 jobs.', (l: number, s: number) => l > 0.99 && s > 0.99],
    ['nothing in common is 0 in every representation', 'Acme cut 400 jobs.', 'The museum reopened on Saturday.', (l: number, s: number) => l === 0 && s === 0],
    ['words of one meaning count in the semantic representation only', 'Police opened an inquiry into the crash.', 'Police opened an investigation into the crash.', (l: number, s: number) => s > l + 0.1],
    ['names never match other names by meaning', 'JPMorgan refused to comment.', 'Citigroup refused to comment.', (l: number, s: number) => Math.abs(s - l) < 1e-9],
  ])('%s', (_label, a, b, holds) => {
    const { lists, r } = reps([a, b]);
    const [va, vb] = lists.map((l) => r.lexical.vector(l));
    const l = r.lexical.similarity(va, vb), s = r.semantic.similarity(va, vb);
    expect(holds(l, s), `lexical ${l}, semantic ${s}`).toBe(true);
    expect(r.hybrid.similarity(va, vb)).toBeGreaterThanOrEqual(l - 1e-9);
  });

  it('weighs a word the story never uses as its rarest word', () => {
    const { r } = reps(['The dog was found at the station.', 'The dog was tied at the station.']);
    const v = r.lexical.vector(terms('The dog needs an eyelid operation.'));
    expect(v.terms.get('eyelid')!).toBeGreaterThan(v.terms.get('dog')!);
  });
});

describe('TermSpace', () => {
  // The packed cosine and coverage the hot loops read must equal the Map versions bit for bit: a threshold
  // compared with a sum added in another order could flip.
  it('gives exactly cosine() and coverage() of the same vectors', () => {
    // Long, overlapping term lists with repeats, so that summing in another order would round differently.
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const lists = [
      ...Array.from({ length: 12 }, (_, k) => Array.from({ length: 8 + ((k * 7) % 23) }, (_, i) => words[(k * 5 + i * (k + 2)) % words.length])),
      ['acme', 'steel', 'close', 'ohio', 'plant'], ['plant', 'ohio', 'acme', 'march', 'job', 'job'], ['dog', 'station'], [],
    ];
    const idf = storyIdf(lists);
    const space = new TermSpace();
    const vs = lists.map((t) => termVector(t, idf));
    const packed = vs.map((v) => space.pack(v));
    let nonzero = 0;
    for (let i = 0; i < vs.length; i++) {
      for (let j = 0; j < vs.length; j++) {
        expect(space.cosine(packed[i], packed[j])).toBe(cosine(vs[i], vs[j]));
        expect(space.coverage(packed[i], packed[j])).toBe(coverage(vs[i], vs[j]));
        if (cosine(vs[i], vs[j]) > 0) nonzero++;
      }
    }
    expect(nonzero).toBeGreaterThan(vs.length);
  });
});
