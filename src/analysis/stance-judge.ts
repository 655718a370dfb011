import { stanceProbabilities, viewBody, type StanceModel } from './stance-model/index.ts';

/**
 * Wraps the trained FNC-1 model as the engine's disagreement judge: the probability that a text disagrees with
 * a claim. The model was trained on whole articles; a sentence is a short article, which it reads less surely,
 * so the engine only uses it to veto links its own cues propose (see analyze-story.ts).
 */
export function makeDisagreementJudge(model: StanceModel): (claim: string, body: string) => number {
  return (claim, body) => stanceProbabilities(model, claim, viewBody(body))[1];
}
