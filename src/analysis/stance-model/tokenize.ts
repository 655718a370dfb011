import { STOPWORDS } from '../lexicon/stopwords.ts';

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/**
 * Lower-cased word tokens. Deliberately plain (one regular expression, no NLP model): the stance model must
 * read thousands of article bodies a second, and its features need words, not parses.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(WORD)) {
    const w = m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0];
    if (w) out.push(w);
  }
  return out;
}

/** Tokens without stop words: the topic-bearing words. */
export function contentTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !STOPWORDS.has(t) && t.length > 1);
}

/** Splits a body into rough sentences for the stance features (full NLP splitting is not needed here). */
export function roughSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 0);
}
