/**
 * The numeric rating scale published in ClaimReview. Consumers read ClaimReview numbers as truth: the usual
 * scale runs from 1 (false) to 5 (true), and a "reported" published as the best rating reads as "true". This
 * software does not establish truth: it reads what the coverage says. So its statuses sit inside the scale,
 * never at its ends: 5 (true) and 1 (false) would need an independent check, which the software does not do.
 * README ("ClaimReview rating scale") and the methodology page explain the same.
 */
import type { Status } from '../analysis/index.ts';

export const RATING_WORST = 1;
export const RATING_BEST = 5;

/** Each status's place on the scale and the short text shown as the rating (`alternateName`). */
export const RATING: Record<Status, { value: number; text: string; meaning: string }> = {
  reported: { value: 3, text: 'Reported, unverified', meaning: 'stated in the coverage and not contradicted there; not shown true' },
  disputed: { value: 2, text: 'Disputed', meaning: 'contradicted on the record by another source, or figures differ; not shown false' },
  denied: { value: 2, text: 'Denied', meaning: 'a party the claim is about says it is false; not shown false' },
  unaddressed: { value: 3, text: 'Not addressed by the coverage', meaning: 'posed by the editors; no source speaks to it, so nothing is shown either way' },
};

/** The ends of the scale, which no status here reaches. */
export const RATING_ENDS = {
  [RATING_BEST]: 'true: shown true by an independent check (never given by this site)',
  [RATING_WORST]: 'false: shown false by an independent check (never given by this site)',
} as const;
