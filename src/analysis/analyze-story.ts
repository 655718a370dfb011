import { annotate } from './annotate.ts';
import { assignIds, claimKey, lockVeto } from './assign-ids.ts';
import { attributeSentence, canonicalNames, quoteKey, resolveSpeaker } from './attribute-speakers.ts';
import { sentencePolarity, sentenceStance } from './classify-stance.ts';
import { assignSourceIds } from './source-ids.ts';
import { clusterByCentroid } from './cluster-claims.ts';
import { decideStatus, type EvidenceFacts } from './decide-status.ts';
import { CHECK_WORTHY, checkWorthiness, claimText } from './extract-claims.ts';
import { readFigures } from './figures.ts';
import { resetNlp } from './nlp.ts';
import { REPORTING_CUES } from './lexicon/attribution.ts';
import { addContext, denialFocus, inheritQuoteSpeakers, isOpposer, linkOpposers, nameWords, negatedTerms } from './link-denials.ts';
import { SIMILARITY, type Info } from './sentence-info.ts';
import { cosine, storyIdf, termVector, type TermVector } from './similarity.ts';
import { joinParagraphs, sentenceKey, splitSentences } from './split-sentences.ts';
import { stripBoilerplate } from './strip-boilerplate.ts';
import type { Claim, ClaimIdLock, ParsedSeed, Source, Story, Evidence } from './types.ts';

export { SIMILARITY } from './sentence-info.ts';
export { denialFocus } from './link-denials.ts';

/** Options for analyzeStory. */
export interface AnalyzeOptions {
  /** Story title chosen by the editors; else the most representative headline. */
  title?: string;
  /** Claim ids of the previous run, so ids survive rebuilds (see assign-ids.ts). */
  lock?: ClaimIdLock;
  /**
   * Optional article-level stance judge (the trained FNC-1 model): probability that the article `body`
   * disagrees with `claim`. When it is confident, an explicit denial in that article that falls just short of
   * the lexical link threshold is linked anyway (npm run bench:engine measures this choice).
   */
  disagreement?: (claim: string, body: string) => number;
}


/** "The Wall Street Journal" and "Wall Street Journal" count as one name. */
const dropThe = (name: string) => name.replace(/^[Tt]he\s+/, '');

function buildSource(id: string, seed: ParsedSeed): Source {
  const { paragraphs } = stripBoilerplate(seed);
  const all = [seed.title, ...paragraphs];
  return {
    id, file: seed.file, title: seed.title, outlet: seed.outlet, url: seed.url,
    published: seed.published, author: seed.author, paragraphs: all, text: joinParagraphs(all), sentences: splitSentences(all),
  };
}

/** Display label of a source in reasons: its outlet, else its headline in quotes. */
export function sourceLabel(source: Source): string {
  if (source.outlet) return source.outlet;
  const t = source.title.length > 70 ? source.title.slice(0, 69).replace(/\s+\S*$/, '') + '…' : source.title;
  return `“${t}”`;
}

function sameParty(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x === y || (x.length > 2 && y.length > 2 && (x.includes(y) || y.includes(x)));
}

/** Analyses one story: archived sources with anchored sentences, and its claims with evidence and status. */
export function analyzeStory(storyId: string, seeds: readonly ParsedSeed[], options: AnalyzeOptions = {}): { story: Story; lock: ClaimIdLock; warnings: string[] } {
  resetNlp();
  const sorted = [...seeds].sort((a, b) => (a.file < b.file ? -1 : 1));
  const { ids: sourceIds, warnings } = assignSourceIds(storyId, sorted.map((s) => s.file));
  const sources = sorted.map((s) => buildSource(sourceIds.get(s.file)!, s));
  const infos: Info[] = [];
  const nameCounts = new Map<string, number>();
  const raw = sources.flatMap((src, source) =>
    src.sentences.map((sentence) => {
      const full = annotate(sentence.text);
      const attribution = attributeSentence(sentence.text);
      for (const n of [...full.names, ...(attribution.generic ? [] : [attribution.who, attribution.org])]) {
        if (n) nameCounts.set(dropThe(n), (nameCounts.get(dropThe(n)) ?? 0) + 1);
      }
      return { source, sentence, full, attribution };
    }),
  );
  const canonical = canonicalNames(nameCounts);
  const bySentence = new Map(raw.map((r) => [r.sentence, r]));
  const ctx = { canonical, quoteSpeakers: new Map<string, string>() };
  for (const r of raw) {
    if (r.attribution.quote && r.attribution.who && !r.attribution.generic) {
      const s = resolveSpeaker(r.attribution, [], ctx, '');
      ctx.quoteSpeakers.set(quoteKey(r.attribution.quote), s.name);
    }
  }
  for (const r of raw) {
    const src = sources[r.source];
    const i = src.sentences.indexOf(r.sentence);
    const earlier = src.sentences.slice(Math.max(0, i - 3), i).flatMap((s) => bySentence.get(s)!.full.names);
    const canon = (n: string) => canonical.get(dropThe(n)) ?? n;
    const before = r.full.names.filter((n) => r.attribution.prefix.includes(n)).map(canon);
    const claim = claimText(r.sentence.text);
    const ca = claim === r.sentence.text ? r.full : annotate(claim);
    const focus = denialFocus(claim);
    const speaker = resolveSpeaker(r.attribution, earlier.map(canon), ctx, sourceLabel(src), before);
    infos.push({
      ...r, key: sentenceKey(r.sentence.text), claim, terms: ca.terms, vector: new Map(), claimNames: ca.names.map(canon),
      focusTerms: focus === claim ? ca.terms : [...annotate(focus).terms, ...nameWords(speaker)], focusVector: new Map(), ownVector: new Map(),
      negatedTerms: negatedTerms(r.full),
      speaker,
      worth: checkWorthiness(r.sentence.text, r.full),
      // Negation counts in the claim itself, not in a clause that was cut ("which the paper did not name").
      polarity: sentencePolarity(r.sentence.text, r.full, ca),
    });
  }
  inheritQuoteSpeakers(infos);
  addContext(infos);
  // Outlets that are cited as reporting are attribution, not content: their words must not make two
  // sentences look alike ("the Wall Street Journal reported ..." on every other line of a story).
  const reporters = new Set<string>();
  for (const x of infos) {
    if (x.attribution.who && !x.attribution.generic && REPORTING_CUES.test(x.sentence.text)) {
      const c = canonical.get(x.attribution.who) ?? x.attribution.who;
      for (const [alias, target] of canonical) if (target === c || alias === c) alias.toLowerCase().split(/\s+/).forEach((w) => reporters.add(w));
    }
  }
  for (const x of infos) {
    x.terms = x.terms.filter((t) => !reporters.has(t));
    x.focusTerms = x.focusTerms.filter((t) => !reporters.has(t));
  }
  const idf = storyIdf(infos.map((x) => x.terms));
  for (const x of infos) {
    x.vector = termVector(x.terms, idf);
    x.focusVector = termVector(x.focusTerms, idf);
    const speakerWords = new Set(x.speaker.kind === 'named' ? x.speaker.name.toLowerCase().split(/[\s()]+/) : []);
    x.ownVector = termVector(x.terms.filter((t) => !speakerWords.has(t)), idf);
  }

  const candidates = infos.filter((x) => x.worth.score >= CHECK_WORTHY && !isOpposer(x.polarity));
  // "X said A" and "Y said A" are two claims: statements quoted from different parties never merge.
  const quotedParty = (i: number) => (candidates[i].attribution.quote && candidates[i].speaker.kind === 'named' ? candidates[i].speaker.name.replace(/\s*\(.*\)$/, '') : null);
  const sameStatementMakers = (a: readonly number[], b: readonly number[]) => {
    const pa = a.map(quotedParty).filter((p): p is string => p !== null), pb = b.map(quotedParty).filter((p): p is string => p !== null);
    return pa.length === 0 || pb.length === 0 || pa.some((x) => pb.some((y) => sameParty(x, y)));
  };
  const published = lockVeto(options.lock, candidates.map((c) => c.sentence.text));
  const clusters = clusterByCentroid(
    candidates.map((c) => c.vector),
    SIMILARITY.sameClaim,
    (a, b) => (candidates[a[0]].polarity === 'negative') === (candidates[b[0]].polarity === 'negative') && sameStatementMakers(a, b) && published(a, b),
  ).map((c) => c.map((i) => candidates[i]));

  const links = linkOpposers(clusters, infos, sources, options.disagreement);
  const built = clusters.map((members, c) => buildClaim(members, links.get(c) ?? [], sources));
  // A denial that answers no claim is itself a claim: "X denies Y" is news.
  const linked = new Set([...links.values()].flat());
  for (const x of infos) {
    if (isOpposer(x.polarity) && !linked.has(x) && x.worth.score >= CHECK_WORTHY) built.push(buildClaim([x], [], sources));
  }
  built.sort((a, b) => b.sourceCount - a.sourceCount || a.order - b.order);
  const { ids, lock } = assignIds(storyId, built.map((c) => ({ sentences: c.sentences, text: c.claim.text })), options.lock);
  const claims: Claim[] = built.map((c, i) => ({ ...c.claim, id: ids[i] }));
  const title = options.title ?? mostCentralHeadline(infos);
  return { story: { id: storyId, title, sources, claims }, lock, warnings };
}

function mostCentralHeadline(infos: Info[]): string {
  const heads = infos.filter((x) => x.sentence.paragraph === 0 && x.sentence.start === 0);
  let best = heads[0], bestScore = -1;
  for (const h of heads) {
    const s = heads.reduce((sum, o) => sum + (o === h ? 0 : cosine(h.vector, o.vector)), 0);
    if (s > bestScore) [best, bestScore] = [h, s];
  }
  return best?.sentence.text ?? 'Untitled story';
}


/**
 * Figures that can contradict the claim's: only from close restatements of it, and only where the sentence
 * gives one figure of a kind (a long sentence with several numbers is about more than this claim).
 */
function comparableFigures(x: Info, rep: Info): ReturnType<typeof readFigures> {
  if (x !== rep && cosine(x.vector, rep.vector) < SIMILARITY.sameFigures) return [];
  const figures = readFigures(x.full.figures);
  return figures.filter((f) => figures.filter((g) => g.type === f.type).length === 1);
}

function displayText(rep: Info): string {
  const q = rep.attribution.quote;
  if (q && /^["“']/.test(rep.sentence.text) && rep.speaker.kind === 'named' && q.length > rep.sentence.text.length * 0.5) {
    return `${rep.speaker.name}: “${q.replace(/[,;:]$/, '').replace(/([^.!?])$/, '$1.')}”`;
  }
  return rep.claim.replace(/^([^"“]*)["”],?\.?$/, '$1.');
}

/** Above this many members, a sentence's summed similarity to the others is read off their summed vector. */
const PAIRWISE_CENTRALITY = 64;

function buildClaim(members: Info[], opposers: Info[], sources: Source[]) {
  // Summing cosines pair by pair is quadratic: a cluster of thousands (a 1 MB seed) took minutes (issue 6).
  // The sum of unit vectors gives the same total in one pass; small clusters keep the pairwise sum.
  const total: TermVector = new Map();
  if (members.length > PAIRWISE_CENTRALITY) for (const m of members) for (const [t, x] of m.vector) total.set(t, (total.get(t) ?? 0) + x);
  const others = (x: Info) =>
    members.length > PAIRWISE_CENTRALITY ? cosine(x.vector, total) - cosine(x.vector, x.vector) : members.reduce((s, o) => s + (o === x ? 0 : cosine(x.vector, o.vector)), 0);
  const centrality = (x: Info) => others(x) / Math.max(1, members.length - 1);
  const score = (x: Info) =>
    centrality(x) + 0.05 * x.worth.score - (x.sentence.paragraph === 0 ? 0.15 : 0) - (x.attribution.generic || /^(?:it|the company|they|he|she)\b/i.test(x.claim) ? 0.3 : 0) - (x.claim.split(/\s+/).length > 40 ? 0.2 : 0);
  const scores = new Map(members.map((m) => [m, score(m)]));
  const rep = members.reduce((a, b) => (scores.get(b)! > scores.get(a)! ? b : a));
  const parties = new Set(members.flatMap((m) => [...m.claimNames, ...(m.attribution.quote && m.speaker.kind === 'named' ? [m.speaker.name] : [])]));
  const facts: EvidenceFacts[] = [...members, ...opposers].map((x) => {
    const opposes = opposers.includes(x);
    const evidence: Evidence = {
      source: sources[x.source].id, sentenceId: x.sentence.id, sentence: x.sentence.text,
      stance: sentenceStance(x.sentence.text, opposes), speaker: x.speaker,
    };
    return {
      evidence, explicitDenial: x.polarity === 'deny',
      speakerIsParty: x.speaker.kind === 'named' && [...parties].some((p) => sameParty(p, x.speaker.name.replace(/\s*\(.*\)$/, ''))),
      figures: comparableFigures(x, rep),
    };
  });
  const label = (id: string) => sourceLabel(sources.find((s) => s.id === id)!);
  const verdict = decideStatus(facts, label);
  const claim: Omit<Claim, 'id'> = {
    text: displayText(rep), status: verdict.status, reason: verdict.reason, evidence: facts.map((f) => f.evidence),
    keys: [...new Set(members.map((m) => claimKey(m.sentence.text)))].sort(),
  };
  const sentences = members.map((m) => m.sentence.text);
  return { claim, sentences, sourceCount: new Set(members.map((m) => m.source)).size, order: members[0].source * 1e4 + members[0].sentence.start };
}
