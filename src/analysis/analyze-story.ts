import { annotate, foldTerm, type Annotated } from './annotate.ts';
import { assignIds } from './assign-ids.ts';
import { attributeSentence, canonicalNames, quoteKey, resolveSpeaker, type Attribution } from './attribute-speakers.ts';
import { sentencePolarity, sentenceStance, type Polarity } from './classify-stance.ts';
import { clusterByCentroid } from './cluster-claims.ts';
import { decideStatus, type EvidenceFacts } from './decide-status.ts';
import { CHECK_WORTHY, checkWorthiness, claimText, type Worthiness } from './extract-claims.ts';
import { readFigures } from './figures.ts';
import { CONTRADICTION_CUES, DENIAL_CUES } from './lexicon/check-worthiness.ts';
import { REPORTING_CUES, ROLE_SPEAKER } from './lexicon/attribution.ts';
import { cosine, storyIdf, termVector, type TermVector } from './similarity.ts';
import { joinParagraphs, sentenceKey, splitSentences } from './split-sentences.ts';
import { stripBoilerplate } from './strip-boilerplate.ts';
import type { Claim, ClaimIdLock, Evidence, ParsedSeed, Sentence, Source, Speaker, Story } from './types.ts';

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

interface Info {
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

function fileStem(file: string): string {
  return file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source';
}

function buildSource(storyId: string, seed: ParsedSeed): Source {
  const { paragraphs } = stripBoilerplate(seed);
  const all = [seed.title, ...paragraphs];
  return {
    id: `${storyId}--${fileStem(seed.file)}`, file: seed.file, title: seed.title, outlet: seed.outlet, url: seed.url,
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
export function analyzeStory(storyId: string, seeds: readonly ParsedSeed[], options: AnalyzeOptions = {}): { story: Story; lock: ClaimIdLock } {
  const sources = [...seeds].sort((a, b) => (a.file < b.file ? -1 : 1)).map((s) => buildSource(storyId, s));
  const infos: Info[] = [];
  const nameCounts = new Map<string, number>();
  const raw = sources.flatMap((src, source) =>
    src.sentences.map((sentence) => {
      const full = annotate(sentence.text);
      const attribution = attributeSentence(sentence.text);
      for (const n of [...full.names, ...(attribution.generic ? [] : [attribution.who, attribution.org])]) {
        if (n) nameCounts.set(n.replace(/^[Tt]he\s+/, ''), (nameCounts.get(n.replace(/^[Tt]he\s+/, '')) ?? 0) + 1);
      }
      return { source, sentence, full, attribution };
    }),
  );
  const canonical = canonicalNames(nameCounts);
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
    const earlier = src.sentences.slice(Math.max(0, i - 3), i).flatMap((s) => raw.find((x) => x.sentence === s)!.full.names);
    const canon = (n: string) => canonical.get(n.replace(/^[Tt]he\s+/, '')) ?? n;
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
  const clusters = clusterByCentroid(
    candidates.map((c) => c.vector),
    SIMILARITY.sameClaim,
    (a, b) => (candidates[a[0]].polarity === 'negative') === (candidates[b[0]].polarity === 'negative') && sameStatementMakers(a, b),
  ).map((c) => c.map((i) => candidates[i]));

  const links = linkOpposers(clusters, infos, sources, options);
  const built = clusters.map((members, c) => buildClaim(members, links.get(c) ?? [], sources));
  // A denial that answers no claim is itself a claim: "X denies Y" is news.
  const linked = new Set([...links.values()].flat());
  for (const x of infos) {
    if (isOpposer(x.polarity) && !linked.has(x) && x.worth.score >= CHECK_WORTHY) built.push(buildClaim([x], [], sources));
  }
  built.sort((a, b) => b.sourceCount - a.sourceCount || a.order - b.order);
  const { ids, lock } = assignIds(built.map((c) => ({ keys: c.claim.keys, text: c.claim.text })), options.lock);
  const claims: Claim[] = built.map((c, i) => ({ ...c.claim, id: ids[i] }));
  const title = options.title ?? mostCentralHeadline(infos);
  return { story: { id: storyId, title, sources, claims }, lock };
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
 * A quote with no attribution of its own that follows a quote by a named speaker continues it
 * ("We never signed," she said. "This is not true.").
 */
function inheritQuoteSpeakers(infos: Info[]): void {
  for (let i = 1; i < infos.length; i++) {
    const [prev, x] = [infos[i - 1], infos[i]];
    const sameParagraph = prev.source === x.source && prev.sentence.paragraph === x.sentence.paragraph;
    if (sameParagraph && !x.attribution.who && /^["“']/.test(x.sentence.text) && prev.attribution.quote && prev.speaker.kind === 'named') {
      x.speaker = prev.speaker;
    }
  }
}

const FIRST_PERSON = /\b(?:we|our|us|i|my|me)\b/i;
/** A denial's object that refers back rather than restating: "the reports", "the claim", "it". */
const ANAPHORA = /\b(?:the|these|those|such|that|this) (?:reports?|claims?|allegations?|story|stories|rumou?rs?|accounts?|accusations?|suggestions?)\b|\b(?:denied|denies|dismissed|rejected|disputed) (?:it|this|that|them)\b/i;

/**
 * Gives denials the context they refer to: "This is not true." borrows the terms of the sentence before it,
 * and a first-person quote ("we never signed") stands for its speaker, so it is compared on the speaker's name.
 */
function addContext(infos: Info[]): void {
  infos.forEach((x, i) => {
    const prev = infos[i - 1];
    const opposes = x.polarity === 'deny' || x.polarity === 'contradict';
    // "This is not true." / "Officials cast doubt on the reports." point back at what came before.
    const anaphoric = x.focusTerms.length < 2 || (x.focusTerms.length <= 4 && ANAPHORA.test(x.claim));
    if (opposes && anaphoric && prev?.source === x.source) {
      // What "the report" says is usually told over the sentences just before it.
      const before = infos.slice(Math.max(0, i - 2), i).filter((y) => y.source === x.source);
      x.focusTerms = [...x.focusTerms, ...before.flatMap((y) => y.focusTerms)];
    }
    if (x.attribution.quote && FIRST_PERSON.test(x.attribution.quote) && x.speaker.kind === 'named') {
      const party = x.speaker.name.replace(/\s*\(.*\)$/, '').toLowerCase().split(/\s+/);
      const org = /\((.*)\)$/.exec(x.speaker.name)?.[1];
      const named = x.speaker.name.includes('(') && org ? party : party;
      x.focusTerms = [...x.focusTerms, ...named.filter((w) => w.length > 1)];
    }
  });
}

/**
 * What a denial denies: the sentence up to the first subordinate clause after the denial phrase.
 * "X is pushing back on the report as it is still reeling from a scandal" denies the report, not the scandal.
 */
export function denialFocus(text: string): string {
  const cue = DENIAL_CUES.exec(text) ?? CONTRADICTION_CUES.exec(text);
  if (!cue) return text;
  const after = text.slice(cue.index + cue[0].length);
  const cut = /,?\s+(?:as|while|amid|after|because|since|even as|at a time when)\s/.exec(after);
  const object = cut ? after.slice(0, cut.index) : after;
  // "X denied Y", "X cast doubt on Y": Y is what is denied; X is who denies (the speaker, added back by the
  // caller). "Y — this is not true": what comes before the verdict is what is denied.
  return DENIAL_VERB.test(cue[0]) ? object : text.slice(0, cue.index) + cue[0] + object;
}

/** Denial cues that are verbs taking the denied thing as their object. */
const DENIAL_VERB = /^(?:den(?:y|ies|ied|ying)\b|refut|reject|dismiss|push(?:es|ed|ing)? back|disput|contradict|challenge|cast|debunk|questioned)/i;

/**
 * Two sentences carrying the same quoted words (one may quote part of the other): one statement, reported
 * twice. A party's statement never contradicts itself.
 */
function sameStatement(a: Info, b: Info): boolean {
  const qa = a.attribution.quote && quoteKey(a.attribution.quote), qb = b.attribution.quote && quoteKey(b.attribution.quote);
  const words = (q: string) => q.split(' ').length;
  if (qa && qb && Math.min(words(qa), words(qb)) >= 5 && (qa.includes(qb) || qb.includes(qa))) return true;
  const text = (x: Info) => quoteKey(x.sentence.text);
  return Boolean((qa && words(qa) >= 5 && text(b).includes(qa)) || (qb && words(qb) >= 5 && text(a).includes(qb)));
}

/** A named speaker's name as terms ("US Bancorp (Dana Ripley)" -> us, bancorp, dana, ripley). */
function nameWords(speaker: Speaker): string[] {
  // A role ("Experts", "Port officials") says who speaks, not what about.
  if (speaker.kind !== 'named' || new RegExp(`^(?:${ROLE_SPEAKER})$`, 'i').test(speaker.name)) return [];
  return speaker.name.toLowerCase().split(/[\s()]+/).filter((w) => w.length > 1);
}

/** Folded content lemmas that wink-nlp marks as inside a negation's scope. */
function negatedTerms(a: Annotated): Set<string> {
  const out = new Set<string>();
  a.lemmas.forEach((l, i) => {
    if (a.negated[i] && (a.pos[i] === 'VERB' || a.pos[i] === 'NOUN' || a.pos[i] === 'PROPN' || a.pos[i] === 'ADJ')) out.add(foldTerm(l));
  });
  return out;
}

const isOpposer = (p: Polarity) => p === 'deny' || p === 'contradict';

/**
 * Links each denial, contradiction or negated statement to the claims it answers: those it is similar enough
 * to and, among those, only the ones it matches nearly as well as its best match — a denial answers a claim,
 * not every sentence that shares its words. A negated claim is never "contradicted" by another negation.
 */
function linkOpposers(clusters: Info[][], infos: Info[], sources: Source[], options: AnalyzeOptions): Map<number, Info[]> {
  const links = new Map<number, Info[]>();
  for (const x of infos) {
    const explicit = isOpposer(x.polarity);
    if (!explicit && x.polarity !== 'negative') continue;
    const sims = clusters.map((c) => {
      if (c.includes(x) || c[0].polarity === 'negative' || c.some((m) => m.key === x.key || sameStatement(m, x))) return 0;
      // A negation must share content with the claim on its own words too, not only through the speaker's
      // name that stands in for "we" (else "we are not in talks" would contradict "X declined to comment").
      if (!explicit && Math.max(...c.map((m) => cosine(m.vector, x.ownVector))) < SIMILARITY.negationContent) return 0;
      // ... and must negate something the claim asserts: "no casualties were reported" does not contradict
      // a report of evacuations that shares its other words.
      if (!explicit && !c.some((m) => m.terms.some((t) => x.negatedTerms.has(t)))) return 0;
      return Math.max(...c.map((m) => cosine(m.vector, x.focusVector)));
    });
    // Denials answer what is widely reported: weigh each candidate claim by how many sources carry it.
    const weighted = sims.map((sim, c) => sim * (1 + 0.25 * Math.log(new Set(clusters[c].map((m) => m.source)).size)));
    const best = Math.max(0, ...weighted);
    const floor = explicit ? SIMILARITY.denialLink : SIMILARITY.negationLink;
    sims.forEach((sim, c) => {
      if (weighted[c] < LINK_MARGIN * best) return;
      const rescued = explicit && sim >= SIMILARITY.denialLinkWithModel && sim < floor && (options.disagreement?.(clusters[c][0].claim, sources[x.source].text) ?? 0) >= MODEL_DISAGREES;
      if (sim < floor && !rescued) return;
      links.set(c, [...(links.get(c) ?? []), x]);
    });
  }
  return links;
}

/** The stance model's probability of "disagree" for an article that counts as it disagreeing. */
const MODEL_DISAGREES = 0.5;

/** A denial links to every claim it matches (weighted) at least this share as well as its best match. */
const LINK_MARGIN = 0.9;

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

function buildClaim(members: Info[], opposers: Info[], sources: Source[]) {
  const centrality = (x: Info) => members.reduce((s, o) => s + (o === x ? 0 : cosine(x.vector, o.vector)), 0) / Math.max(1, members.length - 1);
  const score = (x: Info) =>
    centrality(x) + 0.05 * x.worth.score - (x.sentence.paragraph === 0 ? 0.15 : 0) - (x.attribution.generic || /^(?:it|the company|they|he|she)\b/i.test(x.claim) ? 0.3 : 0) - (x.claim.split(/\s+/).length > 40 ? 0.2 : 0);
  const rep = members.reduce((a, b) => (score(b) > score(a) ? b : a));
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
    keys: [...new Set(members.map((m) => m.key))].sort(),
  };
  return { claim, sourceCount: new Set(members.map((m) => m.source)).size, order: members[0].source * 1e4 + members[0].sentence.start };
}
