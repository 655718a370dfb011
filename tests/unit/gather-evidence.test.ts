/**
 * Stage 7 (gather-evidence): every source read against every claim. Cases with the committed stance models; the
 * model readings they rely on are asserted too, so a retrained model that moves them fails here with the reason.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { articleContests, gatherEvidence, oneClaimPerModelContest, readStory, type EvidenceTarget, type Found } from '../../src/analysis/gather-evidence.ts';
import type { SentenceFacts } from '../../src/analysis/describe-sentences.ts';
import { speaksForParty } from '../../src/analysis/decide-status.ts';
import { groupClaims } from '../../src/analysis/group-claims.ts';
import { EVIDENCE } from '../../src/analysis/thresholds.ts';
import { models } from './helpers.ts';
import { article, early } from './stage-helpers.ts';

const engine = models();

function story(...seeds: ReturnType<typeof article>[]) {
  const e = early(seeds);
  const sources = e.read.sources.map((r) => r.source);
  const sentenceVectors = e.terms.sentence.map((t) => e.rep.vector(t));
  const sourceVectors = sources.map((_, s) => e.rep.vector(e.facts.filter((x) => x.source === s).flatMap((x) => e.terms.sentence[x.index])));
  return { e, reading: readStory(engine, sources, e.facts, sentenceVectors, sourceVectors, e.rep) };
}

/** True when the sentence's speaker is one of `parties` (analyze-story's test, with no outlet cited as reporting). */
const spokenBy = (parties: string[]) => speaksForParty(parties, () => false);

/** Evidence as [source index, stance, how it was found, sentence]. */
const shown = (found: ReturnType<typeof gatherEvidence>) => found.map((f) => [f.fact.source, f.stance, f.by, f.fact.sentence.text]);

const closes = article('a.txt', 'Acme to close Ohio plant', 'Acme Steel will close its Ohio plant in March and cut 400 jobs, union leaders said on Monday.', 'The plant opened in 1990 and makes steel pipes for the oil industry.');
const reportedly = article('b.txt', 'Acme plant closure', 'Acme Steel will reportedly close its Ohio plant in March and cut 400 jobs.', 'Workers gathered outside the gates on Tuesday.');
const dog = article('d.txt', 'Dog rescued', 'A dog was rescued from a frozen lake in Minnesota on Sunday by two firefighters.', 'The dog was taken to a vet and is recovering.');
const denies = article('c.txt', 'Acme denies closure', '"We have no plans to close the Ohio plant," Dana Ripley, a spokeswoman for Acme Steel, said.', 'Acme Steel denied that it will close its Ohio plant in March.');
const results = (denial: string) => article('c.txt', 'Acme results', 'Acme Steel reported higher steel sales in Ohio for the third quarter.', denial);

describe('gatherEvidence: a claim the coverage makes', () => {
  /** The claim "Acme Steel will close its Ohio plant ..." as grouping makes it, with the given sentences linked as its denials. */
  function discovered(seeds: ReturnType<typeof article>[], linked: string[]) {
    const { e, reading } = story(...seeds);
    const g = groupClaims(e.facts, e.claimVectors, e.rep).groups.find((x) => x.representative.sentence.text.includes('will close its Ohio plant'))!;
    const target: EvidenceTarget = {
      text: g.representative.claim.text, vector: e.claimVectors[g.representative.index], members: g.members,
      opposers: linked.map(e.find), posed: false, isParty: spokenBy(['Acme Steel']),
    };
    return { found: gatherEvidence(target, reading), reading, target };
  }

  it('its statements agree (or discuss, relaying a report), its linked denials disagree, a story about something else gives nothing; in source order', () => {
    expect(shown(discovered([dog, denies, reportedly, closes], ['Acme Steel denied that']).found)).toEqual([
      [0, 'agree', 'statement', 'Acme Steel will close its Ohio plant in March and cut 400 jobs, union leaders said on Monday.'],
      [1, 'discuss', 'statement', 'Acme Steel will reportedly close its Ohio plant in March and cut 400 jobs.'],
      [2, 'disagree', 'denial', 'Acme Steel denied that it will close its Ohio plant in March.'],
    ]);
  });

  it('a denial that is not linked to it counts where both models read it as contesting the claim: the sentence the sentence model reads as most disagreeing', () => {
    const { found, reading, target } = discovered([closes, reportedly, denies], []);
    expect(reading.articleStance(target.text, 2)[1]).toBeGreaterThanOrEqual(EVIDENCE.contests);
    expect(shown(found).filter(([s]) => s === 2)).toEqual([[2, 'disagree', 'model', '"We have no plans to close the Ohio plant," Dana Ripley, a spokeswoman for Acme Steel, said.']]);
  });

  it('... but not against a claim that calls what it reports false itself: a sentence calling it false agrees', () => {
    const { e, reading } = story(closes, reportedly, denies);
    const g = groupClaims(e.facts, e.claimVectors, e.rep).groups.find((x) => x.representative.sentence.text.includes('will close its Ohio plant'))!;
    const target: EvidenceTarget = {
      text: g.representative.claim.text, vector: e.claimVectors[g.representative.index], members: g.members,
      opposers: [], posed: false, isParty: spokenBy(['Acme Steel']), reportsFalsehood: true,
    };
    expect(gatherEvidence(target, reading).map((f) => f.fact.source)).toEqual([0, 1]);
  });

  it('... not a negation that withholds an answer ("would not say why"): it says no to nothing', () => {
    const { found, reading, target } = discovered([closes, reportedly, article('c.txt', 'No closure', 'Acme Steel would not say why the Ohio plant will close in March and cut 400 jobs.', 'Acme Steel has denied the reports as untrue.')], []);
    expect(reading.articleStance(target.text, 2)[1]).toBeGreaterThanOrEqual(EVIDENCE.contests);
    expect(found.map((f) => f.fact.source)).toEqual([0, 1]);
  });

  it('... nor a denial that names something else it denies (link-denials.ts deniesSomethingElse): the article model\'s reading is then no reason to read it against this claim', () => {
    const { e, reading } = story(closes, reportedly, denies);
    const g = groupClaims(e.facts, e.claimVectors, e.rep).groups.find((x) => x.representative.sentence.text.includes('will close its Ohio plant'))!;
    const target: EvidenceTarget = { text: g.representative.claim.text, vector: e.claimVectors[g.representative.index], members: g.members, opposers: [], posed: false, isParty: spokenBy(['Acme Steel']) };
    expect(reading.articleStance(target.text, 2)[1]).toBeGreaterThanOrEqual(EVIDENCE.contests);
    expect(gatherEvidence({ ...target, deniesOther: () => true }, reading).map((f) => f.fact.source)).toEqual([0, 1]);
  });

  it('... and nowhere else', () => {
    const { found, reading, target } = discovered([closes, reportedly, results('Acme Steel denied that it will close its Ohio plant in March.')], []);
    expect(reading.articleStance(target.text, 2)[1]).toBeLessThan(EVIDENCE.contests);
    expect(found.map((f) => f.fact.source)).toEqual([0, 1]);
  });
});

describe('gatherEvidence: a claim the editors pose', () => {
  const claim = 'Acme Steel will close its Ohio plant in March.';

  /** Evidence for the posed claim, with the sentences containing `linked` as its linked denials. */
  function posed(text: string, seeds: ReturnType<typeof article>[], linked: string[] = [], negation: EvidenceTarget['negation'] = null) {
    const { e, reading } = story(...seeds);
    const a = annotate(text);
    const target: EvidenceTarget = { text, vector: e.rep.vector(e.terms.normalize(a.terms)), members: [], opposers: linked.map(e.find), posed: true, isParty: spokenBy(a.names), negation };
    return { found: gatherEvidence(target, reading), reading };
  }

  it.each([
    ['a party of the claim denying it settles its source as disagreeing', 'Acme Steel denied that it will close its Ohio plant in March.', 'disagree', 'denial'],
    ['... where the same denial by someone else does not', 'Union leaders denied that Acme Steel will close its Ohio plant in March.', 'discuss', 'model'],
  ])('%s', (_label, denial, stance, by) => {
    const { found, reading } = posed(claim, [closes, reportedly, results(denial)], ['denied that']);
    // The article model reads both articles as contesting the claim below the bar for a denial by anyone, above the
    // bar that leaves a party's own denial standing.
    const p = reading.articleStance(claim, 2)[1];
    expect(p).toBeGreaterThanOrEqual(EVIDENCE.partyDenialUnless);
    expect(p).toBeLessThan(EVIDENCE.contestsWithDenial);
    expect(shown(found).filter(([s]) => s === 2)).toEqual([[2, stance, by, denial]]);
  });

  it.each([
    ['a restatement with the verb the claim asserts denied contradicts it, however the article model reads it', 'Actor Lena Ortiz will no longer be playing the mayor in the new Harbor film by director Sam Boyd, according to the Ledger.', 'disagree', 'denial'],
    ['... where a negation of another verb is left to the model', 'Actor Lena Ortiz will not be starring in the new Harbor film by director Sam Boyd, according to the Ledger.', 'discuss', 'model'],
  ])('%s', (_label, negation, stance, by) => {
    const cast = 'Lena Ortiz will play the mayor in the Harbor film.';
    const seeds = [
      article('a.txt', 'Casting', 'Actor Lena Ortiz will play the mayor in the new Harbor film by director Sam Boyd.', 'Filming starts in May.'),
      article('b.txt', 'Casting news', negation, 'Filming starts in May.'),
    ];
    const { found, reading } = posed(cast, seeds, [negation.slice(0, 30)]);
    expect(reading.articleStance(cast, 1)[1]).toBeLessThan(EVIDENCE.contestsWithDenial);
    expect(shown(found).filter(([s]) => s === 1)).toEqual([[1, stance, by, negation]]);
  });

  it.each([
    ['a negated posed claim is contradicted by a source that states what it negates', 'Actor Lena Ortiz will play the mayor in the new Harbor film by director Sam Boyd.', [['disagree', 'opposite', 'Actor Lena Ortiz will play the mayor in the new Harbor film by director Sam Boyd.']]],
    ['... not by one that calls it a rumour', 'A rumor spread on Friday that actor Lena Ortiz will play the mayor in the new Harbor film by director Sam Boyd.', []],
    ['... nor by a question', 'Will actor Lena Ortiz play the mayor in the new Harbor film by director Sam Boyd?', []],
    ['... nor by one that tells of it and negates it too', 'Reports said actor Lena Ortiz would play the mayor in the new Harbor film by director Sam Boyd. She isn’t going to play the mayor, her agent said.', []],
  ])('%s', (_label, text, expected) => {
    const uncast = 'Lena Ortiz will not play the mayor in the Harbor film.';
    const seeds = [article('a.txt', 'Casting', ...text.split(/(?<=\.) /)), article('b.txt', 'Filming', 'Filming of the new Harbor film by director Sam Boyd starts in May.')];
    const opposite = shown(posed(uncast, seeds, [], { verb: 'play', subject: 'ortiz' }).found).filter(([s, , by]) => s === 0 && by === 'opposite');
    expect(opposite).toEqual(expected.map((x) => [0, ...x]));
  });

  it.each([
    ['a fact-check rating false the claim it opens with contests a posed claim that states it', 'Acme Steel will close its Ohio plant in March.', {}, [[1, 'disagree', 'denial', 'Claim: Acme Steel will close its Ohio plant in March and cut 400 jobs.']]],
    ['... not one that negates it ("isn’t", typographic apostrophe too): the fact-check agrees with that', 'Acme Steel isn’t closing its Ohio plant in March.', {}, []],
    ['... nor one that calls the story false itself', 'Acme Steel closing its Ohio plant in March is a hoax.', { reportsFalsehood: true }, []],
  ] as const)('%s', (_label, text, extra, expected) => {
    const checked = article('f.txt', 'Plant closing?', 'Claim: Acme Steel will close its Ohio plant in March and cut 400 jobs.', 'FALSE', 'Origins: the rumour began on a forum about steel.');
    const { e, reading } = story(closes, checked);
    const a = annotate(text);
    const target: EvidenceTarget = { text, vector: e.rep.vector(e.terms.normalize(a.terms)), members: [], opposers: [], posed: true, isParty: spokenBy(a.names), ...extra };
    expect(shown(gatherEvidence(target, reading)).filter(([s, , by]) => s === 1 && by === 'denial')).toEqual(expected);
  });

  it('the articles that report it agree or discuss as the article model reads them, each through the sentence carrying most of it', () => {
    expect(shown(posed(claim, [closes, reportedly, dog]).found)).toEqual([
      [0, 'agree', 'model', 'Acme Steel will close its Ohio plant in March and cut 400 jobs, union leaders said on Monday.'],
      [1, 'discuss', 'model', 'Acme Steel will reportedly close its Ohio plant in March and cut 400 jobs.'],
    ]);
  });

  it('a source whose only word on it is a linked denial the article model reads as neither contesting nor unrelated gives nothing (it once crashed the build)', () => {
    const { e, reading } = story(closes, article('e.txt', 'Ministry statement', 'A ministry spokesman denied reports in a local newspaper about the harbor.', 'The harbor reopened on Friday.'));
    const text = 'Acme Steel will close its Ohio plant in March.';
    const a = annotate(text);
    const target: EvidenceTarget = { text, vector: e.rep.vector(e.terms.normalize(a.terms)), members: [], opposers: [e.find('A ministry spokesman denied')], posed: true, isParty: spokenBy(a.names) };
    // The readings that reach that branch: coherent sources, p(unrelated) between the two bars, p(disagree) under both.
    const read = { ...reading, coherent: [true, true], articleStance: () => Float64Array.of(0.05, 0.05, 0.2, 0.7) };
    expect(read.articleStance()[3]).toBeGreaterThanOrEqual(EVIDENCE.unrelatedBelow);
    expect(read.articleStance()[3]).toBeLessThan(EVIDENCE.unrelatedBelowCoherent);
    expect(shown(gatherEvidence(target, read)).filter(([s]) => s === 1)).toEqual([]);
  });

  it('a posed claim no sentence speaks to gets no evidence at all (it is unaddressed), however close the articles\' topic', () => {
    expect(posed('Acme Steel will sell its Texas headquarters to a bank.', [closes, reportedly, dog]).found).toEqual([]);
  });
});

describe('articleContests', () => {
  it(`is the article model reading a source as disagreeing with the claim at ${EVIDENCE.contests} or more`, () => {
    const doubts = { ...results('Acme Steel denied that it will close its Ohio plant in March, calling the report false and untrue.'), file: 'e.txt' };
    const { reading } = story(closes, reportedly, denies, doubts);
    const claim = 'Acme Steel will close its Ohio plant in March and cut 400 jobs.';
    expect([0, 1, 2, 3].map((s) => articleContests(reading, claim, s))).toEqual([false, false, true, false]);
    // The last article leans toward contesting it, not far enough.
    expect(reading.articleStance(claim, 3)[1]).toBeGreaterThan(0.4);
  });
});

describe('oneClaimPerModelContest', () => {
  // Sentences stand for themselves here: only which one it is matters, and how close it is to each claim.
  const x = (name: string) => ({ name }) as unknown as SentenceFacts;
  const a = x('conflicting reports'), b = x('denied'), c = x('restates');
  const model = (fact: SentenceFacts): Found => ({ fact, stance: 'disagree', by: 'model' });
  const closeness = new Map<string, number[]>([['conflicting reports', [0.2, 0.6, 0.1, 0.9]], ['denied', [0.5, 0.1, 0.1, 0.1]], ['restates', [0.9, 0.9, 0.9, 0.9]]]);
  const near = (f: SentenceFacts, k: number) => closeness.get((f as unknown as { name: string }).name)![k];
  const kept = (found: Found[][], posed: boolean[]) => oneClaimPerModelContest(found, posed, near).map((list) => list.map((f) => `${(f.fact as unknown as { name: string }).name}/${f.by}`));
  it.each([
    ['a sentence the models read against three claims contests the closest one', [[model(a)], [model(a)], [model(a)]], [false, false, false], [[], ['conflicting reports/model'], []]],
    ['a tie goes to the first claim', [[model(c)], [model(c)]], [false, false], [['restates/model'], []]],
    ['a linked denial and a restatement stay wherever they are', [[{ fact: b, stance: 'disagree', by: 'denial' }, model(a)], [{ fact: b, stance: 'disagree', by: 'denial' }, { fact: c, stance: 'agree', by: 'statement' }, model(a)]], [false, false], [['denied/denial'], ['denied/denial', 'restates/statement', 'conflicting reports/model']]],
    ['a posed claim keeps its own, and does not take one from a discovered claim', [[model(a)], [model(a)], [model(a)], [model(a)]], [false, false, false, true], [[], ['conflicting reports/model'], [], ['conflicting reports/model']]],
  ] as [string, Found[][], boolean[], string[][]][])('%s', (_label, found, posed, expected) => expect(kept(found, posed)).toEqual(expected));
});
