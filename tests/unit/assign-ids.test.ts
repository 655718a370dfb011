import { describe, expect, it } from 'vitest';
import { assignIds, claimKey, lockVeto } from '../../src/analysis/assign-ids.ts';
import { normalizeText, shortHash } from '../../src/analysis/hash.ts';

const [S1, S2, S3] = ['Acme cut 400 jobs in Ohio.', 'Acme is cutting 400 Ohio jobs.', 'The plant opened in 1990.'];

describe('assignIds', () => {
  const first = assignIds('steel', [{ sentences: [S1, S2], text: S1 }, { sentences: [S3], text: S3 }]);

  it('makes readable ids from the claim text plus a hash', () => {
    expect(first.ids[0]).toMatch(/^acme-cut-400-jobs-ohio-[a-z0-9]{6}$/);
    expect(new Set(first.ids).size).toBe(2);
  });

  it('makes different ids for the same sentences in two stories, so stories never share a claim URL', () => {
    const other = assignIds('steel-jobs', [{ sentences: [S1, S2], text: S1 }, { sentences: [S3], text: S3 }]);
    expect(other.ids.filter((id) => first.ids.includes(id))).toEqual([]);
  });

  it.each([
    ['a restating sentence joins a claim', [{ sentences: [S1, S2, 'Acme confirmed the Ohio job cuts.'], text: 'Other words now.' }, { sentences: [S3], text: 'x' }]],
    ['claims come in another order, with a new claim first', [{ sentences: ['A brand new claim here.'], text: 'Brand new.' }, { sentences: [S3], text: 'x' }, { sentences: [S2], text: 'y' }]],
    ['one of two sentences of a claim was edited away', [{ sentences: [S2, 'Acme is cutting 500 Ohio jobs.'], text: 'y' }, { sentences: [S3], text: 'x' }]],
    ['a trailing full stop was removed and U.S. written US', [{ sentences: ['Acme cut 400 jobs in Ohio', 'Acme is cutting 400 Ohio jobs, the U.S. unit said.'], text: S1 }, { sentences: ['The plant opened in 1990'], text: S3 }]],
    ['only case and spacing changed', [{ sentences: ['ACME  cut 400 jobs in Ohio.'], text: S1 }, { sentences: ['The plant opened in  1990.'], text: S3 }]],
  ])('keeps ids when %s', (_label, claims) => {
    const next = assignIds('steel', claims, first.lock);
    const idOf = (re: RegExp) => next.ids[claims.findIndex((c) => c.sentences.some((s) => re.test(s)))];
    expect(idOf(/1990/)).toBe(first.ids[1]);
    expect(idOf(/acme/i)).toBe(first.ids[0]);
  });

  it('keeps both ids when two claims hold one sentence spelt two ways, one of them in two spellings', () => {
    // A sentence copied by four outlets, its apostrophe and case differing: one key for all spellings. The claim
    // holding two spellings holds that key once, as the other does; it must not take both claims' ids.
    const [a, b1, b2] = ['Father O’neal says he will go on.', "Father O'Neal says he will go on.", "Father O'neal says he will go on."];
    const claims = [{ sentences: [a], text: a }, { sentences: [b1, b2], text: b1 }];
    const once = assignIds('priest', claims);
    expect(new Set(once.ids).size).toBe(2);
    const again = assignIds('priest', claims, once.lock, new Set(once.ids));
    expect(again.ids).toEqual(once.ids);
  });

  it('keeps the ids of a lock written before sentence keys ignored punctuation', () => {
    const legacy = (s: string) => shortHash(normalizeText(s), 10);
    const old = { 'acme-cut-400-jobs-ohio-abc123': [legacy(S1)], 'plant-opened-1990-def456': [legacy(S3)] };
    const next = assignIds('steel', [{ sentences: [S3], text: S3 }, { sentences: [S1], text: S1 }], old);
    expect(next.ids).toEqual(['plant-opened-1990-def456', 'acme-cut-400-jobs-ohio-abc123']);
    expect(next.lock).toEqual(old);
  });

  it('gives back each id when an article is deleted and restored, though the claims merged meanwhile', () => {
    // While S2's article was away, S1 and S3 formed one claim that kept the first id; its lock entry then
    // listed S3 too. With the article back the claims are as before, and each gets its own id again.
    const merged = assignIds('steel', [{ sentences: [S1, S3], text: S1 }], first.lock);
    const restored = assignIds('steel', [{ sentences: [S3], text: S3 }, { sentences: [S1, S2], text: S1 }], merged.lock);
    expect(restored.ids).toEqual([first.ids[1], first.ids[0]]);
  });

  it('leaves the lock as it was when the claims are the same', () => {
    const again = assignIds('steel', [{ sentences: [S3], text: S3 }, { sentences: [S2, S1], text: S1 }], first.lock);
    expect(again.lock).toEqual(first.lock);
  });

  it('records a sentence that joins a claim, under the claim\'s id', () => {
    const more = assignIds('steel', [{ sentences: [S1, S2, 'Acme confirmed the Ohio job cuts.'], text: S1 }, { sentences: [S3], text: S3 }], first.lock);
    expect(more.lock[first.ids[0]]).toContain(claimKey('Acme confirmed the Ohio job cuts.'));
  });

  it('keeps the published id when the lock holds several ids of the same sentences', () => {
    // A lock can list one claim's sentences under several ids (ids minted by an older engine); the one readers
    // have now must win, not the first in alphabetical order.
    const keys = [claimKey(S1), claimKey(S2)];
    const lock = { 'acme-cut-abc123': keys, 'acme-cut-abc123-2': keys, 'acme-cut-abc123-3': keys };
    const claims = [{ sentences: [S1, S2], text: S1 }];
    expect(assignIds('steel', claims, lock).ids).toEqual(['acme-cut-abc123']);
    expect(assignIds('steel', claims, lock, new Set(['acme-cut-abc123-3'])).ids).toEqual(['acme-cut-abc123-3']);
    // A better match still beats a published id that matches less of the claim.
    expect(assignIds('steel', claims, { ...lock, 'acme-cut-abc123-3': [keys[0]] }, new Set(['acme-cut-abc123-3'])).ids).toEqual(['acme-cut-abc123']);
  });

  it('moves an id to the claim holding most of its sentences, never to one holding a remnant', () => {
    // Two published claims merged (they quote one statement); a third sentence of the first split off. The
    // merged claim keeps one id, the other id sends readers to it; the split-off sentence gets an id of its own.
    const [S4, S5, S6] = ['Acme said the cuts are final.', 'The cuts are final, Acme said.', 'Union leaders called the cuts a betrayal.'];
    const lock = { 'acme-jobs-aaaaaa': [S1, S2, S6].map(claimKey), 'acme-final-bbbbbb': [S4, S5].map(claimKey) };
    const { ids } = assignIds('steel', [{ sentences: [S1, S2, S4, S5], text: S1 }, { sentences: [S6], text: S6 }], lock);
    expect(ids[0]).toBe('acme-final-bbbbbb');
    expect(ids[1]).not.toBe('acme-jobs-aaaaaa');
    // A claim the editors pose (it has its own id) that takes most of a published claim's sentences is where
    // that id goes too: the remnant does not take it over.
    const posed = assignIds('steel', [{ sentences: [S6], text: S6 }], lock, new Set(), [{ sentences: [S1, S2] }]);
    expect(posed.ids[0]).not.toBe('acme-jobs-aaaaaa');
    // With no claim holding more of it, the remnant keeps the id.
    expect(assignIds('steel', [{ sentences: [S6], text: S6 }], lock).ids[0]).toBe('acme-jobs-aaaaaa');
  });

  it('never hands a retired id to a different claim', () => {
    const gone = assignIds('steel', [{ sentences: [S3], text: S3 }], first.lock);
    expect(Object.keys(gone.lock)).toContain(first.ids[0]);
    const back = assignIds('steel', [{ sentences: ['Acme cut 400 jobs in Ohio, a union said.'], text: S1 }], gone.lock);
    expect(back.ids[0]).not.toBe(first.ids[0]);
  });
});

describe('lockVeto', () => {
  const lock = { a: [claimKey(S1)], b: [claimKey(S3)] };
  const veto = lockVeto(lock, [S1, S3, 'Something new entirely.', S2]);

  it('keeps sentences locked to different claims apart', () => expect(veto([0], [1])).toBe(false));
  it('lets a new sentence join a locked claim', () => expect(veto([0], [2])).toBe(true));
  it('lets new sentences merge', () => expect(veto([2], [3])).toBe(true));
  it('lets a group join another holding its own id', () => expect(veto([0, 2], [0])).toBe(true));
});
