/**
 * Word lists that signal how a text stands toward a claim. Data only: the logic that uses them lives in
 * the stance model's features and in classify-stance.ts.
 */

/** Words that refute or deny (the FNC-1 baseline's list, extended with common newsroom phrasing). */
export const REFUTING_WORDS: readonly string[] = [
  'fake', 'fraud', 'hoax', 'false', 'falsely', 'deny', 'denies', 'denied', 'denying', 'denial', 'nope', 'doubt',
  'doubts', 'bogus', 'debunk', 'debunked', 'debunks', 'pranks', 'prank', 'retract', 'retracted', 'untrue', 'incorrect',
  'incorrectly', 'inaccurate', 'baseless', 'refute', 'refuted', 'refutes', 'rejects', 'rejected', 'dismissed',
  'dismisses', 'misleading', 'rumour', 'rumor', 'unfounded', 'nonsense', 'satire', 'satirical', 'fabricated',
];

/**
 * Negation words, as the engine reads a sentence's polarity (classify-stance.ts) and a negation's scope
 * (annotate.ts). wink-nlp reads "didn’t" (typographic apostrophe) as "did" + "n’t", which this set does not hold:
 * reading it as "n't" was measured and made dev stories worse (status macro-F1 0.707 -> 0.695: quotes such as
 * "don’t accept ..." became negations linked as denials), so a negation spelt that way is, for now, not one.
 */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot']);

/** Words (lemmas) that negate the verb they govern without a negator: "was unable to stop", "failed to pay", "is yet to confirm". */
export const IMPLICIT_NEGATIVES: ReadonlySet<string> = new Set(['unable', 'fail', 'refuse', 'decline', 'yet']);

/** Plain negators: weaker than a refutation, and common in any text, so they are counted apart. */
export const NEGATING_WORDS: readonly string[] = ['not', "n't", 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without'];

/** Words that report without committing (the FNC-1 "discuss" signal). */
export const HEDGING_WORDS: readonly string[] = [
  'allegedly', 'reportedly', 'reported', 'reports', 'report', 'according', 'claims', 'claimed', 'claim',
  'apparently', 'purportedly', 'supposedly', 'rumored', 'rumoured', 'unconfirmed', 'unverified', 'may', 'might',
  'could', 'appears', 'suggests', 'sources', 'source', 'believed', 'speculation', 'alleged',
];

/** Words that confirm. */
export const CONFIRMING_WORDS: readonly string[] = [
  'confirmed', 'confirms', 'confirm', 'announced', 'announces', 'officially', 'verified', 'acknowledged',
  'admitted', 'admits', 'revealed', 'proved', 'proves', 'indeed', 'true',
];

/**
 * A fact-check's verdict on a claim, in the layout fact-checking sites use: a paragraph opening "Claim:" and, alone
 * in the next paragraph, a rating of false ("FALSE", "PROBABLY FALSE", "MOSTLY FALSE"; read-sources.ts and
 * describe-sentences.ts read the claim as the source contradicting what it states). The rating is in capitals, as
 * such sites set it.
 */
export const RATED_CLAIM = /^Claim:\s+\S/;
export const FALSE_RATING = /^(?:(?:PROBABLY|MOSTLY) )?FALSE\.?$/;
