/**
 * Stage 1: parsed seeds to archived sources. Keeps only the article (strip-boilerplate.ts), splits it into
 * anchored sentences and reads each paragraph once with wink-nlp (split-sentences.ts).
 */
import { FALSE_RATING, RATED_CLAIM } from './lexicon/stance-cues.ts';
import type { Annotated } from './annotate.ts';
import { assignSourceIds } from './source-ids.ts';
import { joinParagraphs, readSentences } from './split-sentences.ts';
import { stripBoilerplate } from './strip-boilerplate.ts';
import type { Message, ParsedSeed, Source } from './types.ts';

/** A source with the annotation of each of its sentences (same order as `source.sentences`). */
export interface ReadSource {
  source: Source;
  annotations: Annotated[];
  /** Key of each sentence's wording (split-sentences.ts sentenceKey), same order. */
  keys: string[];
  /**
   * Claims the source rates false in a fact-check's layout (lexicon/stance-cues.ts RATED_CLAIM): the "Claim: ..."
   * paragraph, whose rating paragraph after it ("FALSE") is dropped with the headline-like lines.
   */
  ratedFalse: ReadonlySet<string>;
}

/** Display label of a source in reasons: its outlet, else its headline in quotes. */
export function sourceLabel(source: Pick<Source, 'outlet' | 'title'>): string {
  if (source.outlet) return source.outlet;
  const t = source.title.length > 70 ? source.title.slice(0, 69).replace(/\s+\S*$/, '') + '…' : source.title;
  return `“${t}”`;
}

/** Reads every seed of a story, in file-name order. */
export function readSources(storyId: string, seeds: readonly ParsedSeed[]): { sources: ReadSource[]; messages: Message[]; warnings: string[] } {
  const messages: Message[] = [];
  const sorted = [...seeds].sort((a, b) => (a.file < b.file ? -1 : 1));
  // Ids unique within the story by construction; names that fold to one id are told apart and reported.
  const { ids, warnings } = assignSourceIds(storyId, sorted.map((s) => s.file));
  const sources = sorted.map((seed) => {
    const id = ids.get(seed.file)!;
    const { paragraphs, removed } = stripBoilerplate(seed);
    for (const r of removed) messages.push({ stage: 'read-sources', source: id, text: r.text, why: `dropped: ${r.why}` });
    const all = [seed.title, ...paragraphs];
    const { sentences, annotations, keys } = readSentences(all);
    const source: Source = {
      id, file: seed.file, title: seed.title, outlet: seed.outlet, url: seed.url, published: seed.published, author: seed.author,
      paragraphs: all, text: joinParagraphs(all), sentences,
    };
    const raw = [seed.title, ...seed.paragraphs].map((p) => p.trim());
    const ratedFalse = new Set(raw.filter((p, i) => RATED_CLAIM.test(p) && FALSE_RATING.test(raw[i + 1] ?? '')));
    return { source, annotations, keys, ratedFalse };
  });
  return { sources, messages, warnings };
}
