import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/loaders/page-keys.ts';
import { registerDigest } from '../../src/site/records.ts';

/** A record as the loader hands it to the pages: an object whose digest it registered. */
function record(fields: Record<string, unknown>, digest: string) {
  const r = { ...fields };
  registerDigest(r, digest);
  return r;
}

describe('page keys (the incremental build renders a page again only when its key changes)', () => {
  it('know a loaded record by its digest: same digest, same key; another digest, another key', () => {
    const a = record({ id: 'c1', text: 'The ferry resumed.' }, 'd1');
    const sameRecordLoadedAgain = record({ id: 'c1', text: 'The ferry resumed.' }, 'd1');
    const edited = record({ id: 'c1', text: 'The ferry resumed on Monday.' }, 'd2');
    expect(pageKey({ claim: sameRecordLoadedAgain })).toBe(pageKey({ claim: a }));
    expect(pageKey({ claim: edited })).not.toBe(pageKey({ claim: a }));
    // The digest is the record's whole content as the loader stored it: the page key never reads the record again.
    expect(pageKey({ claim: record({ id: 'c1', text: 'not what was digested' }, 'd1') })).toBe(pageKey({ claim: a }));
  });

  it('reach a record inside a path or a list, so a page showing it is rendered again when it changes', () => {
    const before = record({ id: 'c1', status: 'reported' }, 'd1');
    const after = record({ id: 'c1', status: 'denied' }, 'd3');
    expect(pageKey({ path: { kind: 'live', id: 'c1', claim: after }, part: 0 })).not.toBe(pageKey({ path: { kind: 'live', id: 'c1', claim: before }, part: 0 }));
    expect(pageKey({ claims: [before, after] })).not.toBe(pageKey({ claims: [before, before] }));
    expect(pageKey({ claims: [before, after] })).not.toBe(pageKey({ claims: [after, before] }));
  });

  it('hash any other value by its content', () => {
    const key = (part: number, kind: string, extra?: unknown) => pageKey({ path: { kind, id: 'old-id', to: 'new-id', extra }, part });
    expect(key(1, 'moved')).toBe(key(1, 'moved'));
    expect(key(2, 'moved')).not.toBe(key(1, 'moved'));
    expect(key(1, 'retired')).not.toBe(key(1, 'moved'));
    expect(key(1, 'moved', [1, 2])).not.toBe(key(1, 'moved', [2, 1]));
    expect(key(1, 'moved', { a: null })).not.toBe(key(1, 'moved', { a: 'null' }));
    expect(key(1, 'moved', new Date('2026-01-15'))).not.toBe(key(1, 'moved', new Date('2026-01-16')));
    // A string that looks like a digest is not taken for a record.
    expect(pageKey({ claim: 'd1' })).not.toBe(pageKey({ claim: record({}, 'd1') }));
  });
});
