/**
 * The pipeline: one story's seeds to its sources and claims, as an ordered list of stages, each a pure
 * function of what the stages before it produced. Nothing here decides anything itself.
 */
import { assignIds, lockKeys, lockVeto } from './assign-ids.ts';
import { resetNlp } from './nlp.ts';
import { answersOutright, decideStatus, evidenceFacts, speaksForParty } from './decide-status.ts';
import { describeSentences, type SentenceFacts } from './describe-sentences.ts';
import { articleContests, gatherEvidence, oneClaimPerModelContest, readStory, type EvidenceTarget } from './gather-evidence.ts';
import { groupClaims, singleGroup, type ClaimGroup } from './group-claims.ts';
import { deniesSomethingElse, isOpposer, linkOpposers, opposerViews, reportsFalsehood } from './link-denials.ts';
import type { EngineModels } from './models.ts';
import { actorNames } from './parties.ts';
import { poseClaims } from './pose-claims.ts';
import { keyClaims, prominence } from './rank-claims.ts';
import { readSources, sourceLabel } from './read-sources.ts';
import { representations, type TextVector } from './represent.ts';
import { storyTerms } from './story-terms.ts';
import { CHECK_WORTHY, SIMILARITY } from './thresholds.ts';
import type { Claim, ClaimIdLock, Message, ParsedSeed, PosedClaim, Story } from './types.ts';

/** Options for analyzeStory. */
export interface AnalyzeOptions {
  /** The trained models (word vectors, stance models); the loader reads them once per process. */
  models: EngineModels;
  /** Story title chosen by the editors; else the most representative headline. */
  title?: string;
  /** Claim ids of the previous run, so ids survive rebuilds (see assign-ids.ts). */
  lock?: ClaimIdLock;
  /** Ids the site publishes now (the corrections log's last state): preferred when a claim matches several. */
  published?: readonly string[];
  /** Claims the editors pose for this story. */
  posed?: readonly PosedClaim[];
}

/** What analyzeStory returns: the story, the updated id lock, and what was dropped or merged and why. */
export interface Analysis {
  story: Story;
  lock: ClaimIdLock;
  messages: Message[];
  /** What the editor should know that does not stop the build (two file names that fold to one source id). */
  warnings: string[];
}

/** A claim before its id: what it is made of and what was found about it. */
interface Draft {
  text: string;
  posedId: string | null;
  target: EvidenceTarget;
  order: number;
  /** The statements' sentences; what ids are matched on. */
  sentences: string[];
}

/** Analyses one story: archived sources with anchored sentences, and its claims with evidence and status. */
export function analyzeStory(storyId: string, seeds: readonly ParsedSeed[], options: AnalyzeOptions): Analysis {
  resetNlp(); // a story's reading depends on that story alone (nlp.ts)
  const read = readSources(storyId, seeds);
  const sources = read.sources.map((r) => r.source);
  const { facts, canonical } = describeSentences(read.sources);
  const terms = storyTerms(facts, canonical);
  // Restatements are grouped on words; evidence and denials are matched on words and meaning (README,
  // "How the analysis decides": what each measured).
  const reps = representations([...terms.claim, ...terms.sentence], terms.names, options.models.embeddings);
  const rep = reps.lexical;
  const claimVectors = terms.claim.map((t) => rep.vector(t));
  const sentenceVectors = terms.sentence.map((t) => rep.vector(t));
  const grouped = groupClaims(facts, claimVectors, reps.lexical, lockVeto(options.lock, facts.map((x) => x.sentence.text)));
  const posed = poseClaims(options.posed ?? [], grouped.groups, rep, terms.normalize);
  const views = opposerViews(facts, terms.claim, rep, terms.normalize);
  const sourceVectors = sources.map((_, s) => rep.vector(facts.filter((x) => x.source === s).flatMap((x) => terms.sentence[x.index])));
  const reading = readStory(options.models, sources, facts, sentenceVectors, sourceVectors, rep);

  // Denials link to the claims they answer, posed ones included; a denial that answers none is a claim itself.
  const groups: ClaimGroup[] = [...posed.rest];
  const linkTargets = [
    ...posed.targets.map((t) => ({ members: t.members, vectors: [t.vector, ...t.members.map((m) => claimVectors[m.index])], negative: false, reportsFalsehood: t.reportsFalsehood, sources: new Set(t.members.map((m) => m.source)).size })),
    ...groups.map((g) => ({ members: g.members, vectors: g.vectors, negative: g.representative.polarity === 'negative', reportsFalsehood: reportsFalsehood(g.representative), sources: new Set(g.members.map((m) => m.source)).size })),
  ];
  const targetText = (c: number) => (c < posed.targets.length ? posed.targets[c].posed.text : groups[c - posed.targets.length].representative.claim.text);
  const links = linkOpposers(linkTargets, facts, views, rep, (c, s) => articleContests(reading, targetText(c), s));
  const linked = new Set([...links.values()].flat());
  for (const x of facts) if (isOpposer(x.polarity) && !linked.has(x) && x.worth.score >= CHECK_WORTHY) groups.push(singleGroup(x, claimVectors[x.index]));

  const name = (n: string) => canonical.get(n) ?? n;
  const partiesOf = (members: readonly SentenceFacts[]) => [...new Set(members.flatMap((m) => [...actorNames(m.claim.nlp).map(name), ...(m.attribution.quote && m.speaker.kind === 'named' ? [m.speaker.name] : [])]))];
  const isReporter = (n: string) => n.toLowerCase().split(/\s+/).every((w) => terms.reporters.has(w));
  const partyTest = (parties: string[]) => speaksForParty(parties, isReporter);
  const drafts: Draft[] = [
    ...posed.targets.map((t, k) => {
      const parties = [...t.names.map(name), ...partiesOf(t.members)];
      return {
        text: t.posed.text, posedId: t.posed.id, order: -1e9 + k, sentences: sentencesOf(t.members),
        target: { text: t.posed.text, vector: t.vector, members: t.members, opposers: links.get(k) ?? [], posed: true, isParty: partyTest(parties), negation: t.negation, negative: t.negative, reportsFalsehood: t.reportsFalsehood },
      };
    }),
    ...groups.map((g, k) => {
      const parties = partiesOf(g.members);
      return {
        text: g.text, posedId: null, order: g.members[0].index, sentences: sentencesOf(g.members),
        target: { text: g.representative.claim.text, vector: claimVectors[g.representative.index], members: g.members, opposers: links.get(posed.targets.length + k) ?? [], posed: false, isParty: partyTest(parties), reportsFalsehood: reportsFalsehood(g.representative),
          deniesOther: (x: SentenceFacts) => deniesSomethingElse(views.get(x.index), g.members) },
      };
    }),
  ];
  const headlines = facts.filter((x) => x.sentence.paragraph === 0).map((x) => claimVectors[x.index]);
  const founds = oneClaimPerModelContest(drafts.map((d) => gatherEvidence(d.target, reading)), drafts.map((d) => d.target.posed), (x, k) => rep.similarity(claimVectors[x.index], drafts[k].target.vector));
  const built = drafts.map((d, k) => {
    const found = founds[k];
    const close = (x: SentenceFacts) => rep.similarity(claimVectors[x.index], d.target.vector) >= SIMILARITY.sameFigures;
    const restate = (a: SentenceFacts, b: SentenceFacts) => rep.similarity(claimVectors[a.index], claimVectors[b.index]) >= SIMILARITY.sameFigures;
    const facts = evidenceFacts(found, d.target.isParty, sources, close, restate, answersOutright(d.target.members, new Set(d.target.vector.terms.keys())));
    const verdict = decideStatus(facts, (id) => sourceLabel(sources.find((s) => s.id === id)!));
    const stating = new Set(found.filter((f) => f.stance !== 'disagree').map((f) => f.fact.source)).size;
    const score = prominence({ sources: stating, status: verdict.status, posed: d.posedId !== null, headline: nearest(d.target.vector, headlines, rep.similarity) });
    return { draft: d, found, evidence: facts.map((f) => f.evidence), verdict, score };
  });
  built.sort((a, b) => b.score - a.score || a.draft.order - b.draft.order);
  const key = keyClaims(built.map((b) => b.score));
  const discovered = built.filter((b) => b.draft.posedId === null);
  const { ids, lock } = assignIds(storyId, discovered.map((b) => ({ sentences: b.draft.sentences, text: b.draft.text })), options.lock, new Set(options.published), built.filter((b) => b.draft.posedId !== null).map((b) => ({ sentences: b.draft.sentences })));
  const idOf = new Map(discovered.map((b, i) => [b, ids[i]]));
  const claims: Claim[] = built.map((b, i) => ({
    id: b.draft.posedId ?? idOf.get(b)!, text: b.draft.text, status: b.verdict.status, reason: b.verdict.reason,
    evidence: b.evidence, keys: [...new Set(b.draft.sentences.map((x) => lockKeys(x)[0]))].sort(),
    posed: b.draft.posedId !== null, prominence: Math.round(b.score * 1000) / 1000, key: key[i],
  }));
  const title = options.title ?? mostCentralHeadline(facts, claimVectors, rep.similarity);
  const messages = [...read.messages, ...grouped.messages, ...posed.messages];
  const redirects = redirectsOf(built.map((b, i) => ({ id: claims[i].id, sentences: b.draft.sentences })), options.lock ?? {});
  return { story: { id: storyId, title, sources, claims, redirects }, lock, messages, warnings: read.warnings };
}

function sentencesOf(members: readonly SentenceFacts[]): string[] {
  return [...new Set(members.map((m) => m.sentence.text))];
}

function nearest(v: TextVector, others: readonly TextVector[], similarity: (a: TextVector, b: TextVector) => number): number {
  return others.reduce((best, o) => Math.max(best, similarity(v, o)), 0);
}

/** Ids of the previous run that no claim holds now, to the claim that holds most of their sentences. */
function redirectsOf(claims: readonly { id: string; sentences: string[] }[], lock: ClaimIdLock): Record<string, string> {
  const current = new Set(claims.map((c) => c.id));
  const keyed = claims.map((c) => ({ id: c.id, keys: new Set(c.sentences.flatMap(lockKeys)) }));
  const out: Record<string, string> = {};
  for (const [id, keys] of Object.entries(lock).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (current.has(id)) continue;
    let best: string | undefined, overlap = 0;
    for (const c of keyed) {
      const k = keys.filter((x) => c.keys.has(x)).length;
      if (k > overlap) [best, overlap] = [c.id, k];
    }
    if (best) out[id] = best;
  }
  return out;
}

function mostCentralHeadline(facts: readonly SentenceFacts[], vectors: readonly TextVector[], similarity: (a: TextVector, b: TextVector) => number): string {
  const heads = facts.filter((x) => x.sentence.paragraph === 0 && x.sentence.start === 0);
  let best = heads[0], bestScore = -1;
  for (const h of heads) {
    const s = heads.reduce((sum, o) => sum + (o === h ? 0 : similarity(vectors[h.index], vectors[o.index])), 0);
    if (s > bestScore) [best, bestScore] = [h, s];
  }
  return best?.sentence.text ?? 'Untitled story';
}
