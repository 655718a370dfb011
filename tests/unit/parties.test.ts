/** The one rule for "these two names stand for one party" (grouping, denial linking, the status). */
import { describe, expect, it } from 'vitest';
import { nameKey, partyOf, sameKey, sameParty } from '../../src/analysis/parties.ts';

describe('parties', () => {
  it.each([
    ['Acme', 'Acme Corp', true],
    ['US Steel', 'U.S. Steel', true],
    ['acme corp', 'ACME', true],
    ['Acme', 'Beta', false],
    // Two letters are too short to stand inside another name: "US" is not "USA Today".
    ['US', 'USA Today', false],
    ['US', 'U.S.', true],
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
