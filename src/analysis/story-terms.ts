/**
 * Stage 4: the content terms each sentence is compared on. Outlets that the story cites as reporting are
 * attribution, not content: their names must not make two sentences look alike ("the Journal reported ..." on
 * every other line), so their words are dropped story-wide.
 *
 * (Folding a plural onto the singular the story uses, and "cease fire" onto the "ceasefire" it also writes,
 * measured worse: fixture expectations 125 -> 123, dev-story status macro-F1 0.674 -> 0.660.)
 */
import { foldTerm } from './annotate.ts';
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

/** A sentence in title case ("Acme Shares Fall After Report"), where capitals say nothing about names. */
function titleCase(words: readonly string[]): boolean {
  const wordy = words.filter((w) => /^\p{L}/u.test(w));
  return wordy.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > wordy.length;
}

/**
 * Terms wink-nlp misread as names because a capital opens the sentence ("Shares of Acme rose": "Shares", a proper
 * noun whose lemma is "shares"), each to the term the story's own lower-case use of the word gives ("sent shares
 * up": "share"). One sense per discourse: a word the story also writes with a capital inside a sentence (a name:
 * "Mark" in "said Mark Hill") keeps its reading, and so does the opening word of a run of names ("Hill Street").
 */
export function openingWordTerms(facts: readonly SentenceFacts[]): Map<string, string> {
  const common = new Map<string, string>(), named = new Set<string>(), opening = new Map<string, string>();
  for (const x of facts) {
    const { words, pos, lemmas } = x.nlp;
    const first = words.findIndex((w) => /^\p{L}/u.test(w));
    const title = titleCase(words);
    words.forEach((w, i) => {
      const lower = w.toLowerCase();
      if (w === lower && pos[i] !== 'PROPN') common.set(lower, lemmas[i]);
      else if (i !== first && !title && /^\p{Lu}/u.test(w)) named.add(lower);
    });
    const w = words[first];
    if (first >= 0 && pos[first] === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(w) && !(pos[first + 1] === 'PROPN' && /^\p{Lu}/u.test(words[first + 1] ?? ''))) {
      opening.set(foldTerm(lemmas[first].replace(/[’']s$/, '')), w.toLowerCase());
    }
  }
  const out = new Map<string, string>();
  for (const [term, lower] of opening) {
    const lemma = common.get(lower);
    if (lemma !== undefined && !named.has(lower) && foldTerm(lemma) !== term) out.set(term, foldTerm(lemma));
  }
  return out;
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
  const opening = openingWordTerms(facts);
  const normalize = (terms: readonly string[]) => terms.filter((t) => !reporters.has(t)).map((t) => opening.get(t) ?? t);
  const names = new Set<string>();
  for (const x of facts) x.nlp.pos.forEach((p, i) => (p === 'PROPN' || p === 'NUM') && !opening.has(x.nlp.lemmas[i]) && names.add(x.nlp.lemmas[i]));
  return { claim: facts.map((x) => normalize(x.claim.nlp.terms)), sentence: facts.map((x) => normalize(x.nlp.terms)), reporters, names, normalize };
}
