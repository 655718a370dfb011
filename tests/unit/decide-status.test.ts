import { describe, expect, it } from 'vitest';
import { answersOutright, decideStatus, evidenceFacts, speaksForParty, type EvidenceFacts } from '../../src/analysis/decide-status.ts';
import type { Found } from '../../src/analysis/gather-evidence.ts';
import { article, early } from './stage-helpers.ts';
import type { Stance } from '../../src/analysis/types.ts';

function fact(source: string, stance: Stance, speaker: string, opts: Partial<Omit<EvidenceFacts, 'evidence'>> & { sentence?: string } = {}): EvidenceFacts {
  return {
    evidence: { source, sentenceId: 's-1', sentence: opts.sentence ?? 'A sentence.', stance, speaker: { name: speaker, kind: 'named' } },
    speakerIsParty: opts.speakerIsParty ?? false, explicitDenial: opts.explicitDenial ?? false, opposes: opts.opposes ?? stance === 'disagree',
    outright: opts.outright ?? (opts.opposes ?? stance === 'disagree'), figures: opts.figures ?? [],
  };
}
const label = (id: string) => `Source ${id}`;
/** The same evidence spoken by its source itself (no named speaker). */
const ownWords = (f: EvidenceFacts): EvidenceFacts => ({ ...f, evidence: { ...f.evidence, speaker: { name: f.evidence.speaker.name, kind: 'source' } } });

describe('decideStatus', () => {
  it.each([
    ['the party the claim is about denies it', [fact('a', 'agree', 'Ledger'), fact('b', 'disagree', 'Acme', { speakerIsParty: true, explicitDenial: true, sentence: '"This is not true," Acme said.' })], 'denied', /^Acme denies it in Source b \(“This is not true," Acme said\.”\), though Source a reports it\.$/],
    ['the party negates it', [fact('a', 'agree', 'Ledger'), fact('b', 'disagree', 'Acme', { speakerIsParty: true, sentence: '"We have not closed the plant," Acme said.' })], 'denied', /^Acme denies it in Source b/],
    ['a party\'s negation of something else the claim says disputes it: only words that call the claim false deny it', [fact('a', 'agree', 'Ledger'), fact('b', 'disagree', 'Acme', { speakerIsParty: true, outright: false, sentence: '"No one was hurt at the plant," Acme said.' })], 'disputed', /^Acme contradicts it in Source b/],
    ['the models read a party\'s own statement as disagreeing, but it says no such thing', [fact('a', 'agree', 'Ledger'), fact('b', 'disagree', 'Acme', { speakerIsParty: true, opposes: false, sentence: 'Acme said the plant had a record year.' })], 'disputed', /^Source b disputes it, as the stance model reads the whole article \(“Acme said the plant had a record year\.”\), though Source a reports it\.$/],
    ['a sentence that says no speaks for the reason before one only the models read as disagreeing', [fact('a', 'agree', 'Ledger'), fact('b', 'disagree', 'Acme', { opposes: false, sentence: 'Acme said the plant had a record year.' }), fact('c', 'disagree', 'Union', { sentence: 'The union disputed the figures.' })], 'disputed', /^Union contradicts it in Source c \(“The union disputed the figures\.”\)/],
    ['a third party contradicts it', [fact('a', 'agree', 'Ledger'), fact('b', 'disagree', 'Union')], 'disputed', /^Union contradicts it in Source b/],
    ['a source contradicts it in its own words: named once', [fact('a', 'agree', 'Ledger'), ownWords(fact('b', 'disagree', 'Source b'))], 'disputed', /^Source b contradicts it \(“A sentence\.”\), though Source a reports it\.$/],
    ['sources give different figures', [fact('a', 'agree', 'Ledger', { figures: [{ type: 'MONEY', value: 4e6, text: '$4 million' }] }), fact('b', 'agree', 'Gazette', { figures: [{ type: 'MONEY', value: 6e6, text: '$6 million' }] })], 'disputed', /different figures: \$4 million in Source a, \$6 million in Source b/],
    ['sources agree on the figure', [fact('a', 'agree', 'Ledger', { figures: [{ type: 'MONEY', value: 4e6, text: '$4 million' }] }), fact('b', 'discuss', 'Gazette', { figures: [{ type: 'MONEY', value: 4e6, text: '$4m' }] })], 'reported', /^Reported by 2 sources/],
    ['one source states it, nobody contradicts it', [fact('a', 'agree', 'Ledger')], 'reported', /^Reported by Source a, attributed to Ledger; no source contradicts it\.$/],
    ['an unnamed speaker reads as one inside the sentence', [fact('a', 'agree', 'A spokeswoman'), fact('b', 'agree', 'The Hague')], 'reported', /attributed to a spokeswoman and The Hague;/],
  ])('%s', (_label, facts, status, reason) => {
    const v = decideStatus(facts, label);
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(reason);
  });
});

describe('evidenceFacts: what says no', () => {
  const e = early([
    article('a.txt', 'Acme results', 'Acme Steel said it will not be intimidated by the union.', '"This report is false," Acme Steel said.', 'Acme Steel said it had never planned to close the plant.'),
  ]);
  const sources = e.read.sources.map((r) => r.source);
  const opposes = (text: string, by: Found['by']) => evidenceFacts([{ fact: e.find(text), stance: 'disagree', by }], speaksForParty(['Acme Steel'], () => false), sources, () => false)[0].opposes;

  it.each([
    ['an explicit denial, however it was found', 'This report is false', 'model', true],
    ['a negation a cue linked to the claim', 'never planned to close', 'denial', true],
    ['a negation only the models found: it may negate anything', 'will not be intimidated', 'model', false],
  ] as const)('%s', (_what, text, by, expected) => expect(opposes(text, by)).toBe(expected));

  // What the claim page and the datasets say of the sentence: a model-read contradiction is the article's, not the
  // sentence's; its words may say nothing against the claim.
  const basis = (text: string, by: Found['by'], stance: Stance = 'disagree') =>
    evidenceFacts([{ fact: e.find(text), stance, by }], speaksForParty(['Acme Steel'], () => false), sources, () => false)[0].evidence.basis;
  it.each([
    ['a contradiction only the models read, in a sentence that says no such thing', 'will not be intimidated', 'model', 'disagree', 'article'],
    ['an explicit denial the models found', 'This report is false', 'model', 'disagree', undefined],
    ['a negation a cue linked', 'never planned to close', 'denial', 'disagree', undefined],
    ['a statement of the claim', 'never planned to close', 'statement', 'agree', undefined],
  ] as const)('basis: %s', (_what, text, by, stance, expected) => expect(basis(text, by, stance)).toBe(expected));
});

describe('answersOutright: what calls a claim false', () => {
  const e = early([
    article('a.txt', 'Plant news', 'Acme Steel will close its Ohio plant and is in talks with Beta Metals about the site.'),
    article('b.txt', 'Acme answers', '"This report is false," Acme Steel said.', '"We will not close the Ohio plant," Acme Steel said.',
      '"We are not in talks with Beta Metals," Acme Steel said.', '"No one was hurt at the site," Acme Steel said.'),
  ]);
  const claim = e.find('will close its Ohio plant');
  const outright = answersOutright([claim], new Set(claim.claim.nlp.terms));
  it.each([
    ['a denial phrase', 'This report is false', true],
    ['a negation of the verb the claim asserts', 'We will not close', true],
    ['a party negating its dealings with another party of the claim', 'not in talks with Beta', true],
    ['a negation of something else', 'No one was hurt', false],
  ] as const)('%s', (_what, text, expected) => expect(outright(e.find(text))).toBe(expected));
});

describe('speaksForParty', () => {
  const e = early([
    article('a.txt', 'Ferry news', 'But according to the Harbor Gazette, there had been no such strike.', '"We never went on strike," Harbor Gazette staff said.', 'Acme Ferries said the crossing was not cancelled.'),
  ]);
  const reporters = (n: string) => n === 'Harbor Gazette';
  it.each([
    ['an outlet cited as reporting, when the claim names the place it is called after', ['Harbor'], 'according to the Harbor Gazette', false],
    ['an outlet the claim names as itself', ['Harbor Gazette'], 'according to the Harbor Gazette', true],
    ['a party the claim names in part', ['Acme'], 'Acme Ferries said', true],
  ] as const)('%s', (_what, parties, text, expected) => {
    const x = e.find(text);
    expect(x.speaker.kind).toBe('named');
    expect(speaksForParty(parties, reporters)(x)).toBe(expected);
  });
});

describe('evidenceFacts and decideStatus: which figures conflict', () => {
  // Two sources' statements of one claim; each gives one count. Only counts of the same thing conflict.
  const status = (a: string, b: string) => {
    const e = early([article('a.txt', 'Quake report', a), article('b.txt', 'Quake report', b)]);
    const sources = e.read.sources.map((r) => r.source);
    const found: Found[] = [{ fact: e.find(a), stance: 'agree', by: 'statement' }, { fact: e.find(b), stance: 'agree', by: 'statement' }];
    return decideStatus(evidenceFacts(found, () => false, sources, () => true), label).status;
  };
  it.each([
    ['counts of the same thing that differ', 'The quake killed 40 villagers near the dam.', 'The quake killed 65 villagers near the dam.', 'disputed'],
    ['counts of the same thing that agree', 'The quake killed 40 villagers near the dam.', 'Officials said the quake killed 40 villagers.', 'reported'],
    ['a bare number beside a count: the age of a man is no count of villagers', 'Farmer Tony Reed, 35, saw the quake hit the dam.', 'The quake killed 65 villagers near the dam.', 'reported'],
    ['counts of different things', 'The quake destroyed 12 houses near the dam.', 'The quake killed 65 villagers near the dam.', 'reported'],
    ['a bound the other figure meets: "more than $2,000" and "$2,084"', 'Villagers raised more than $2,000 for the quake victims.', 'Villagers raised $2,084 for the quake victims.', 'reported'],
    ['... and one it does not: "almost $800,000" and "$924,000"', 'The quake caused almost $800,000 of damage to the dam.', 'The quake caused $924,000 of damage to the dam.', 'disputed'],
    ['an estimate within a tenth: "about 40 villagers" and "43 villagers"', 'The quake killed about 40 villagers near the dam.', 'The quake killed 43 villagers near the dam.', 'reported'],
    ['... and beyond it: "about 40 villagers" and "65 villagers"', 'The quake killed about 40 villagers near the dam.', 'The quake killed 65 villagers near the dam.', 'disputed'],
    ['a conversion in brackets is no figure of its own', 'Villagers offered a reward of 1 million pesos ($74,000) after the quake.', 'Villagers offered a 1 million peso ($75,000) reward after the quake.', 'reported'],
  ] as const)('%s', (_what, a, b, expected) => expect(status(a, b)).toBe(expected));
});

describe('evidenceFacts and decideStatus: a statement of what a negated claim negates', () => {
  // "Lena Ortiz will not play the mayor": one source says so, another says she will play the mayor.
  const verdict = (by: Found['by'], isParty: boolean) => {
    const said = 'Lena Ortiz will not play the mayor in the Harbor film.', opposite = 'Lena Ortiz will play the mayor in the Harbor film, her agent said.';
    const e = early([article('a.txt', 'Casting', said), article('b.txt', 'Casting', opposite)]);
    const sources = e.read.sources.map((r) => r.source);
    const found: Found[] = [{ fact: e.find(said), stance: 'agree', by: 'statement' }, { fact: e.find(opposite), stance: 'disagree', by }];
    return decideStatus(evidenceFacts(found, () => isParty, sources, () => true, undefined, answersOutright([found[0].fact], new Set(['play']))), label);
  };
  it.each([
    ['says no in its own words: it contradicts the claim, and the reason quotes it', 'opposite', false, 'disputed', /^“Casting” contradicts it \(“Lena Ortiz will play the mayor in the Harbor film, her agent said\.”\)/],
    ['... from a party of the claim too: asserting the opposite is no denial', 'opposite', true, 'disputed', /contradicts it/],
    ['the same sentence read by the models alone disputes it as the models read it', 'model', false, 'disputed', /disputes it, as the stance model reads the whole article/],
  ] as const)('%s', (_what, by, isParty, status, reason) => {
    const v = verdict(by, isParty);
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(reason);
  });
});
