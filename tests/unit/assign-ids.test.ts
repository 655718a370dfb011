import { describe, expect, it } from 'vitest';
import { assignIds } from '../../src/analysis/assign-ids.ts';

describe('assignIds', () => {
  const first = assignIds([{ keys: ['k1', 'k2'], text: 'Acme cut 400 jobs in Ohio.' }, { keys: ['k3'], text: 'The plant opened in 1990.' }]);

  it('makes readable ids from the claim text plus a hash', () => {
    expect(first.ids[0]).toMatch(/^acme-cut-400-jobs-ohio-[a-z0-9]{6}$/);
    expect(new Set(first.ids).size).toBe(2);
  });

  it.each([
    ['a restating sentence joins a claim', [{ keys: ['k1', 'k2', 'k9'], text: 'Other words now.' }, { keys: ['k3'], text: 'x' }]],
    ['claims come in another order, with a new claim first', [{ keys: ['k7'], text: 'Brand new claim here.' }, { keys: ['k3'], text: 'x' }, { keys: ['k2'], text: 'y' }]],
    ['one of two sentences of a claim was edited away', [{ keys: ['k2', 'k8'], text: 'y' }, { keys: ['k3'], text: 'x' }]],
  ])('keeps ids when %s', (_label, claims) => {
    const next = assignIds(claims, first.lock);
    const byKey = (k: string, r: { ids: string[] }) => r.ids[claims.findIndex((c) => c.keys.includes(k))];
    expect(byKey('k3', next)).toBe(first.ids[1]);
    expect(byKey('k2', next)).toBe(first.ids[0]);
  });

  it('never hands a retired id to a different claim', () => {
    const gone = assignIds([{ keys: ['k3'], text: 'The plant opened in 1990.' }], first.lock);
    const back = assignIds([{ keys: ['z1'], text: 'Acme cut 400 jobs in Ohio.' }], gone.lock);
    expect(back.ids[0]).not.toBe(first.ids[0]);
  });
});
