import { nlp, type ItemSentence } from './nlp.ts';
import { normalizeText, shortHash } from './hash.ts';
import type { Sentence } from './types.ts';

/** Joins a source's paragraphs into its archived text; sentence offsets point into the result. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** Key of a sentence's wording: equal for two copies of one sentence, in any source. */
export function sentenceKey(text: string): string {
  return shortHash(normalizeText(text), 10);
}

/** wink-nlp's sentences of a paragraph as [start, end) offsets into it. */
function locate(p: string): [number, number][] {
  const spans: [number, number][] = [];
  let cursor = 0;
  nlp.readDoc(p).sentences().each((s: ItemSentence) => {
    const raw = s.out().trim();
    if (!raw) return;
    const at = p.indexOf(raw, cursor);
    if (at < 0) return; // never emit an offset that does not point at the text
    spans.push([at, at + raw.length]);
    cursor = at + raw.length;
  });
  return spans;
}

function quoteIsOpen(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return straight % 2 === 1 || count(/“/g) > count(/”/g) || count(/\(/g) > count(/\)/g);
}

/**
 * Re-joins sentences the splitter cut inside a quotation ("A. B," she said.) or parentheses ("(CBSLA.com)"),
 * so a quote and its attribution stay one sentence: who said it is part of what it says. At most four pieces
 * are joined.
 */
function joinOpenQuotes(p: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < spans.length; i++) {
    let [start, end] = spans[i];
    let j = i;
    while (quoteIsOpen(p.slice(start, end)) && j + 1 < spans.length && j - i < 3) end = spans[++j][1];
    if (quoteIsOpen(p.slice(start, end))) end = spans[i][1], j = i;
    out.push([start, end]);
    i = j;
  }
  return out;
}

/**
 * Splits paragraphs into sentences with wink-nlp, each with character offsets into joinParagraphs(paragraphs)
 * and an anchor id derived from its wording (so anchors survive edits elsewhere in the article).
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  const used = new Map<string, number>();
  let base = 0;
  paragraphs.forEach((p, paragraph) => {
    for (const [at, end] of joinOpenQuotes(p, locate(p))) {
      const text = p.slice(at, end);
      const key = 's-' + sentenceKey(text).slice(0, 8);
      const n = (used.get(key) ?? 0) + 1;
      used.set(key, n);
      out.push({ id: n === 1 ? key : `${key}-${n}`, text, start: base + at, end: base + end, paragraph });
    }
    base += p.length + 2;
  });
  return out;
}
