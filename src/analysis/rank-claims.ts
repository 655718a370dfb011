/**
 * Stage 9: how much each claim matters to the story. A claim many sources carry, one that is contested, one
 * close to what the headlines say, and one the editors pose lead the story page; single-source minor claims
 * are kept but listed after them.
 */
import { PROMINENCE } from './thresholds.ts';
import type { Status } from './types.ts';

/** What prominence reads about a claim. */
export interface RankInput {
  /** Sources that state or report it (not those that only contest it). */
  sources: number;
  status: Status;
  posed: boolean;
  /** Similarity to the nearest headline of the coverage, 0 to 1. */
  headline: number;
}

/** Prominence of a claim, 0 to 1. */
export function prominence(c: RankInput): number {
  if (c.posed) return PROMINENCE.posed;
  const extraSources = Math.min(3, Math.max(0, c.sources - 1));
  const contested = c.status === 'denied' || c.status === 'disputed' ? 1 : 0;
  return Math.min(1, PROMINENCE.perSource * extraSources + PROMINENCE.contested * contested + PROMINENCE.headline * c.headline);
}

/** Which claims are key: prominent enough, and at most PROMINENCE.maxKey of them, most prominent first. */
export function keyClaims(scores: readonly number[]): boolean[] {
  const order = scores.map((s, i) => [s, i] as const).filter(([s]) => s >= PROMINENCE.key).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const key = new Set(order.slice(0, PROMINENCE.maxKey).map(([, i]) => i));
  return scores.map((_, i) => key.has(i));
}
