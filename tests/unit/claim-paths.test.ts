import { describe, expect, it } from 'vitest';
import type { ClaimEntry, StoryEntry } from '../../src/loaders/entries.ts';
import { claimPaths } from '../../src/site/claim-paths.ts';

const claim = (id: string) => ({ id, text: `Claim ${id}.`, story: 's' }) as ClaimEntry;
const story = (moved: StoryEntry['moved'], retired: StoryEntry['retired']) => ({ id: 's', title: 'Story', moved, retired }) as StoryEntry;

describe('claimPaths: every id the site published keeps an address', () => {
  const paths = claimPaths([claim('a'), claim('b')], [story([{ id: 'old-a', to: 'a' }, { id: 'b', to: 'a' }, { id: 'to-nowhere', to: 'gone' }], [{ id: 'old-c', text: 'Claim c.', date: '2026-01-02' }, { id: 'old-a', text: 'x', date: '2026-01-01' }])]);
  const byId = new Map(paths.map((p) => [p.id, p]));

  it('lists each live claim once, first', () => expect(paths.slice(0, 2).map((p) => [p.id, p.kind])).toEqual([['a', 'live'], ['b', 'live']]));
  it('sends a moved id on to the claim that holds its sentences', () => expect(byId.get('old-a')).toMatchObject({ kind: 'moved', claim: { id: 'a' } }));
  it('never shadows a live claim with a moved id, nor lists an id twice', () => {
    expect(byId.get('b')!.kind).toBe('live');
    expect(paths.map((p) => p.id)).toEqual([...new Set(paths.map((p) => p.id))]);
  });
  it('leaves out a move to a claim that does not exist', () => expect(byId.has('to-nowhere')).toBe(false));
  it('gives a retired id a page with its text, date and story', () => expect(byId.get('old-c')).toEqual({ id: 'old-c', kind: 'retired', text: 'Claim c.', date: '2026-01-02', story: { id: 's', title: 'Story' } }));
});
