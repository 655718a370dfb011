/**
 * Stage 6: claims the editors pose (content/claims/<id>.md with `story` and `claim`). A posed claim is read like
 * any statement; a discovered claim that restates it is merged into it (and its old id redirects there).
 */
import { annotate, foldTerm, type Annotated } from './annotate.ts';
import { callsFalse } from './link-denials.ts';
import { deniedVerb, sentencePolarity, verbNegatorIndex } from './classify-stance.ts';
import type { SentenceFacts } from './describe-sentences.ts';
import type { ClaimGroup } from './group-claims.ts';
import type { Representation, TextVector } from './represent.ts';
import { SIMILARITY } from './thresholds.ts';
import type { Message, PosedClaim } from './types.ts';

/** A posed claim with what the coverage says in its words. */
export interface PosedTarget {
  posed: PosedClaim;
  vector: TextVector;
  /** Names in the posed claim: the parties it is about. */
  names: string[];
  /** Sentences of discovered claims that restate it. */
  members: SentenceFacts[];
  /** Discovered claims merged into it. */
  absorbed: ClaimGroup[];
  /**
   * True when the posed claim itself reports a denial or calls something false ("North Korea denies plans to open a
   * restaurant"): the party's denial agrees with it, and links nowhere (link-denials.ts).
   */
  reportsFalsehood: boolean;
  /**
   * What the posed claim negates in whole, as terms: its verb and the subject it negates it of ("Bale will not play
   * Jobs": play, bale); null when it negates nothing in whole (gather-evidence.ts).
   */
  negation: { verb: string; subject: string } | null;
  /** True when the posed claim is a negated statement ("Macaulay Culkin hasn't died"), in whole or in part. */
  negative: boolean;
}

/** The subject of a negation: the last noun or name before the negator ("Missing Mexican students 'not found'": student). */
function negatedSubject(a: Annotated): string | null {
  for (let i = verbNegatorIndex(a.words) - 1; i >= 0; i--) if (a.pos[i] === 'NOUN' || a.pos[i] === 'PROPN') return foldTerm(a.lemmas[i]);
  return null;
}

function negationOf(a: Annotated): PosedTarget['negation'] {
  const verb = deniedVerb(a), subject = verb && negatedSubject(a);
  return verb && subject ? { verb, subject } : null;
}

/** Reads posed claims and merges into each the discovered claims that restate it. */
export function poseClaims(posed: readonly PosedClaim[], groups: readonly ClaimGroup[], rep: Representation, normalize: (terms: readonly string[]) => string[] = (t) => [...t]): { targets: PosedTarget[]; rest: ClaimGroup[]; messages: Message[] } {
  const messages: Message[] = [];
  const read = posed.map((p) => ({ p, nlp: annotate(p.text) }));
  // A restatement has the claim's polarity: "X did not resign" does not restate "X resigned".
  const negative = read.map(({ p, nlp }) => sentencePolarity(p.text, nlp) === 'negative');
  const targets: PosedTarget[] = read.map(({ p, nlp }, k) => ({
    posed: p, vector: rep.vector(normalize(nlp.terms)), names: nlp.names, members: [], absorbed: [], reportsFalsehood: callsFalse(nlp),
    negation: negative[k] ? negationOf(nlp) : null, negative: negative[k],
  }));
  const rest: ClaimGroup[] = [];
  for (const g of groups) {
    const groupNegative = g.representative.polarity === 'negative';
    let best = -1, bestSim: number = SIMILARITY.restatesPosed;
    targets.forEach((t, k) => {
      if (negative[k] !== groupNegative) return;
      const sim = Math.max(...g.vectors.map((v) => rep.coverage(t.vector, v)));
      if (sim >= bestSim) [best, bestSim] = [k, sim];
    });
    if (best < 0) {
      rest.push(g);
      continue;
    }
    targets[best].members.push(...g.members);
    targets[best].absorbed.push(g);
    messages.push({ stage: 'pose-claims', text: g.text, why: `merged into the posed claim "${targets[best].posed.text}" (${targets[best].posed.id})` });
  }
  return { targets, rest, messages };
}
