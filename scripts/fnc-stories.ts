/**
 * Stories built from the FNC-1 development split, for the story-level benchmark (npm run bench:stories):
 * every headline with at least two related bodies becomes a story of those bodies plus two unrelated ones from
 * other development topics; the headline is the claim the editors pose. The gold status is contested (denied or
 * disputed) when any related body disagrees with the headline, else reported.
 */
import { seededRandom } from '../src/analysis/stance-model/mlp.ts';
import type { StanceLabel } from '../src/analysis/stance-model/index.ts';
import type { FncData } from './fnc-data.ts';

/** Unrelated articles added to every story (bodies from other topics of the same side of the split). */
export const DISTRACTORS = 2;

/** One benchmark story. */
export interface FncStory {
  /** The headline, posed as the claim. */
  claim: string;
  /** Articles in a fixed order: body id, text and gold stance toward the claim. */
  articles: { bodyId: string; body: string; stance: StanceLabel }[];
  /** Gold status: contested when any related body disagrees. */
  contested: boolean;
}

/** The stories of one side of the split ('dev' unless calibrating elsewhere), in a fixed order. */
export function fncStories(data: FncData, side: 'dev' | 'train' = 'dev'): FncStory[] {
  const pairs = side === 'dev' ? data.dev : data.train;
  const related = new Map<string, { bodyId: string; stance: StanceLabel }[]>();
  for (const p of pairs) {
    if (p.stance === 'unrelated') continue;
    related.set(p.claim, [...(related.get(p.claim) ?? []), { bodyId: p.bodyId, stance: p.stance }]);
  }
  const sideBodies = [...new Set(pairs.map((p) => p.bodyId))].sort((a, b) => Number(a) - Number(b));
  const rand = seededRandom(2017);
  const stories: FncStory[] = [];
  for (const claim of [...related.keys()].sort()) {
    const rel = related.get(claim)!.sort((a, b) => Number(a.bodyId) - Number(b.bodyId));
    if (rel.length < 2) continue;
    const topic = data.topicOf.get(rel[0].bodyId);
    const others = sideBodies.filter((b) => data.topicOf.get(b) !== topic);
    const extra: string[] = [];
    while (extra.length < DISTRACTORS && extra.length < others.length) {
      const b = others[Math.floor(rand() * others.length)];
      if (!extra.includes(b)) extra.push(b);
    }
    const articles = [...rel, ...extra.map((bodyId) => ({ bodyId, stance: 'unrelated' as const }))].map((a) => ({ ...a, body: data.bodies.get(a.bodyId)! }));
    stories.push({ claim, articles, contested: rel.some((r) => r.stance === 'disagree') });
  }
  return stories;
}
