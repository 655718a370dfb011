import { annotateTokens, readTokens, type Annotated, type Tokens } from './annotate.ts';
import { nlp, type ItemSentence } from './nlp.ts';
import { normalizeText, shortHash } from './hash.ts';
import type { Sentence } from './types.ts';

/** Joins a source's paragraphs into its archived text; sentence offsets point into the result. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** sentenceKey of the sentences read lately: the id lock asks for the same sentences' keys again (bounded). */
const keys = new Map<string, string>();

/** Key of a sentence's wording: equal for two copies of one sentence, in any source. */
export function sentenceKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(text, (key = shortHash(normalizeText(text), 10)));
  }
  return key;
}

interface Piece {
  start: number;
  end: number;
  tokens: Tokens;
}

/** wink-nlp's sentences of a paragraph, read once: [start, end) offsets into it and their tokens. */
function readParagraph(p: string): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  nlp().readDoc(p).sentences().each((s: ItemSentence) => {
    const raw = s.out().trim();
    if (!raw) return;
    const at = p.indexOf(raw, cursor);
    if (at < 0) return; // never emit an offset that does not point at the text
    pieces.push({ start: at, end: at + raw.length, tokens: readTokens(s as never) });
    cursor = at + raw.length;
  });
  return pieces;
}

function quoteIsOpen(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return straight % 2 === 1 || count(/“/g) > count(/”/g) || count(/\(/g) > count(/\)/g);
}

function concat(pieces: Piece[]): Tokens {
  return {
    words: pieces.flatMap((x) => x.tokens.words), lemmas: pieces.flatMap((x) => x.tokens.lemmas), pos: pieces.flatMap((x) => x.tokens.pos),
    negated: pieces.flatMap((x) => x.tokens.negated), entities: pieces.flatMap((x) => x.tokens.entities),
  };
}

/**
 * Re-joins sentences the splitter cut inside a word: a full stop with no space after it and a digit or a
 * lower-case letter next ("10.00am", "el19digital.com") ends no sentence. ("It ended.The next day" stays
 * cut: a capital after the stop is a missing space more often than a name.)
 */
function joinUnspaced(p: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last && last.end === piece.start && p[last.end - 1] === '.' && /[\p{Ll}\p{N}]/u.test(p[piece.start] ?? '')) {
      out[out.length - 1] = { start: last.start, end: piece.end, tokens: concat([last, piece]) };
    } else out.push(piece);
  }
  return out;
}

/**
 * Re-joins sentences the splitter cut inside a quotation ("A. B," she said.) or parentheses ("(CBSLA.com)"),
 * so a quote and its attribution stay one sentence: who said it is part of what it says. At most four pieces
 * are joined.
 */
function joinOpenQuotes(p: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let j = i;
    while (quoteIsOpen(p.slice(pieces[i].start, pieces[j].end)) && j + 1 < pieces.length && j - i < 3) j++;
    if (quoteIsOpen(p.slice(pieces[i].start, pieces[j].end))) j = i;
    out.push(j === i ? pieces[i] : { start: pieces[i].start, end: pieces[j].end, tokens: concat(pieces.slice(i, j + 1)) });
    i = j;
  }
  return out;
}

/**
 * Splits paragraphs into sentences with wink-nlp, reading each paragraph once: every sentence comes with
 * character offsets into joinParagraphs(paragraphs), an anchor id derived from its wording (so anchors survive
 * edits elsewhere in the article), and its annotation.
 */
export function readSentences(paragraphs: readonly string[]): { sentences: Sentence[]; annotations: Annotated[]; keys: string[] } {
  const sentences: Sentence[] = [];
  const annotations: Annotated[] = [];
  const keys: string[] = [];
  const used = new Map<string, number>();
  let base = 0;
  paragraphs.forEach((p, paragraph) => {
    for (const piece of joinOpenQuotes(p, joinUnspaced(p, readParagraph(p)))) {
      const text = p.slice(piece.start, piece.end);
      const wording = sentenceKey(text);
      const key = 's-' + wording.slice(0, 8);
      const n = (used.get(key) ?? 0) + 1;
      used.set(key, n);
      sentences.push({ id: n === 1 ? key : `${key}-${n}`, text, start: base + piece.start, end: base + piece.end, paragraph });
      annotations.push(annotateTokens(text, piece.tokens));
      keys.push(wording);
    }
    base += p.length + 2;
  });
  return { sentences, annotations, keys };
}

/** The sentences of paragraphs, without their annotations. */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  return readSentences(paragraphs).sentences;
}
