/**
 * Sentence-level training signal from article-level labels. FNC-1 says how a whole body stands toward a
 * headline; the sentences that carry that stance are, most of the time, the ones that restate the headline
 * (and, for a disagreeing body, the ones among them that refute or negate). Those inherit the body's label;
 * sentences of unrelated bodies, and sentences of related bodies that share nothing with the claim, are
 * `unrelated`. The result is noisy by construction: the sentence model is one voice among the engine's cues.
 */
import { NEGATING_WORDS, REFUTING_WORDS } from '../lexicon/stance-cues.ts';
import type { StanceExample, StancePair } from './index.ts';
import { seededRandom } from './mlp.ts';
import { contentTokens, roughSentences, tokenize } from './tokenize.ts';

/** Share of the claim's content words a sentence needs to count as restating it. */
const RESTATES = 0.25;
/** Most sentences per body that inherit the body's label. */
const PER_BODY = 2;

const OPPOSING = new Set([...REFUTING_WORDS, ...NEGATING_WORDS]);

/** The text a sentence model reads for sentence i: the sentence with the one before and after it. */
export function sentenceWindow(sentences: readonly string[], i: number): string {
  return sentences.slice(Math.max(0, i - 1), i + 2).join(' ');
}

/** Sentence examples for every pair, in pair order, deterministic for a seed. */
export function sentenceExamples(pairs: readonly StancePair[], seed = 2017): StanceExample[] {
  const rand = seededRandom(seed);
  const split = new Map<string, { text: string; words: Set<string>; opposes: boolean }[]>();
  const out: StanceExample[] = [];
  for (const p of pairs) {
    let sentences = split.get(p.body);
    if (!sentences) {
      split.set(p.body, (sentences = roughSentences(p.body).map((text) => {
        const tokens = tokenize(text);
        return { text, words: new Set(contentTokens(tokens)), opposes: tokens.some((t) => OPPOSING.has(t) || t.endsWith("n't")) };
      })));
    }
    if (sentences.length === 0) continue;
    const claim = [...new Set(contentTokens(tokenize(p.claim)))];
    const rel = sentences.map((s) => (claim.length ? claim.filter((w) => s.words.has(w)).length / claim.length : 0));
    const order = rel.map((_, i) => i).sort((a, b) => rel[b] - rel[a] || a - b);
    const texts = sentences.map((s) => s.text);
    const add = (i: number, stance: StancePair['stance']) => out.push({ claim: p.claim, text: sentenceWindow(texts, i), stance });
    if (p.stance === 'unrelated') {
      add(order[0], 'unrelated');
      add(Math.floor(rand() * sentences.length), 'unrelated');
      continue;
    }
    let carriers = order.filter((i) => rel[i] >= RESTATES);
    if (p.stance === 'disagree') {
      const opposing = carriers.filter((i) => sentences[i].opposes);
      if (opposing.length) carriers = opposing;
    }
    carriers.slice(0, PER_BODY).forEach((i) => add(i, p.stance));
    const offTopic = order.filter((i) => rel[i] === 0);
    if (offTopic.length) add(offTopic[Math.floor(rand() * offTopic.length)], 'unrelated');
  }
  return out;
}
