/**
 * Stage 7: every source read against every claim. The sentences that state a claim (its cluster) agree with it,
 * or discuss it when they only relay a report; the denials linked to it disagree. Beyond those, the stance
 * models read each other source that has a sentence touching the claim: the article model says whether the
 * source addresses the claim and how it stands (calibrated on dev stories, thresholds.ts EVIDENCE), the
 * sentence model says which of its sentences carries that stance. For a claim the coverage makes, the models
 * only add a contesting sentence that itself opposes (a denial, contradiction or negation); for a claim the
 * editors pose, they also find the sentences that report it.
 */
import { foldTerm } from './annotate.ts';
import { deniedVerb, isHedged, withholdsAnswer } from './classify-stance.ts';
import type { SentenceFacts } from './describe-sentences.ts';
import { callsFalse, isOpposer } from './link-denials.ts';
import type { EngineModels } from './models.ts';
import type { Representation, TextVector } from './represent.ts';
import { readBody, readClaim, stanceProbabilities, type BodyView, type ClaimView } from './stance-model/index.ts';
import { EVIDENCE, SIMILARITY } from './thresholds.ts';
import type { Source, Stance } from './types.ts';

/** A claim as evidence gathering sees it. */
export interface EvidenceTarget {
  /** The claim's words, as the models read them. */
  text: string;
  vector: TextVector;
  members: readonly SentenceFacts[];
  opposers: readonly SentenceFacts[];
  posed: boolean;
  /** True when a sentence's speaker is a party the claim is about. */
  isParty(x: SentenceFacts): boolean;
  /**
   * True when the claim calls what it reports false itself ("rumours of the castle's sale spread again";
   * link-denials.ts reportsFalsehood): a sentence that calls it false too agrees, so the models' reading of one as
   * disagreeing is no evidence against it.
   */
  reportsFalsehood?: boolean;
  /**
   * True for a denial that names what it denies and names something else (link-denials.ts deniesSomethingElse):
   * the models' reading of its article is no reason to read it against this claim.
   */
  deniesOther?(x: SentenceFacts): boolean;
  /**
   * For a posed claim that negates in whole what it says ("Bale will not play Jobs"), the verb it negates and that
   * verb's subject, as terms (pose-claims.ts): a source that states that verb of the same things ("Bale will play
   * Jobs") and never negates it contradicts the claim. Not for claims the coverage makes: their negations are more often
   * partial ("blamed parents for not educating their children", "no longer controlled the capital" against "lost
   * control of the capital"), and on five training-split corpora (1,000 stories) 21 of the 29 claims it disputed
   * were wrongly disputed.
   */
  negation?: { verb: string; subject: string } | null;
  /** True when the claim is a negated statement, in whole or in part ("Macaulay Culkin hasn't died"). */
  negative?: boolean;
}

/** One sentence found to bear on a claim. */
export interface Found {
  fact: SentenceFacts;
  stance: Stance;
  /**
   * How it was found: it states the claim, a cue links it as a denial, it states what the claim negates
   * (`opposite`), or the models read it.
   */
  by: 'statement' | 'denial' | 'opposite' | 'model';
}

/** What the models read once per story: each source as an article, and each sentence with its neighbours. */
export interface StoryReading {
  models: EngineModels;
  sources: readonly Source[];
  /** Sentence facts of each source, in order. */
  bySource: readonly (readonly SentenceFacts[])[];
  /** Vector of each sentence's full terms, by fact index. */
  sentenceVectors: readonly TextVector[];
  /** Vector of each source's whole text. */
  sourceVectors: readonly TextVector[];
  /** True for sources that share vocabulary with another source of the story (see EVIDENCE.coherent). */
  coherent: readonly boolean[];
  rep: Representation;
  /** The article model's reading of a source against a claim text, computed once per pair. */
  articleStance(claim: string, source: number): Float64Array;
  windowView(fact: SentenceFacts): BodyView;
}

/** Prepares the per-story reading; views are made on first use and kept for every claim. */
export function readStory(models: EngineModels, sources: readonly Source[], facts: readonly SentenceFacts[], sentenceVectors: readonly TextVector[], sourceVectors: readonly TextVector[], rep: Representation): StoryReading {
  const bySource = sources.map((_, s) => facts.filter((x) => x.source === s));
  const coherent = sourceVectors.map((v, s) => sourceVectors.some((w, t) => t !== s && rep.similarity(v, w) >= EVIDENCE.coherent));
  const articles = new Map<number, BodyView>(), windows = new Map<number, BodyView>();
  const claims = new Map<string, ReturnType<typeof readClaim>>(), stances = new Map<string, Float64Array>();
  return {
    models, sources, bySource, sentenceVectors, sourceVectors, coherent, rep,
    articleStance(claim, s) {
      const key = `${s}\u0000${claim}`;
      let p = stances.get(key);
      if (!p) {
        let c = claims.get(claim);
        if (!c) claims.set(claim, (c = readClaim(models.article, claim)));
        let v = articles.get(s);
        if (!v) articles.set(s, (v = readBody(models.article, sources[s].text)));
        stances.set(key, (p = stanceProbabilities(models.article, c, v)));
      }
      return p;
    },
    windowView(x) {
      let v = windows.get(x.index);
      if (!v) {
        const list = bySource[x.source], k = list.indexOf(x);
        windows.set(x.index, (v = readBody(models.sentence, list.slice(Math.max(0, k - 1), k + 2).map((y) => y.sentence.text).join(' '))));
      }
      return v;
    },
  };
}

/** True when the article model reads the source as contesting the claim (thresholds.ts EVIDENCE.contests). */
export function articleContests(reading: StoryReading, claim: string, source: number): boolean {
  return reading.articleStance(claim, source)[1] >= EVIDENCE.contests;
}

/** How much of the claim a sentence carries: its share of the claim's weight, or their similarity. */
function relevance(claim: TextVector, sentence: TextVector, rep: Representation): number {
  return Math.max(rep.coverage(claim, sentence), rep.similarity(claim, sentence));
}

type Candidate = { x: SentenceFacts; rel: number };

/**
 * Sentences of a source that touch the claim (EVIDENCE.candidate), with how much of it they carry; only those
 * `eligible` are scored (relevance is the cost of reading every source against every claim).
 */
function candidatesIn(target: EvidenceTarget, reading: StoryReading, s: number, eligible?: (x: SentenceFacts) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const x of reading.bySource[s]) {
    if (eligible && !eligible(x)) continue;
    const rel = relevance(target.vector, reading.sentenceVectors[x.index], reading.rep);
    if (rel >= EVIDENCE.candidate) out.push({ x, rel });
  }
  return out;
}

/** The sentence of a source closest to the claim, whatever its relevance (none when nothing is shared). */
function closest(target: EvidenceTarget, reading: StoryReading, s: number): Candidate[] {
  let best: Candidate | undefined;
  for (const x of reading.bySource[s]) {
    const rel = relevance(target.vector, reading.sentenceVectors[x.index], reading.rep);
    if (rel > (best?.rel ?? 0)) best = { x, rel };
  }
  return best ? [best] : [];
}

/** A denial, a contradiction or a negation that says no: not one that withholds an answer ("did not explain why"). */
const opposes = (x: SentenceFacts) => isOpposer(x.polarity) || (x.polarity === 'negative' && !withholdsAnswer(x.nlp));

/** A negation in a sentence's own spelling: wink-nlp does not read "isn’t" (typographic apostrophe) as one. */
const NEGATION_WORD = /\b(?:not|never|no longer)\b|n[’']t\b/i;

/**
 * The sentences of a source that state what a negated claim negates (EvidenceTarget.negation), in their own voice:
 * the negated verb as a verb ("Banksy's arrest" is no arrest), its subject ("a mass grave was found" is not "the
 * students were found"), and no negation; most of the claim's weight (SIMILARITY.restatesPosed, as for a restatement
 * of a posed claim: "54 bodies found in mass graves" does not restate "the students were not found in a mass
 * grave"); neither relaying a report ("local reports say the king
 * flew"), nor calling what it tells false ("a rumor cropped up that the Batmobile had been stolen"), nor asking
 * ("who can resist the phrase 'stolen Batmobile'?"). None when the source states the claim, or negates that verb
 * anywhere ("Reports said Bale would play Jobs. He will not."): it then tells of the opposite only to set it right.
 */
function statesOpposite(target: EvidenceTarget, reading: StoryReading, s: number): SentenceFacts[] {
  if (!target.negation) return [];
  const { verb, subject } = target.negation;
  const list = reading.bySource[s].filter((x) => reading.sentenceVectors[x.index].terms.has(verb));
  if (list.some((x) => target.members.includes(x) || NEGATION_WORD.test(x.sentence.text))) return [];
  // What the claim says without its negation: the opposite statement has none to share.
  const asserted = reading.rep.vector([...target.vector.terms.keys()].filter((t) => !/^(?:not|never|no)$/.test(t)));
  return list.filter((x) => x.polarity === 'positive' && reading.sentenceVectors[x.index].terms.has(subject) && x.nlp.pos.some((p, i) => p === 'VERB' && foldTerm(x.nlp.lemmas[i]) === verb)
    && !isHedged(x.sentence.text) && !callsFalse(x.nlp) && !/\?["”']?$/.test(x.sentence.text)
    && reading.rep.coverage(asserted, reading.sentenceVectors[x.index]) >= SIMILARITY.restatesPosed);
}

/** The candidate the sentence model reads as most disagreeing (an opposing sentence first), with that probability. */
function mostDisagreeing(pool: Candidate[], target: EvidenceTarget, reading: StoryReading, claim: () => ClaimView): { c: Candidate; p: number } {
  let best = pool[0], bestScore = -1, bestP = 0;
  for (const c of pool) {
    const p = stanceProbabilities(reading.models.sentence, claim(), reading.windowView(c.x))[1];
    const score = p + (opposes(c.x) ? 1 : 0);
    if (score > bestScore) [best, bestScore, bestP] = [c, score, p];
  }
  return { c: best, p: bestP };
}

/**
 * Evidence for a claim the editors pose: the article model decides how each source stands (disagree at
 * EVIDENCE.contests, else agree or discuss as EVIDENCE.agreeOverDiscuss weighs them, unless the source does not
 * address the claim); the evidence shown is the sentence that carries that stance: a linked denial or the
 * sentence the sentence model reads as most disagreeing; else the sentences that restate the claim, or the one
 * that carries most of it.
 */
function posedEvidence(target: EvidenceTarget, reading: StoryReading, s: number, claim: () => ClaimView): Found[] {
  const members = target.members.filter((x) => x.source === s);
  const opposers = target.opposers.filter((x) => x.source === s);
  let candidates = candidatesIn(target, reading, s);
  const p = reading.articleStance(target.text, s);
  // An article the model reads as addressing the claim, in words too different to match: its closest sentence.
  if (!candidates.length && p[3] < EVIDENCE.unrelatedBelow) candidates = closest(target, reading, s);
  if (!candidates.length && !members.length && !opposers.length) return [];
  const unrelatedBar = reading.coherent[s] ? EVIDENCE.unrelatedBelowCoherent : EVIDENCE.unrelatedBelow;
  // A party the claim is about calling it false settles the source's stance, whatever the model reads.
  // A source that contests the claim may state it too ("X reported A; Y denies it"): its restatements stay
  // evidence, as for a claim the coverage makes, beside the sentence that contests it.
  const stated = (against: Found[]): Found[] => [
    ...members.filter((x) => !against.some((f) => f.fact === x)).map((x): Found => ({ fact: x, stance: isHedged(x.sentence.text) ? 'discuss' : 'agree', by: 'statement' })),
    ...against,
  ];
  // A fact-check that rates false the claim it opens with ("Claim: X." then "FALSE") contests every posed claim that
  // states what that claim touches (EVIDENCE.candidate), whatever the model reads; not one that itself calls the
  // story false or negates it ("Macaulay Culkin NOT dead: hoax goes viral" agrees with the fact-check).
  const rated = target.reportsFalsehood || target.negative || NEGATION_WORD.test(target.text) ? [] : candidates.filter((c) => c.x.ratedFalse);
  if (rated.length) return stated(rated.map((c) => ({ fact: c.x, stance: 'disagree', by: 'denial' })));
  const partyDenials = opposers.filter((x) => x.polarity === 'deny' && target.isParty(x));
  if (partyDenials.length && p[1] >= EVIDENCE.partyDenialUnless) return stated(partyDenials.map((x) => ({ fact: x, stance: 'disagree', by: 'denial' })));
  // The claim restated with the very verb it asserts denied ("Bale will not be playing Jobs" against "Bale to play
  // Jobs") contradicts it, whatever the article model reads (it reads such an article as discussing the claim).
  const negations = opposers.filter((x) => x.polarity === 'negative' && target.vector.terms.has(deniedVerb(x.claim.nlp) ?? '')
    && reading.rep.similarity(target.vector, reading.sentenceVectors[x.index]) >= SIMILARITY.sameClaim);
  if (negations.length) return stated(negations.map((x) => ({ fact: x, stance: 'disagree', by: 'denial' })));
  const opposite = statesOpposite(target, reading, s);
  if (opposite.length) return opposite.map((x) => ({ fact: x, stance: 'disagree', by: 'opposite' }));
  if (opposers.length && p[1] >= EVIDENCE.contestsWithDenial) return stated(opposers.map((x) => ({ fact: x, stance: 'disagree', by: 'denial' })));
  // The sentence that carries a model-read disagreement must speak to the claim, not only to its topic.
  const pool = members.length ? members.map((x) => ({ x, rel: 1 })) : candidates.filter((c) => reading.rep.coverage(target.vector, reading.sentenceVectors[c.x.index]) >= EVIDENCE.addresses);
  // (Letting a sure sentence model contest with the article model at 0.3 measured worse: 0.650 vs 0.668; requiring
  // the sentence model to read the chosen sentence as disagreeing too, at 0.2 to 0.5, also: 0.710-0.698 vs 0.712.)
  if (p[1] >= EVIDENCE.contests && pool.length) return stated([{ fact: mostDisagreeing(pool, target, reading, claim).c.x, stance: 'disagree', by: 'model' }]);
  if (p[3] >= unrelatedBar && !members.length) return [];
  const stance: Stance = p[0] * EVIDENCE.agreeOverDiscuss >= p[2] ? 'agree' : 'discuss';
  if (members.length) return members.map((x) => ({ fact: x, stance, by: 'statement' }));
  // Only a linked denial the model does not read as contesting, and no sentence that carries the claim: nothing
  // here stands for or against it.
  if (!candidates.length) return [];
  const best = candidates.reduce((a, b) => (b.rel > a.rel ? b : a));
  return [{ fact: best.x, stance, by: 'model' }];
}

/**
 * Evidence for a claim the coverage makes: the sentences that state it (agree, or discuss when they only relay
 * a report) and the denials linked to it; in a source with neither, an opposing sentence the article model reads
 * as contesting the claim and the sentence model reads as disagreeing too. (The article model reads a whole
 * article against its main claim; an article that denies the story's central claim is no evidence against each
 * side remark of the story, hence the second reading.)
 */
function discoveredEvidence(target: EvidenceTarget, reading: StoryReading, s: number, claim: () => ClaimView): Found[] {
  const members = target.members.filter((x) => x.source === s);
  const opposers = target.opposers.filter((x) => x.source === s);
  if (members.length || opposers.length) {
    return [
      ...members.map((x): Found => ({ fact: x, stance: isHedged(x.sentence.text) ? 'discuss' : 'agree', by: 'statement' })),
      ...opposers.map((x): Found => ({ fact: x, stance: 'disagree', by: 'denial' })),
    ];
  }
  if (target.reportsFalsehood) return [];
  const opposing = candidatesIn(target, reading, s, (x) => opposes(x) && !target.deniesOther?.(x));
  if (!opposing.length || reading.articleStance(target.text, s)[1] < EVIDENCE.contests) return [];
  const best = mostDisagreeing(opposing, target, reading, claim);
  return best.p >= EVIDENCE.sentenceContests ? [{ fact: best.c.x, stance: 'disagree', by: 'model' }] : [];
}

/**
 * A sentence the models alone read as contesting claims the coverage makes contests one of them: the claim it is
 * closest to (`closeness`; the first on a tie). An article read as denying the story's main claim has one
 * sentence that carries it best, and that sentence was shown against each side remark of the story too ("There
 * have been conflicting reports about the identity of the woman" against "Very little is known about al-Baghdadi").
 * Posed claims keep theirs: for them the article model decides, sentence or not. `found[k]` is claim k's evidence.
 */
export function oneClaimPerModelContest(found: readonly (readonly Found[])[], posed: readonly boolean[], closeness: (x: SentenceFacts, k: number) => number): Found[][] {
  const contest = (f: Found, k: number) => !posed[k] && f.by === 'model' && f.stance === 'disagree';
  const owner = new Map<SentenceFacts, { k: number; c: number }>();
  found.forEach((list, k) => {
    for (const f of list) {
      if (!contest(f, k)) continue;
      const c = closeness(f.fact, k), held = owner.get(f.fact);
      if (!held || c > held.c) owner.set(f.fact, { k, c });
    }
  });
  return found.map((list, k) => list.filter((f) => !contest(f, k) || owner.get(f.fact)?.k === k));
}

/** Finds the evidence for one claim in every source, in source order. */
export function gatherEvidence(target: EvidenceTarget, reading: StoryReading): Found[] {
  let sentenceClaim: ClaimView | undefined;
  const claim = () => (sentenceClaim ??= readClaim(reading.models.sentence, target.text));
  const found = reading.sources.flatMap((_, s) => (target.posed ? posedEvidence : discoveredEvidence)(target, reading, s, claim));
  // A posed claim some sentence really speaks to: one states it, contests it, or carries enough of its words.
  // Articles that only cover the same event do not address it ("the dog needs an eyelid operation" is not
  // addressed by five articles about the dog that never mention its eyes).
  const addressed = found.some((f) => f.by === 'statement' || f.stance === 'disagree' || reading.rep.coverage(target.vector, reading.sentenceVectors[f.fact.index]) >= EVIDENCE.addresses);
  return !target.posed || addressed ? found : [];
}
