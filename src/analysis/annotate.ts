import { its, nlp } from './nlp.ts';
import { NUMBER_WORDS, SYNONYMS } from './lexicon/synonyms.ts';
import { STOPWORDS } from './lexicon/stopwords.ts';
import { META_TERMS } from './lexicon/attribution.ts';
import { NEGATORS } from './lexicon/stance-cues.ts';
import { fractionValue } from './figures.ts';

/** What later stages need to know about one sentence's words. */
export interface Annotated {
  /** Token texts as written. */
  words: string[];
  /** Character offset of each token in the annotated text. */
  offsets: number[];
  /** Lower-case lemmas. */
  lemmas: string[];
  /** Universal POS tags. */
  pos: string[];
  /** wink-nlp's negation flag per token (true inside the scope of "not", "never", ...). */
  negated: boolean[];
  /** Content lemmas, abbreviations folded together: what similarity is computed on. */
  terms: string[];
  /** Runs of proper nouns: candidate names of people, organisations, places and outlets. */
  names: string[];
  /** Numbers, money, percentages and dates mentioned, as written. */
  figures: { value: string; type: string }[];
  /** True when a verb is present (a sentence without one is a label, not a statement). */
  hasVerb: boolean;
}

/** The raw token stream of one sentence as wink-nlp reads it. */
export interface Tokens {
  words: string[];
  lemmas: string[];
  pos: string[];
  negated: boolean[];
  entities: { value: string; type: string }[];
}

const NAME_GLUE = new Set(['&', 'of', 'de', 'van', 'von', 'al', 'bin']);
const FIGURE_TYPES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'DATE', 'ORDINAL', 'TIME', 'DURATION']);

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
    // "Acme Corp ." read as two tokens keeps its full stop; the full stop that ends the sentence is not the name's.
    else if (run.length && ((w === '.' && i < words.length - 1 && /^[A-Z]/.test(words[i + 1])) || w === 'Co.' || w === 'Inc.')) run.push(w);
    else flush();
  }
  flush();
  return names.filter((n) => n.length > 1);
}

/** Folds a lemma onto its group's representative ("u.s." and "usa" are "us"; "eleven" is "11"). */
export function foldTerm(lemma: string): string {
  return SYNONYMS.get(lemma) ?? NUMBER_WORDS.get(lemma) ?? lemma;
}

/** Content terms of a token stream: lemmas without stop words, punctuation and words about the reporting. */
function contentTerms(words: string[], lemmas: string[], pos: string[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let l = lemmas[i];
    if (l === 'united' && /^states?$/.test(lemmas[i + 1] ?? '')) l = 'us', i++;
    // "4%", "4 per cent", "4 percent" and "4 pct" are one figure: the sign is a term, like the word.
    if (l === 'per' && lemmas[i + 1] === 'cent') l = 'percent', i++;
    if (l === '%' || l === 'pct') {
      terms.push('percent');
      continue;
    }
    if (pos[i] === 'PUNCT' || pos[i] === 'SYM' || STOPWORDS.has(l) || STOPWORDS.has(words[i].toLowerCase())) continue;
    if (!/[\p{L}\p{N}]/u.test(l)) continue;
    const term = foldTerm(l.replace(/[’']s$/, ''));
    if (term && /[\p{L}\p{N}]/u.test(term) && !META_TERMS.has(term) && !META_TERMS.has(l)) terms.push(term);
  }
  return terms;
}

/** Locates each token in the text it came from (wink-nlp gives values, not offsets). */
function locate(text: string, words: readonly string[]): number[] {
  const out: number[] = [];
  let cursor = 0;
  for (const w of words) {
    const at = text.indexOf(w, cursor);
    out.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + w.length;
  }
  return out;
}

/**
 * The figures of a sentence, a sum's scale written against it kept: wink-nlp reads "$7m" and "US$7bn" as "$7" and
 * "US$7", which would then differ from "$7 million". Only sums: "7m" after a plain number may be metres. A whole
 * number and the fraction after it ("6 1/2", read as "6" and "1/2") are one figure.
 */
function readFigureEntities(text: string, entities: Tokens['entities']): Annotated['figures'] {
  let cursor = 0, lastEnd = -1;
  const out: Annotated['figures'] = [];
  for (const e of entities) {
    if (!FIGURE_TYPES.has(e.type)) continue;
    const at = text.indexOf(e.value, cursor);
    if (at < 0) {
      out.push(e);
      continue;
    }
    cursor = at + e.value.length;
    const scale = e.type === 'MONEY' ? /^(?:mn|m|bn|b|k|tn)\b/i.exec(text.slice(cursor)) : null;
    const figure = scale ? { value: e.value + scale[0], type: e.type } : e;
    const prev = out[out.length - 1];
    if (prev && lastEnd >= 0 && text.slice(lastEnd, at) === ' ' && /\d$/.test(prev.value) && fractionValue(e.value) !== null) {
      out[out.length - 1] = { value: `${prev.value} ${figure.value}`, type: prev.type };
    } else {
      out.push(figure);
    }
    lastEnd = cursor;
  }
  return out;
}

/** Annotates a sentence from its token stream; `text` is the sentence the tokens were read from. */
export function annotateTokens(text: string, t: Tokens): Annotated {
  return {
    words: t.words, offsets: locate(text, t.words), lemmas: t.lemmas, pos: t.pos, negated: t.negated,
    terms: contentTerms(t.words, t.lemmas, t.pos), names: collectNames(t.words, t.pos),
    figures: readFigureEntities(text, t.entities), hasVerb: t.pos.some((p) => p === 'VERB' || p === 'AUX'),
  };
}

/** The part of the annotation of `text` whose tokens lie in [start, end) (a claim cut from its sentence). */
export function sliceAnnotation(a: Annotated, text: string, start: number, end: number): Annotated {
  if (start <= 0 && end >= text.length) return a;
  const keep = a.offsets.map((o, i) => (o >= start && o < end ? i : -1)).filter((i) => i >= 0);
  const pick = <T>(xs: T[]) => keep.map((i) => xs[i]);
  const words = pick(a.words), lemmas = pick(a.lemmas), pos = pick(a.pos);
  const part = text.slice(start, end);
  return {
    words, offsets: pick(a.offsets).map((o) => o - start), lemmas, pos, negated: pick(a.negated),
    terms: contentTerms(words, lemmas, pos), names: collectNames(words, pos), figures: a.figures.filter((f) => part.includes(f.value)),
    hasVerb: pos.some((p) => p === 'VERB' || p === 'AUX'),
  };
}

/**
 * wink-nlp's negation scope ends at a comma, a semicolon or a full stop but runs on past a colon, which ends a clause
 * too: in "Not him: the rapper first named as a suspect was ruled out" only "him" is negated, not the rapper (a
 * caption's "Not him:" had the sentence contradict the very claim it states). Training-split corpus of 200 stories:
 * 4 claims change, 3 of them from a sentence contradicting itself to reported; dev stories unchanged.
 */
function clauseScoped(words: readonly string[], negated: boolean[]): boolean[] {
  let cut = false;
  return negated.map((n, i) => {
    const before = words[i - 1] ?? '';
    if (NEGATORS.has(before.toLowerCase())) cut = false;
    else if (n && (before === ':' || before === ';')) cut = true;
    return n && !cut;
  });
}

/**
 * Whether the negator at `k` is inside a condition ("threatened to kill him if its demands were not met") or an
 * indirect question ("demanding to know why there wasn't better supervision", "asked whether it had not been
 * tested"): what such a clause negates is not asserted. The clause runs back to the nearest comma, semicolon, colon
 * or dash.
 */
export function negatesCondition(words: readonly string[], k: number): boolean {
  for (let i = k - 1; i >= 0 && !/^[,;:–—-]$/.test(words[i]); i--) if (/^(?:if|whether|why)$/i.test(words[i])) return true;
  return false;
}

/**
 * Whether the negator at `k` makes a negative imperative ("saying 'don't shoot'", "Do not touch the display"): a
 * "do" that opens its clause (the sentence, a quote, or after a comma, colon or dash) with no subject before it.
 * An order asserts nothing to contradict.
 */
function negatesImperative(words: readonly string[], k: number): boolean {
  if (!/^do$/i.test(words[k - 1] ?? '')) return false;
  const before = words[k - 2];
  return before === undefined || /^(?:[,;:–—-]|["“”'‘’])$/.test(before);
}

/** Relative pronouns that can be a clause's subject ("dozens more that did not get caught"). */
const SUBJECT_RELATIVES = new Set(['that', 'which', 'who']);
/**
 * Parts of speech that stand in a verb group around a negator: "will not be starring", "has never been", "that did
 * not", "we are not" (classify-stance.ts, decide-status.ts and the relative clauses below read them).
 */
export const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
/** What a relative pronoun follows: the noun (or noun phrase's last word) its clause describes. */
const ANTECEDENT = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * Whether the negator at `k` negates a subject relative clause ("dozens more that did not get caught", "a service
 * that wouldn't require a cable subscription", "a couple who can't afford it"): it negates what the clause says of
 * a noun, not what the sentence asserts. An auxiliary stands between the pronoun and the negator, and a noun before
 * the pronoun: not "said that he did not" (a subject between), "explained that not all creatures" (no auxiliary),
 * "but that is not true" (a demonstrative after a conjunction). A negation inside an "if" clause is subordinate too
 * (negatesCondition).
 */
export function negatesSubordinate(words: readonly string[], pos: readonly string[], k: number): boolean {
  if (negatesCondition(words, k) || negatesImperative(words, k)) return true;
  let i = k - 1;
  let aux = false;
  for (; i >= 0 && VERB_GROUP.has(pos[i]) && !SUBJECT_RELATIVES.has(words[i].toLowerCase()); i--) {
    if (pos[i] === 'AUX') aux = true;
  }
  return aux && i > 0 && SUBJECT_RELATIVES.has(words[i].toLowerCase()) && ANTECEDENT.has(pos[i - 1]);
}

/** Reads a token stream from a wink-nlp sentence or document. */
export function readTokens(item: { tokens(): { out(f?: unknown): unknown }; entities(): { out(f?: unknown): unknown } }): Tokens {
  const tokens = item.tokens();
  const words = tokens.out() as string[];
  return {
    words,
    // wink-nlp's typings declare its.lemma with the addons argument the runtime passes itself; the call is right.
    // It has no lemma for a few words ("Ive", as in Jonathan Ive: FNC-1 body 1746 stopped the analysis with a
    // TypeError); such a word is its own lemma.
    lemmas: (tokens.out(its.lemma as unknown as typeof its.value) as (string | undefined)[]).map((l, i) => (l ?? words[i]).toLowerCase()),
    pos: tokens.out(its.pos) as string[],
    negated: clauseScoped(words, tokens.out(its.negationFlag) as unknown as boolean[]),
    entities: item.entities().out(its.detail) as { value: string; type: string }[],
  };
}

/** Annotates one free-standing text (a posed claim, a test sentence): one wink-nlp read. */
export function annotate(text: string): Annotated {
  return annotateTokens(text, readTokens(nlp().readDoc(text)));
}
