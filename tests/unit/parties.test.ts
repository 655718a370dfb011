/** The one rule for "these two names stand for one party" (grouping, denial linking, the status). */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { actorNames, nameKey, partyOf, sameKey, sameParty } from '../../src/analysis/parties.ts';

describe('parties', () => {
  it.each([
    ['Acme', 'Acme Corp', true],
    ['US Steel', 'U.S. Steel', true],
    ['acme corp', 'ACME', true],
    ['Acme', 'Beta', false],
    // Two letters are too short to stand inside another name: "US" is not "USA Today".
    ['US', 'USA Today', false],
    ['US', 'U.S.', true],
    // Outlets spell apostrophes differently: one party.
    ['Father O’Neal', "Father O'neal", true],
    ["O'Hare", 'O’Brien', false],
  ])('sameParty(%s, %s) is %s', (a, b, expected) => {
    expect(sameParty(a, b)).toBe(expected);
    expect(sameParty(b, a)).toBe(expected);
  });

  it('reads a speaker as the party it speaks for', () => {
    expect(partyOf('Acme (Jane Doe)')).toBe('Acme');
    expect(partyOf('Jane Doe')).toBe('Jane Doe');
  });

  it('compares keyed names as sameParty compares names', () => {
    expect(sameKey(nameKey('U.S. Bancorp'), nameKey('US Bancorp'))).toBe(true);
    expect(sameKey(nameKey('Wells Fargo'), nameKey('JPMorgan'))).toBe(false);
  });
});

describe('actorNames', () => {
  const read = (text: string) => annotate(text);
  it.each([
    // A name after a preposition is a setting: where, or of what.
    ['The Lebanese army has detained a wife of the leader of the Islamic State in Iraq, officials said.', ['Islamic State'], ['Iraq']],
    ['The family crossed from Syria into Lebanon last week.', [], ['Syria', 'Lebanon']],
    // The same name given as an actor elsewhere in the sentence counts.
    ['Iraq said the woman held in Iraq was released.', ['Iraq'], []],
    ['Acme Corp asked Beta Bank for its customers\' data.', ['Acme Corp', 'Beta Bank'], []],
    // ... and so does the subject of a clause the preposition-like word opens; not a setting that a verb follows.
    ['Hundreds were forced to leave after Israel opened the gates of the dams.', ['Israel'], []],
    ['A top official in Nigeria was reported to have announced a truce.', [], ['Nigeria']],
  ])('%s', (text, actors, settings) => {
    const a = read(text);
    for (const n of actors) expect(a.names).toContain(n);
    const got = actorNames(a);
    for (const n of actors) expect(got).toContain(n);
    for (const n of settings) expect(got).not.toContain(n);
  });
});
