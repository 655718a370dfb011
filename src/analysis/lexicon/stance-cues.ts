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
