/**
 * Stage 4: the content terms each sentence is compared on. Outlets that the story cites as reporting are
 * attribution, not content: their names must not make two sentences look alike ("the Journal reported ..." on
 * every other line), so their words are dropped story-wide.
 *
 * (Folding a plural onto the singular the story uses, and "cease fire" onto the "ceasefire" it also writes,
 * measured worse: fixture expectations 125 -> 123, dev-story status macro-F1 0.674 -> 0.660.)
 */
import type { SentenceFacts } from './describe-sentences.ts';
import { REPORTING_CUES } from './lexicon/attribution.ts';

/** Words of the names cited as reporters in the story. */
function reporterWords(facts: readonly SentenceFacts[], canonical: Map<string, string>): Set<string> {
  const words = new Set<string>();
  for (const x of facts) {
    if (!x.attribution.who || x.attribution.generic || !REPORTING_CUES.test(x.sentence.text)) continue;
    const c = canonical.get(x.attribution.who) ?? x.attribution.who;
    for (const [alias, target] of canonical) if (target === c || alias === c) alias.toLowerCase().split(/\s+/).forEach((w) => words.add(w));
  }
  return words;
}

/** What the later stages compare sentences on. */
export interface StoryTerms {
  /** Terms of each sentence's claim (attribution cut off), by sentence index. */
  claim: string[][];
  /** Terms of each whole sentence. */
  sentence: string[][];
  /** Words of the outlets cited as reporting, left out of both. */
  reporters: Set<string>;
  /** Terms that are names or numbers somewhere in the story: never matched by meaning, only by spelling. */
  names: Set<string>;
  /** Any other text's terms (a posed claim, a denial's object) as the story's are: reporters' names left out. */
  normalize(terms: readonly string[]): string[];
}

/** The terms of every sentence's claim, and of the whole sentence, without reporters' names. */
export function storyTerms(facts: readonly SentenceFacts[], canonical: Map<string, string>): StoryTerms {
  const reporters = reporterWords(facts, canonical);
  const normalize = (terms: readonly string[]) => terms.filter((t) => !reporters.has(t));
  const names = new Set<string>();
  for (const x of facts) x.nlp.pos.forEach((p, i) => (p === 'PROPN' || p === 'NUM') && names.add(x.nlp.lemmas[i]));
  return { claim: facts.map((x) => normalize(x.claim.nlp.terms)), sentence: facts.map((x) => normalize(x.nlp.terms)), reporters, names, normalize };
}
