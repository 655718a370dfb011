import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { representations } from '../../src/analysis/represent.ts';
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
