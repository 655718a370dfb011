/** Builds the early stages' records (stages 1-4) from short articles, for stage tests that need real sentences. */
import { describeSentences } from '../../src/analysis/describe-sentences.ts';
import { resetNlp } from '../../src/analysis/nlp.ts';
import { readSources } from '../../src/analysis/read-sources.ts';
import { representations } from '../../src/analysis/represent.ts';
import { storyTerms } from '../../src/analysis/story-terms.ts';
import type { ParsedSeed } from '../../src/analysis/types.ts';

/** An article as a seed: a headline and its paragraphs. */
export function article(file: string, title: string, ...paragraphs: string[]): ParsedSeed {
  return { file, title, outlet: null, url: null, published: null, author: null, paragraphs };
}

/** Stages 1-4 of a story: sentence facts, their terms, the lexical representation and each claim's vector. */
export function early(seeds: ParsedSeed[]) {
  resetNlp();
  const read = readSources('t', seeds);
  const { facts, canonical } = describeSentences(read.sources);
  const terms = storyTerms(facts, canonical);
  const rep = representations([...terms.claim, ...terms.sentence], terms.names).lexical;
  const claimVectors = terms.claim.map((t) => rep.vector(t));
  const find = (text: string) => {
    const x = facts.find((f) => f.sentence.text.includes(text));
    if (!x) throw new Error(`no sentence contains "${text}"`);
    return x;
  };
  return { read, facts, canonical, terms, rep, claimVectors, find };
}
