import { CONTRADICTION_CUES, DENIAL_CUES } from './lexicon/check-worthiness.ts';
import { REPORTING_CUES } from './lexicon/attribution.ts';
import { contentTokens, roughSentences, tokenize } from './stance-model/tokenize.ts';
import { STANCE_LABELS, stanceProbabilities, viewBody, type BodyView, type StanceLabel, type StanceModel } from './stance-model/index.ts';

/**
 * Wraps the trained FNC-1 model as the engine's disagreement judge: the probability that a text disagrees with
 * a claim. The model was trained on whole articles; a sentence is a short article, which it reads less surely,
 * so the engine only uses it to veto links its own cues propose (see analyze-story.ts).
 */
export function makeDisagreementJudge(model: StanceModel): (claim: string, body: string) => number {
  // The engine asks about one article many times in a row; reading a long one once keeps a 1 MB seed in seconds.
  let last: { body: string; view: BodyView } | undefined;
  return (claim, body) => {
    if (last?.body !== body) last = { body, view: viewBody(body) };
    return stanceProbabilities(model, claim, last.view)[1];
  };
}

/** A body read for the engine's sentence cues: each sentence's content words and which cues it carries. */
export interface CueView {
  sentences: { words: Set<string>; denial: boolean; hedge: boolean }[];
}

/** Reads a body's sentences once for cueStance. */
export function viewCues(body: string): CueView {
  return {
    sentences: roughSentences(body).map((s) => ({
      words: new Set(contentTokens(tokenize(s))),
      denial: DENIAL_CUES.test(s) || CONTRADICTION_CUES.test(s),
      hedge: REPORTING_CUES.test(s),
    })),
  };
}

/**
 * The engine's own article-level reading, from sentence cues only: unrelated when no sentence shares two
 * claim words; disagree when such a sentence carries an explicit denial; discuss when one only relays a report;
 * else agree. The baseline the model is measured against.
 */
export function cueStance(claim: string, body: CueView): StanceLabel {
  const words = new Set(contentTokens(tokenize(claim)));
  const related = body.sentences.filter((s) => [...words].filter((w) => s.words.has(w)).length >= Math.min(2, words.size));
  if (related.length === 0) return 'unrelated';
  if (related.some((s) => s.denial)) return 'disagree';
  if (related.some((s) => s.hedge)) return 'discuss';
  return 'agree';
}

/**
 * The model, overruled by an explicit denial: when the model reads a body as agreeing or discussing but a
 * sentence sharing the claim's words says it is false, the body disagrees.
 */
export function combinedStance(model: StanceModel, claim: string, body: BodyView, cues: CueView): StanceLabel {
  const p = stanceProbabilities(model, claim, body);
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  const label = STANCE_LABELS[best];
  if ((label === 'agree' || label === 'discuss') && cueStance(claim, cues) === 'disagree') return 'disagree';
  return label;
}
