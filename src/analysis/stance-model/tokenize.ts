import { STOPWORDS } from '../lexicon/stopwords.ts';

const SEPARATORS = /[^a-z0-9']+/;

/**
 * Lower-cased word tokens. Deliberately plain (one split, no NLP model): the stance model must read thousands
 * of article bodies a second, and its features need words, not parses. A possessive "'s" is dropped.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (let w of text.toLowerCase().replace(/[’‘]/g, "'").split(SEPARATORS)) {
    if (w.charCodeAt(0) === 39) w = w.replace(/^'+/, '');
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.endsWith("'")) w = w.replace(/'+$/, '');
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
