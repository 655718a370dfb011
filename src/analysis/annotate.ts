import { its, nlp } from './nlp.ts';
import { SYNONYMS } from './lexicon/synonyms.ts';
import { STOPWORDS } from './lexicon/stopwords.ts';
import { META_TERMS } from './lexicon/attribution.ts';

/** What later stages need to know about one sentence's words. */
export interface Annotated {
  /** Token texts as written. */
  words: string[];
  /** Lower-case lemmas. */
  lemmas: string[];
  /** Universal POS tags. */
  pos: string[];
  /** wink-nlp's negation flag per token (true inside the scope of "not", "never", ...). */
  negated: boolean[];
  /** Content lemmas with synonyms folded together: what similarity is computed on. */
  terms: string[];
  /** Runs of proper nouns: candidate names of people, organisations, places and outlets. */
  names: string[];
  /** Numbers, money, percentages and dates mentioned, as written. */
  figures: { value: string; type: string }[];
  /** True when a verb is present (a sentence without one is a label, not a statement). */
  hasVerb: boolean;
}

const NAME_GLUE = new Set(['&', 'of', 'de', 'van', 'von', 'al', 'bin']);

function collectNames(words: string[], pos: string[]): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && NAME_GLUE.has(run[run.length - 1].toLowerCase())) run.pop();
    if (run.length) names.push(run.join(' ').replace(/\s+([.&])/g, '$1').replace(/ & /g, ' & '));
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const capital = /^[A-Z]/.test(w);
    if (pos[i] === 'PROPN' && capital) run.push(w);
    else if (run.length && NAME_GLUE.has(w.toLowerCase()) && /^[A-Z]/.test(words[i + 1] ?? '')) run.push(w);
    else if (run.length && (w === '.' || w === 'Co.' || w === 'Inc.')) run.push(w);
    else flush();
  }
  flush();
  return names.filter((n) => n.length > 1);
}

/** Folds a lemma onto its synonym group's representative. */
export function foldTerm(lemma: string): string {
  return SYNONYMS.get(lemma) ?? lemma;
}

/** Annotates one sentence with wink-nlp. */
export function annotate(text: string): Annotated {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const words = tokens.out() as string[];
  // wink-nlp's typings declare its.lemma with the addons argument the runtime passes itself; the call is right.
  const lemmas = (tokens.out(its.lemma as unknown as typeof its.value) as string[]).map((l) => l.toLowerCase());
  const pos = tokens.out(its.pos) as string[];
  const negated = tokens.out(its.negationFlag) as unknown as boolean[];
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let l = lemmas[i];
    if (l === 'united' && /^states?$/.test(lemmas[i + 1] ?? '')) l = 'us', i++;
    if (pos[i] === 'PUNCT' || pos[i] === 'SYM' || STOPWORDS.has(l) || STOPWORDS.has(words[i].toLowerCase())) continue;
    if (!/[\p{L}\p{N}]/u.test(l)) continue;
    const term = foldTerm(l.replace(/[’']s$/, ''));
    if (term && /[\p{L}\p{N}]/u.test(term) && !META_TERMS.has(term) && !META_TERMS.has(l)) terms.push(term);
  }
  const figures = (doc.entities().out(its.detail) as { value: string; type: string }[])
    .filter((e) => ['CARDINAL', 'MONEY', 'PERCENT', 'DATE', 'ORDINAL', 'TIME', 'DURATION'].includes(e.type))
    .map((e) => ({ value: e.value, type: e.type }));
  return { words, lemmas, pos, negated, terms, names: collectNames(words, pos), figures, hasVerb: pos.some((p) => p === 'VERB' || p === 'AUX') };
}
