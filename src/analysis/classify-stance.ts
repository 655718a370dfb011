import type { Annotated } from './annotate.ts';
import { REPORTING_CUES } from './lexicon/attribution.ts';
import { CONTRADICTION_CUES, DENIAL_CUES } from './lexicon/check-worthiness.ts';
import type { Stance } from './types.ts';

/** Whether a sentence affirms, negates, or explicitly denies what it talks about. */
export type Polarity = 'positive' | 'negative' | 'deny' | 'contradict';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot']);
const NOT_NEGATING = /\b(?:not only|no doubt|no word on|no matter|not least|nothing but)\b/i;

/**
 * Reads a sentence's polarity: denial and contradiction phrases anywhere in it; negation words only in its
 * claim (`claim`, the sentence with attribution and side clauses cut), so ", which the ministry would not confirm,"
 * does not make a report negative.
 */
export function sentencePolarity(text: string, a: Annotated, claim: Annotated = a): Polarity {
  if (DENIAL_CUES.test(text)) return 'deny';
  if (CONTRADICTION_CUES.test(text)) return 'contradict';
  const negations = mainClauseWords(claim.words).filter((w) => NEGATORS.has(w.toLowerCase())).length;
  if (negations > 0 && !NOT_NEGATING.test(claim.words.join(' '))) return 'negative';
  return 'positive';
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);

/**
 * The words outside non-restrictive relative clauses (", whose name the ministry would not confirm,"): such a clause is an
 * aside about the reporting or a party, and a negation inside it does not negate the claim.
 */
function mainClauseWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let aside = false;
  words.forEach((w, i) => {
    if (!aside && w === ',' && RELATIVE.has((words[i + 1] ?? '').toLowerCase())) aside = true;
    else if (aside && w === ',') aside = false;
    else if (!aside) out.push(w);
  });
  return out;
}

/** True when the sentence relays a report ("reportedly", "according to", "X reported") rather than asserting. */
export function isHedged(text: string): boolean {
  return REPORTING_CUES.test(text);
}

/**
 * Stance of a sentence toward a claim it was grouped with or linked to. A sentence that states the claim
 * agrees, or discusses it when it only relays a report; a linked sentence of opposite polarity disagrees.
 */
export function sentenceStance(text: string, opposes: boolean): Stance {
  if (opposes) return 'disagree';
  return isHedged(text) ? 'discuss' : 'agree';
}
