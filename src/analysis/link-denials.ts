/**
 * How denials, contradictions and negated statements find the claims they answer: what a denial denies (its
 * object, or the sentences before an anaphoric one), who says it, and which claim it matches best.
 */
import { foldTerm, type Annotated } from './annotate.ts';
import { quoteKey } from './attribute-speakers.ts';
import type { Polarity } from './classify-stance.ts';
import { ROLE_SPEAKER } from './lexicon/attribution.ts';
import { CONTRADICTION_CUES, DENIAL_CUES } from './lexicon/check-worthiness.ts';
import { SIMILARITY, type Info } from './sentence-info.ts';
import { cosine } from './similarity.ts';
import type { Source, Speaker } from './types.ts';

/**
 * A quote with no attribution of its own that follows a quote by a named speaker continues it
 * ("We never signed," she said. "This is not true.").
 */
export function inheritQuoteSpeakers(infos: Info[]): void {
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
export function addContext(infos: Info[]): void {
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
      x.focusTerms = [...x.focusTerms, ...party.filter((w) => w.length > 1)];
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
  const [ka, kb] = [quoteKeys(a), quoteKeys(b)];
  const [qa, qb] = [ka.quote, kb.quote];
  if (qa && qb && Math.min(ka.words, kb.words) >= 5 && (qa.includes(qb) || qb.includes(qa))) return true;
  return Boolean((qa && ka.words >= 5 && kb.text.includes(qa)) || (qb && kb.words >= 5 && ka.text.includes(qb)));
}

/** Each sentence's quote and text keys, computed once: sameStatement runs for every denial and claim pair. */
const keyCache = new WeakMap<Info, { quote: string | null; words: number; text: string }>();
function quoteKeys(x: Info): { quote: string | null; words: number; text: string } {
  let k = keyCache.get(x);
  if (!k) {
    const quote = x.attribution.quote ? quoteKey(x.attribution.quote) : null;
    keyCache.set(x, (k = { quote, words: quote ? quote.split(' ').length : 0, text: quoteKey(x.sentence.text) }));
  }
  return k;
}

/** A named speaker's name as terms ("US Bancorp (Dana Ripley)" -> us, bancorp, dana, ripley). */
export function nameWords(speaker: Speaker): string[] {
  // A role ("Experts", "Port officials") says who speaks, not what about.
  if (speaker.kind !== 'named' || new RegExp(`^(?:${ROLE_SPEAKER})$`, 'i').test(speaker.name)) return [];
  return speaker.name.toLowerCase().split(/[\s()]+/).filter((w) => w.length > 1);
}

/** Folded content lemmas that wink-nlp marks as inside a negation's scope. */
export function negatedTerms(a: Annotated): Set<string> {
  const out = new Set<string>();
  a.lemmas.forEach((l, i) => {
    if (a.negated[i] && (a.pos[i] === 'VERB' || a.pos[i] === 'NOUN' || a.pos[i] === 'PROPN' || a.pos[i] === 'ADJ')) out.add(foldTerm(l));
  });
  return out;
}

export const isOpposer = (p: Polarity) => p === 'deny' || p === 'contradict';

/**
 * Links each denial, contradiction or negated statement to the claims it answers: those it is similar enough
 * to and, among those, only the ones it matches nearly as well as its best match — a denial answers a claim,
 * not every sentence that shares its words. A negated claim is never "contradicted" by another negation.
 */
export function linkOpposers(clusters: Info[][], infos: Info[], sources: Source[], disagreement?: (claim: string, body: string) => number): Map<number, Info[]> {
  const links = new Map<number, Info[]>();
  // Only sentences sharing a term with a denial can be similar to it: index them once, so each denial is
  // compared with those rather than with every sentence of the story (issue 6: quadratic in a 1 MB seed).
  const byTerm = new Map<string, Info[]>();
  const clusterOf = new Map<Info, number>();
  clusters.forEach((c, i) => c.forEach((m) => {
    clusterOf.set(m, i);
    m.vector.forEach((_, t) => {
      const list = byTerm.get(t);
      if (list) list.push(m);
      else byTerm.set(t, [m]);
    });
  }));
  const sharing = (v: Map<string, number>) => new Set([...v.keys()].flatMap((t) => byTerm.get(t) ?? []));
  /** The best cosine of a claim's sentences with `v`; sentences sharing no term with it score 0. */
  const bestCosine = (c: Info[], v: Map<string, number>, shared: Set<Info>) => Math.max(0, ...c.filter((m) => shared.has(m)).map((m) => cosine(m.vector, v)));
  const sourceCounts = clusters.map((c) => new Set(c.map((m) => m.source)).size);
  // The model reads a whole article; many denials in one article ask it about the same claim.
  const verdicts = new Map<string, number>();
  const disagrees = (c: number, source: number) => {
    const key = `${c} ${source}`;
    if (!verdicts.has(key)) verdicts.set(key, disagreement?.(clusters[c][0].claim, sources[source].text) ?? 0);
    return verdicts.get(key)!;
  };
  for (const x of infos) {
    const explicit = isOpposer(x.polarity);
    if (!explicit && x.polarity !== 'negative') continue;
    const sharesFocus = sharing(x.focusVector), sharesOwn = explicit ? new Set<Info>() : sharing(x.ownVector);
    const near = new Set([...sharesFocus].map((m) => clusterOf.get(m)!));
    const sims = clusters.map((c, i) => {
      if (!near.has(i)) return 0;
      if (clusterOf.get(x) === i || c[0].polarity === 'negative' || c.some((m) => m.key === x.key || sameStatement(m, x))) return 0;
      // A negation must share content with the claim on its own words too, not only through the speaker's
      // name that stands in for "we" (else "we are not in talks" would contradict "X declined to comment").
      if (!explicit && bestCosine(c, x.ownVector, sharesOwn) < SIMILARITY.negationContent) return 0;
      // ... and must negate something the claim asserts: "no casualties were reported" does not contradict
      // a report of evacuations that shares its other words.
      if (!explicit && !c.some((m) => m.terms.some((t) => x.negatedTerms.has(t)))) return 0;
      return bestCosine(c, x.focusVector, sharesFocus);
    });
    // Denials answer what is widely reported: weigh each candidate claim by how many sources carry it.
    const weighted = sims.map((sim, c) => sim * (1 + 0.25 * Math.log(sourceCounts[c])));
    const best = Math.max(0, ...weighted);
    const floor = explicit ? SIMILARITY.denialLink : SIMILARITY.negationLink;
    sims.forEach((sim, c) => {
      if (weighted[c] < LINK_MARGIN * best) return;
      const rescued = explicit && sim >= SIMILARITY.denialLinkWithModel && sim < floor && disagrees(c, x.source) >= MODEL_DISAGREES;
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
