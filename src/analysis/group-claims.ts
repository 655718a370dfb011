/**
 * Stage 5: check-worthy sentences become candidate claims, and restatements across outlets are grouped into
 * one claim (cluster-claims.ts). Statements quoted from different parties, or of opposite polarity, never
 * merge. Each group gets a representative sentence, whose words are the claim's text.
 */
import type { SentenceFacts } from './describe-sentences.ts';
import { deniedVerb } from './classify-stance.ts';
import { clusterStatements } from './cluster-claims.ts';
import { isOpposer, negatedTerms, sameStatementPairs } from './link-denials.ts';
import { SPEECH_VERBS } from './lexicon/attribution.ts';
import type { Representation, TextVector } from './represent.ts';
import { readFigures } from './figures.ts';
import { partyOf, sameParty } from './parties.ts';
import { CHECK_WORTHY, DISTINCT_FIGURE, RESTATES_WORTHY, SIMILARITY } from './thresholds.ts';
import type { Message } from './types.ts';

/** Terms a statement needs before "all of it is in the other" means anything. */
const MIN_COVERED_TERMS = 3;
/** Share of the shorter statement's weight that must be found in the longer for it to count as restated. */
const COVERED = 0.7;

/** A group of sentences that state one claim. */
export interface ClaimGroup {
  members: SentenceFacts[];
  /** Vector of each member's claim (same order). */
  vectors: TextVector[];
  /** The member whose words stand for the claim. */
  representative: SentenceFacts;
  /** The claim as shown: the representative's claim text, or the quote with its speaker. */
  text: string;
}

/**
 * The figures of a statement that identify a fact (DISTINCT_FIGURE): counts and sums of at least that size, as
 * "type value" keys; not a year ("in 2016", read as a count when it stands alone).
 */
export function distinctFigures(x: SentenceFacts): Set<string> {
  return new Set(readFigures(x.claim.nlp.figures)
    .filter((f) => f.type !== 'PERCENT' && f.value >= DISTINCT_FIGURE && !/^(?:1[89]|20)\d\d$/.test(f.text.trim()))
    .map((f) => `${f.type} ${f.value}`));
}

/** "Acme (Jane Doe)" is Acme speaking through Jane Doe: either name stands for the party. */
function nameParts(speaker: string): string[] {
  const m = /^(.*?)\s*\((.*)\)$/.exec(speaker);
  return m ? [m[1], m[2]] : [speaker];
}

/**
 * Who made each quoted statement, as every name that stands for the party: the speaker's names, and the
 * organisation a person speaks for elsewhere in the story ("Acme (Jane Doe)" there, "Jane Doe" here).
 */
function quoteMakers(facts: readonly SentenceFacts[]): (x: SentenceFacts) => string[] | null {
  const orgsOf = new Map<string, Set<string>>();
  for (const x of facts) {
    if (x.speaker.kind !== 'named') continue;
    const [org, person] = nameParts(x.speaker.name);
    if (person) (orgsOf.get(person) ?? orgsOf.set(person, new Set()).get(person)!).add(org);
  }
  return (x) => {
    if (!x.attribution.quote || x.speaker.kind !== 'named') return null;
    const parts = nameParts(x.speaker.name);
    return [...parts, ...parts.flatMap((p) => [...(orgsOf.get(p) ?? [])])];
  };
}

function displayText(rep: SentenceFacts): string {
  const q = rep.attribution.quote;
  if (q && /^["“']/.test(rep.sentence.text) && rep.speaker.kind === 'named' && q.length > rep.sentence.text.length * 0.5) {
    return `${rep.speaker.name}: “${q.replace(/[,;:]$/, '').replace(/([^.!?])$/, '$1.')}”`;
  }
  return rep.claim.text.replace(/^([^"“]*)["”],?\.?$/, '$1.');
}

/** The member that best stands for the group: central, check-worthy, a full statement rather than a headline. */
function representative(members: SentenceFacts[], vectors: TextVector[], rep: Representation): SentenceFacts {
  const centrality = (i: number) => vectors.reduce((s, v, k) => s + (k === i ? 0 : rep.similarity(vectors[i], v)), 0) / Math.max(1, members.length - 1);
  const score = (i: number) => {
    const x = members[i];
    return centrality(i) + 0.05 * x.worth.score - (x.sentence.paragraph === 0 ? 0.15 : 0)
      - (x.attribution.generic || /^(?:it|the company|they|he|she)\b/i.test(x.claim.text) ? 0.3 : 0) - (x.claim.nlp.words.length > 40 ? 0.2 : 0);
  };
  let best = 0;
  for (let i = 1; i < members.length; i++) if (score(i) > score(best)) best = i;
  return members[best];
}

const SAYS = new RegExp(`^(?:${SPEECH_VERBS})$`, 'i');

/**
 * The party a statement is about when it opens with one: the name before its first verb ("Acme Corp has cut",
 * "Acme acknowledged"). Null when the statement opens otherwise ("The plant will close"), or when a verb of saying
 * hands it to a clause ("Acme said the plant will close").
 */
function subjectOf(x: SentenceFacts): string | null {
  const a = x.claim.nlp;
  const verb = a.pos.findIndex((p) => p === 'VERB' || p === 'AUX');
  if (verb < 0) return null;
  const first = a.pos.findIndex((p) => p === 'PROPN');
  if (first < 0 || first >= verb || first > 2) return null;
  // "Acme said the plant will close" is about the plant: a verb of saying followed by a clause hands the
  // statement to that clause's subject.
  const next = a.pos[verb + 1], after = a.words[verb + 1] ?? '';
  if (SAYS.test(a.words[verb]) && (next === 'PROPN' || next === 'DET' || next === 'PRON' || next === 'NUM' || /^that$/i.test(after))) return null;
  const name = a.names.find((n) => a.words.slice(first, verb).join(' ').startsWith(n.split(' ')[0]));
  return name ?? null;
}

/**
 * Groups the story's check-worthy statements into claims; says why each other sentence is not one. `published`
 * (given story-wide sentence indices) vetoes merges of claims the id lock keeps apart.
 */
export function groupClaims(
  facts: readonly SentenceFacts[], claimVectors: readonly TextVector[], rep: Representation,
  published: (a: readonly number[], b: readonly number[]) => boolean = () => true,
): { groups: ClaimGroup[]; messages: Message[] } {
  const messages: Message[] = [];
  const notWorthy = (x: SentenceFacts) => messages.push({ stage: 'group-claims', text: x.sentence.text, why: `not check-worthy (${x.worth.reasons.join(', ') || 'no named party, figure or action'})` });
  // A plain statement that names no party or figure ("a dog was abandoned at a railway station") is no claim of
  // its own, but it may restate one that check-worthy sentences make: it joins the clustering, and a group of
  // such sentences alone is dropped.
  const candidates = facts.filter((x) => {
    if (x.worth.score >= RESTATES_WORTHY && !isOpposer(x.polarity)) return true;
    if (!isOpposer(x.polarity)) notWorthy(x);
    return false;
  });
  // "X said A" and "Y said A" are two claims: statements quoted from different parties never merge.
  const makerOf = quoteMakers(facts);
  const makers = (g: readonly number[]) => g.map((i) => makerOf(candidates[i])).filter((p): p is string[] => p !== null);
  const alike = (x: string[], y: string[]) => x.some((a) => y.some((b) => sameParty(a, b)));
  // The same quoted words (one outlet quoting part of what another quotes in full) are one statement, whoever
  // each outlet credits with it ("a spokeswoman", "JPMorgan") and whichever part carries the negation.
  const sameStatement = sameStatementPairs(candidates);
  const quotedAlike = (a: readonly number[], b: readonly number[]) => a.some((i) => b.some((j) => sameStatement(i, j)));
  // "X resigned" and "X did not resign" are two claims; "the owner sold him, but could not give the buyer's
  // address" still restates "the owner sold him": a negation parts two statements only where it negates what
  // the other asserts.
  const negative = (i: number) => candidates[i].polarity === 'negative';
  // A statement negated in whole ("Bale will not be starring as Jobs") denies all it says, whatever verb the other
  // statement uses ("Bale is in talks to play Jobs").
  const whole = candidates.map((x) => x.polarity === 'negative' && deniedVerb(x.claim.nlp) !== null);
  const negates = (neg: readonly number[], pos: readonly number[]) =>
    neg.some((i) => negative(i) && pos.some((j) => !negative(j) && (whole[i] || candidates[j].claim.nlp.terms.some((t) => negatedOf(i).has(t)))));
  const negated = new Map<number, Set<string>>();
  const negatedOf = (i: number) => negated.get(i) ?? negated.set(i, negatedTerms(candidates[i].claim.nlp)).get(i)!;
  const opposite = (a: readonly number[], b: readonly number[]) =>
    negates(a, b) || negates(b, a);
  // The party of a statement its speaker makes about itself ("Acme acknowledged ...", said by Acme).
  const selves = candidates.map((x) => {
    const subject = subjectOf(x);
    return subject && x.speaker.kind === 'named' && sameParty(subject, partyOf(x.speaker.name)) ? subject : null;
  });
  const selfStatements = (g: readonly number[]) => g.map((i) => selves[i]).filter((p): p is string => p !== null);
  const about = (g: readonly number[], party: string) =>
    g.some((i) => candidates[i].claim.nlp.names.some((n) => sameParty(n, party)) || (candidates[i].speaker.kind === 'named' && sameParty(candidates[i].speaker.name, party)));
  // Statements of different outlets that give the same distinct figure state one fact (DISTINCT_FIGURE).
  const figures = candidates.map(distinctFigures);
  // The same distinct figures, all of them: "between $1,000 and $5,000" (earlier estimates), "between $4,000 and
  // $5,000" (a new report) and "up to $5,000" share one end of a range, not a fact.
  const sameFigure = (i: number, j: number) =>
    candidates[i].source !== candidates[j].source && figures[i].size > 0 && figures[i].size === figures[j].size && [...figures[i]].every((f) => figures[j].has(f));
  const figuredAlike = (a: readonly number[], b: readonly number[]) => a.some((i) => b.some((j) => sameFigure(i, j)));
  const canMerge = (a: readonly number[], b: readonly number[]) => {
    // ... even when the id lock keeps them apart: the lock guards against word weights that an added article
    // shifts (issue 6), and sharing a quote is no such thing; the retired id redirects to the merged claim.
    if (quotedAlike(a, b)) return true;
    if (opposite(a, b)) return false;
    const pa = makers(a), pb = makers(b);
    if (!(pa.length === 0 || pb.length === 0 || pa.some((x) => pb.some((y) => alike(x, y))))) return false;
    // A party's statement about its own conduct ("Acme acknowledged talks with Beta about X") restates only
    // statements that name that party, not "Beta asked banks for X" however many words they share.
    const sa = selfStatements(a), sb = selfStatements(b);
    if (sa.some((p) => !about(b, p)) || sb.some((p) => !about(a, p))) return false;
    // Claims published under different ids stay apart, so an added article cannot retire a published URL; but
    // not two that give one distinct figure, which no added article changes (the retired id redirects).
    if (figuredAlike(a, b)) return true;
    return published(a.map((i) => candidates[i].index), b.map((i) => candidates[i].index));
  };
  const vectors = candidates.map((c) => claimVectors[c.index]);
  const similarity = (i: number, j: number) => {
    if (sameStatement(i, j)) return 1;
    const sim = rep.similarity(vectors[i], vectors[j]);
    if (sim >= SIMILARITY.sameClaim) return sim;
    if (sim > 0 && sameFigure(i, j)) return SIMILARITY.sameClaim;
    // A restatement with added detail: nearly all of the shorter statement is in the longer one.
    const [small, large] = vectors[i].terms.size <= vectors[j].terms.size ? [vectors[i], vectors[j]] : [vectors[j], vectors[i]];
    return small.terms.size >= MIN_COVERED_TERMS && rep.coverage(small, large) >= COVERED ? SIMILARITY.sameClaim : sim;
  };
  const clusters = clusterStatements({ terms: candidates.map((c) => [...claimVectors[c.index].terms.keys()]), similarity, canMerge }, SIMILARITY.sameClaim);
  const groups = clusters.filter((c) => {
    if (c.some((i) => candidates[i].worth.score >= CHECK_WORTHY)) return true;
    c.forEach((i) => notWorthy(candidates[i]));
    return false;
  }).map((c) => {
    const members = c.map((i) => candidates[i]);
    const vectors = members.map((m) => claimVectors[m.index]);
    const r = representative(members, vectors, rep);
    for (const m of members) if (m !== r) messages.push({ stage: 'group-claims', text: m.sentence.text, why: `merged: restates "${displayText(r)}"` });
    return { members, vectors, representative: r, text: displayText(r) };
  });
  return { groups, messages };
}

/** A group of one sentence (a denial that answers no claim is itself a claim: "X denies Y" is news). */
export function singleGroup(x: SentenceFacts, vector: TextVector): ClaimGroup {
  return { members: [x], vectors: [vector], representative: x, text: displayText(x) };
}
