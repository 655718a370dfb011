/**
 * Stage 8: a claim's status and the one sentence that says why. Denied: a party the claim is about says it is
 * false (its words say no: opposesClaim). Disputed: someone else contradicts it, or the sources' figures differ.
 * Reported: sources state it and none contradicts it. Unaddressed: a posed claim no source speaks to.
 */
import { VERB_GROUP } from './annotate.ts';
import { deniedVerb } from './classify-stance.ts';
import type { SentenceFacts } from './describe-sentences.ts';
import { countedFigures, figureRange, isConversion, readFigures } from './figures.ts';
import type { Found } from './gather-evidence.ts';
import { answersAsParty, isOpposer } from './link-denials.ts';
import { partyOf, sameParty } from './parties.ts';
import { CONTRADICTION_CUES_ALL, DENIAL_CUES_ALL } from './lexicon/check-worthiness.ts';
import type { Evidence, Source, Status } from './types.ts';

/** What the status decision reads about one piece of evidence beyond the Evidence itself. */
export interface EvidenceFacts {
  evidence: Evidence;
  /** True when the speaker is a party the claim is about (named in the claim's sentences). */
  speakerIsParty: boolean;
  /** True when the sentence is an explicit denial ("not true", "denies"), not just a negation. */
  explicitDenial: boolean;
  /**
   * True when the sentence calls the claim false outright (answersOutright): a denial or contradiction phrase, a
   * negation of the very verb the claim asserts, or a party's negation of its dealings with another party the claim
   * names. Only such words from a party make a claim denied; a party's other negation that a cue linked to the
   * claim ("no one would harm him", said by the hostage's father) disputes it.
   */
  outright: boolean;
  /**
   * True when the sentence says no in its own words (opposesClaim); false for a sentence the models read as
   * disagreeing though it asserts something ("Obama said the world was appalled").
   */
  opposes: boolean;
  /**
   * Figures (percentages, sums, counts) the sentence gives, normalised to numbers; a count with the noun it counts
   * (`counts`, its lemma: "219 schoolgirls").
   */
  figures: { type: string; value: number; text: string; counts?: string; low?: number; high?: number }[];
  /** For a statement of the claim: its figures with what each counts ("150 women": counts "woman", noun "women"). */
  counted?: ReturnType<typeof countedFigures>;
  /** Indices (in the same list) of the other statements that restate this one closely (SIMILARITY.sameFigures). */
  restatedBy?: number[];
}

/** The verdict and the one sentence that explains it. */
export interface Verdict {
  status: Status;
  reason: string;
}

/** "Acme denies", "Experts deny": a speaker that is a plural role takes a plural verb. */
function verb(speaker: string, singular: string, plural: string): string {
  return /^(?:[A-Z][a-z]+ )?(?:[a-z]+ )*(?:experts|officials|police|authorities|residents|witnesses|analysts|prosecutors|investigators|researchers|scientists|sources|people|fighters|activists|lawyers|doctors|regulators)$/i.test(speaker) ? plural : singular;
}

/** A short quotation of a sentence; for a long denial, the words that end at the denial phrase. */
function quoteSnippet(s: string, max = 110): string {
  const t = s.replace(/\s+/g, ' ').trim().replace(/^["“”']+|["“”']+$/g, '');
  if (t.length <= max) return t;
  // The last denial phrase: "X implies incorrectly that ... — this is not true" ends on its verdict.
  const cues = [...t.matchAll(DENIAL_CUES_ALL), ...t.matchAll(CONTRADICTION_CUES_ALL)];
  const cueEnd = Math.max(0, ...cues.map((m) => m.index + m[0].length));
  if (cueEnd > max - 10) return '…' + t.slice(cueEnd - (max - 1), cueEnd).replace(/^\S*\s+/, '');
  return t.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

/** A speaker's name inside a sentence: "a spokeswoman", not "A spokeswoman"; names keep their capitals ("The Hague"). */
function midSentence(name: string): string {
  return /^(?:A|An|The|Unnamed) [a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function list(names: string[]): string {
  const u = [...new Set(names)];
  if (u.length <= 1) return u.join('');
  return `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

/** Whether two figures' ranges (figures.ts figureRange) meet: "more than $2,000" and "$2,084" do. */
function meet(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The range of a counted figure as the evidence's sentence words it. */
function rangeOf(f: EvidenceFacts, x: { value: number; text: string }): { low: number; high: number } {
  return figureRange(f.evidence.sentence, x.text, x.value);
}

/** The kinds of figure compared, in the order a conflict is looked for. */
const ORDER = ['PERCENT', 'MONEY', 'CARDINAL'];

function conflictingFigures(facts: EvidenceFacts[], sourceLabel: (id: string) => string): string | null {
  const supporting = facts.filter((f) => f.evidence.stance !== 'disagree');
  // Counts compare only when they count the same thing: "276 schoolgirls" against "219 schoolgirls".
  const kinds = [...new Set(supporting.flatMap((f) => f.figures.map((x) => `${x.type}\0${x.counts ?? ''}`)))].sort((a, b) => ORDER.indexOf(a.split('\0')[0]) - ORDER.indexOf(b.split('\0')[0]));
  for (const kind of kinds) {
    const bySource = new Map<string, { ranges: { low: number; high: number }[]; text: string }>();
    for (const f of supporting) {
      const figs = f.figures.filter((x) => `${x.type}\0${x.counts ?? ''}` === kind);
      if (!figs.length) continue;
      const entry = bySource.get(f.evidence.source) ?? { ranges: [], text: figs[0].text };
      figs.forEach((x) => entry.ranges.push({ low: x.low ?? x.value, high: x.high ?? x.value }));
      bySource.set(f.evidence.source, entry);
    }
    const entries = [...bySource.entries()];
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [a, b] = [entries[i][1], entries[j][1]];
        if (!a.ranges.some((x) => b.ranges.some((y) => meet(x, y)))) {
          return `Sources give different figures: ${a.text} in ${sourceLabel(entries[i][0])}, ${b.text} in ${sourceLabel(entries[j][0])}.`;
        }
      }
    }
  }
  // Two close restatements in different sources that count the same thing differently: "one of 150 women
  // released ... 13 nuns" in one, "one of 138 women released ... 13 nuns" in the other (sentences with several
  // figures of a kind, which the comparison above leaves out). A thing counted twice in one sentence is skipped.
  for (const f of facts) {
    if (f.evidence.stance === 'disagree') continue;
    for (const j of f.restatedBy ?? []) {
      const g = facts[j];
      if (g.evidence.stance === 'disagree' || g.evidence.source === f.evidence.source) continue;
      for (const x of f.counted ?? []) {
        const same = (g.counted ?? []).filter((y) => y.type === x.type && y.counts === x.counts);
        if (same.length !== 1 || meet(rangeOf(f, x), rangeOf(g, same[0])) || (f.counted ?? []).some((z) => z !== x && z.type === x.type && z.counts === x.counts)) continue;
        return `Sources give different figures: ${x.text} ${x.noun} in ${sourceLabel(f.evidence.source)}, ${same[0].text} ${same[0].noun} in ${sourceLabel(g.evidence.source)}.`;
      }
    }
  }
  return null;
}

/**
 * Decides a claim's status. Denied: a party the claim is about says it is false. Disputed: someone else
 * contradicts it, or the sources' figures differ. Reported: sources state it and none contradicts it.
 */
export function decideStatus(facts: EvidenceFacts[], sourceLabel: (id: string) => string): Verdict {
  if (facts.length === 0) return { status: 'unaddressed', reason: 'No source in this story speaks to it.' };
  const against = facts.filter((f) => f.evidence.stance === 'disagree');
  const forIt = facts.filter((f) => f.evidence.stance !== 'disagree');
  const supporters = [...new Set(forIt.map((f) => f.evidence.source))].map(sourceLabel);
  const alsoReported = supporters.length ? `, though ${supporters.length === 1 ? supporters[0] : `${supporters.length} sources`} report${supporters.length === 1 ? 's' : ''} it` : '';
  // The strongest denial speaks for the reason: the party's own quoted words over a headline that reports them.
  const strength = (f: EvidenceFacts) => (f.explicitDenial ? 2 : 0) + (/["“”]/.test(f.evidence.sentence) ? 1 : 0);
  // Only words that say no make a denial: a party's statement the models read as disagreeing disputes the claim.
  const denial = against.filter((f) => f.speakerIsParty && f.opposes && f.outright).sort((a, b) => strength(b) - strength(a))[0];
  // "in <source>" says where a party said it; a source speaking for itself needs no "Outlet 9 ... in Outlet 9".
  const said = (e: Evidence) => (e.speaker.kind === 'source' || e.speaker.name === sourceLabel(e.source) ? '' : ` in ${sourceLabel(e.source)}`);
  if (denial) {
    const e = denial.evidence;
    return { status: 'denied', reason: `${e.speaker.name} ${verb(e.speaker.name, 'denies', 'deny')} it${said(e)} (“${quoteSnippet(e.sentence)}”)${alsoReported}.` };
  }
  if (against.length) {
    // A sentence that says no in its own words speaks for the reason; where only the models read disagreement, the
    // reason says so rather than have the sentence's speaker "contradict" what its words do not.
    const saysNo = against.find((f) => f.opposes);
    if (!saysNo) {
      const e = against[0].evidence;
      return { status: 'disputed', reason: `${sourceLabel(e.source)} disputes it, as the stance model reads the whole article (“${quoteSnippet(e.sentence)}”)${alsoReported}.` };
    }
    const e = saysNo.evidence;
    return { status: 'disputed', reason: `${e.speaker.name} ${verb(e.speaker.name, 'contradicts', 'contradict')} it${said(e)} (“${quoteSnippet(e.sentence)}”)${alsoReported}.` };
  }
  const figures = conflictingFigures(facts, sourceLabel);
  if (figures) return { status: 'disputed', reason: figures };
  const named = [...new Set(forIt.filter((f) => f.evidence.speaker.kind === 'named').map((f) => f.evidence.speaker.name))];
  const who = named.length ? `, attributed to ${list(named.slice(0, 3).map(midSentence))}` : '';
  const where = supporters.length === 1 ? supporters[0] : `${supporters.length} sources (${list(supporters.slice(0, 4))}${supporters.length > 4 ? ' and others' : ''})`;
  return { status: 'reported', reason: `Reported by ${where}${who}; no source contradicts it.` };
}

/**
 * Figures that can contradict the claim's: only from sentences that state it (not from a denial or a sentence
 * the models found), and only where the sentence gives one figure of a kind (a long sentence with several
 * numbers is about more than this claim). A count must count a noun ("219 schoolgirls"): a bare number counts
 * nothing another can be compared with ("Tony Zobl, 35," against "a 70-foot cenotaph"; "11.30am" against an
 * "82-year-old woman"; "a 12-second clip" against "a 4-second pause"). Each carries the range its words give ("more
 * than $2,000"; figures.ts figureRange); a conversion in brackets ("1 million pesos ($74,000)") is left out.
 */
function comparableFigures(f: Found, close: (x: SentenceFacts) => boolean): EvidenceFacts['figures'] {
  if (f.by !== 'statement' || !close(f.fact)) return [];
  const figures = readFigures(f.fact.claim.nlp.figures);
  const counted = countedFigures(f.fact.claim.nlp, f.fact.claim.text);
  const text = f.fact.claim.text;
  return figures.filter((x) => figures.filter((y) => y.type === x.type).length === 1 && !isConversion(text, x.text)).flatMap((x) => {
    const range = figureRange(text, x.text, x.value);
    if (x.type !== 'CARDINAL') return [{ ...x, ...range }];
    const c = counted.find((y) => y.type === x.type && y.text === x.text);
    return c ? [{ ...x, counts: c.counts, ...range }] : [];
  });
}

/**
 * Whether a sentence's speaker is a party the claim is about: a named speaker that is, or is part of, a name the
 * claim gives. An outlet the story cites as reporting ("according to the Detroit Free Press") is a party only
 * when the claim names it as such, not because the claim names a place it is called after ("Detroit").
 */
export function speaksForParty(parties: readonly string[], isReporter: (name: string) => boolean): (x: SentenceFacts) => boolean {
  return (x) => {
    if (x.speaker.kind !== 'named') return false;
    const name = partyOf(x.speaker.name);
    const reporter = isReporter(name);
    return parties.some((p) => sameParty(p, name) && (!reporter || p.toLowerCase() === name.toLowerCase()));
  };
}

/**
 * Whether a piece of evidence says no in its own words: a denial or contradiction phrase; or a negation that a
 * cue linked to the claim (link-denials.ts checks that it negates what the claim asserts); or a statement of what a
 * negated claim negates ("Bale will play Jobs" against "Bale will not play Jobs"). A negation in a sentence only
 * the models found may negate anything ("the US will not be intimidated").
 */
function opposesClaim(f: Found): boolean {
  const p = f.fact.polarity;
  return f.by === 'opposite' || p === 'deny' || p === 'contradict' || (p === 'negative' && f.by !== 'model');
}

/**
 * Whether a sentence calls a claim false outright (EvidenceFacts.outright), the claim given by the sentences that
 * state it (`members`) and its content terms: a denial or contradiction phrase; a negation of the verb the claim
 * asserts ("Bale will not play Jobs" against "Bale to play Jobs", classify-stance.ts deniedVerb); a party's
 * negation, in its own person, of its dealings with another party of the claim ("We are not in talks with
 * Nimbus," Delta Trust said; link-denials.ts answersAsParty), not a negation of something else that names one
 * ("no one would harm him for his love of Yemen", said by a hostage's father).
 */
export function answersOutright(members: readonly SentenceFacts[], claimTerms: ReadonlySet<string>): (x: SentenceFacts) => boolean {
  const target = { members };
  return (x) => isOpposer(x.polarity) || (x.polarity === 'negative' && (claimTerms.has(deniedVerb(x.claim.nlp) ?? '') || (inOwnPerson(x) && answersAsParty(target, x))));
}

/** The pronoun a speaker negates its own doings with ("we are not", "I never", "he has not"). */
const OWN_PERSON = /^(?:i|we|he|she)$/i;
const NEGATOR = /^(?:not|n't|never|no)$/i;

/** Whether a sentence's first negation has a speaker's own pronoun for subject ("We are not in talks with ..."). */
function inOwnPerson(x: SentenceFacts): boolean {
  const { words, pos } = x.nlp;
  const k = words.findIndex((w) => NEGATOR.test(w));
  let i = k - 1;
  while (i >= 0 && VERB_GROUP.has(pos[i])) i--;
  return i >= 0 && OWN_PERSON.test(words[i]);
}

/**
 * The evidence of a claim as the decision reads it. `isParty` says whether a sentence's speaker is a party the
 * claim is about (the claim's own test, speaksForParty); `close` whether a statement restates the claim closely
 * enough (SIMILARITY.sameFigures) for its figures to count; `restate` whether two statements restate each other
 * that closely (their counted figures are then compared with each other).
 */
export function evidenceFacts(
  found: readonly Found[], isParty: (x: SentenceFacts) => boolean, sources: readonly Source[], close: (x: SentenceFacts) => boolean,
  restate?: (a: SentenceFacts, b: SentenceFacts) => boolean, outright: (x: SentenceFacts) => boolean = (x) => isOpposer(x.polarity),
): EvidenceFacts[] {
  const statements = found.map((f, i) => (f.by === 'statement' ? i : -1)).filter((i) => i >= 0);
  return found.map((f, i) => {
    const opposes = opposesClaim(f);
    return {
      evidence: {
        source: sources[f.fact.source].id, sentenceId: f.fact.sentence.id, sentence: f.fact.sentence.text, stance: f.stance, speaker: f.fact.speaker,
        ...(f.stance === 'disagree' && !opposes ? { basis: 'article' as const } : {}),
      },
      explicitDenial: f.fact.polarity === 'deny', opposes, outright: opposes && outright(f.fact), speakerIsParty: isParty(f.fact), figures: comparableFigures(f, close),
      ...(restate && f.by === 'statement' ? {
        counted: countedFigures(f.fact.claim.nlp, f.fact.claim.text),
        restatedBy: statements.filter((j) => j !== i && found[j].fact.source !== f.fact.source && restate(f.fact, found[j].fact)),
      } : {}),
    };
  });
}
