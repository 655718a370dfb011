import { describe, expect, it } from 'vitest';
import { buildDate, diffClaims, recordBuild, replay, type HistoryEntry, type PublishedClaim } from '../../src/loaders/corrections.ts';

const claim = (id: string, status: PublishedClaim['status'], editors = false): PublishedClaim => ({ id, text: `Claim ${id}.`, status, editors });

describe('the corrections log', () => {
  const first = recordBuild([], [claim('a', 'reported'), claim('b', 'denied')], 'cov1', '2025-03-01');

  it('records every claim as new on the first build', () => {
    expect(first).toEqual([{ date: '2025-03-01', coverage: 'cov1', changes: [
      { claim: 'a', change: 'new', text: 'Claim a.', to: 'reported' },
      { claim: 'b', change: 'new', text: 'Claim b.', to: 'denied' },
    ] }]);
  });

  it('adds nothing when nothing changed (the same log comes back), whatever the date', () => {
    expect(recordBuild(first, [claim('a', 'reported'), claim('b', 'denied')], 'cov1', '2025-04-01')).toBe(first);
  });

  it('records new claims, status changes (marking the editors\' verdict) and retired ids', () => {
    const next = recordBuild(first, [claim('a', 'disputed', true), claim('c', 'reported')], 'cov2', '2025-03-05');
    expect(next.at(-1)).toEqual({ date: '2025-03-05', coverage: 'cov2', changes: [
      { claim: 'c', change: 'new', text: 'Claim c.', to: 'reported' },
      { claim: 'a', change: 'status', text: 'Claim a.', from: 'reported', to: 'disputed', editors: true },
      { claim: 'b', change: 'retired', text: 'Claim b.', from: 'denied' },
    ] });
    expect([...replay(next).keys()].sort()).toEqual(['a', 'c']);
  });

  it('records a re-read of changed coverage even when no claim changed: that is when it was last checked', () => {
    const next = recordBuild(first, [claim('a', 'reported'), claim('b', 'denied')], 'cov2', '2025-03-07');
    expect(next.at(-1)).toEqual({ date: '2025-03-07', coverage: 'cov2', changes: [] });
  });

  it('compares with the replayed state, not with the first entry', () => {
    const log: HistoryEntry[] = recordBuild(recordBuild([], [claim('a', 'reported')], 'c', '2025-01-01'), [claim('a', 'denied')], 'c2', '2025-01-02');
    expect(diffClaims(replay(log), [claim('a', 'denied')])).toEqual([]);
  });
});

describe('buildDate', () => {
  it('is BUILD_DATE when given, else today in UTC', () => {
    expect(buildDate({ BUILD_DATE: '2024-02-29' })).toBe('2024-02-29');
    expect(buildDate({}, new Date('2025-06-30T23:59:59Z'))).toBe('2025-06-30');
  });
  it.each(['2023-02-29', '2024-1-5', 'yesterday'])('refuses %s with a message saying the format', (bad) => {
    expect(() => buildDate({ BUILD_DATE: bad })).toThrow(/Write it as YYYY-MM-DD/);
  });
});
