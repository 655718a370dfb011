/** What the pipeline knows about each sentence of a story, shared by its stages. */
import type { Annotated } from './annotate.ts';
import type { Attribution } from './attribute-speakers.ts';
import type { Polarity } from './classify-stance.ts';
import type { Worthiness } from './extract-claims.ts';
import type { TermVector } from './similarity.ts';
import type { Sentence, Speaker } from './types.ts';

/** Thresholds on term-weighted cosine similarity (see README, "How the analysis works"). */
export const SIMILARITY = {
  /** Two statements of one claim. */
  sameClaim: 0.4,
  /** An explicit denial ("not true", "denies") and the claim it answers. */
  denialLink: 0.25,
  /** ... or this, when the stance model reads the denial's whole article as disagreeing with the claim. */
  denialLinkWithModel: 0.15,
  /** A negated statement ("we haven't shared ...") and the claim it contradicts. */
  negationLink: 0.4,
  /** ... of which this much must come from the negation's own words (not its speaker's name). */
  negationContent: 0.25,
  /** Restatements this close must agree on their figures, or the claim is disputed. */
  sameFigures: 0.5,
};

/** One sentence of a story with everything the stages derived from it. */
export interface Info {
  source: number;
  sentence: Sentence;
  key: string;
  full: Annotated;
  claim: string;
  /** Content terms of the claim text (attribution removed): what similarity is computed on. */
  terms: string[];
  vector: TermVector;
  /** For a denial, the terms of what it denies (trailing context cut, see denialFocus); else `terms`. */
  focusTerms: string[];
  focusVector: TermVector;
  /** The claim's terms without its speaker's name: what it says, not who says it. */
  ownVector: TermVector;
  /** Content terms inside the scope of a negation ("we have not [shared any data]"). */
  negatedTerms: Set<string>;
  claimNames: string[];
  attribution: Attribution;
  speaker: Speaker;
  worth: Worthiness;
  polarity: Polarity;
}
