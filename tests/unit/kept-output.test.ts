/**
 * Keeping the previous build's output folder (kept-output.ts): trusted only when it is exactly what the last
 * build recorded, and afterwards cleared of what the new build neither wrote nor kept.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publicCopies, recordOutput, removeStale, takeKeptOutput } from '../../src/loaders/kept-output.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(): { out: string; cache: string; file: (rel: string, age?: number) => string } {
  dir = mkdtempSync(join(tmpdir(), 'fc-kept-'));
  const out = join(dir, 'dist'), cache = join(dir, 'cache');
  mkdirSync(cache);
  const file = (rel: string, age = 60) => {
    const p = join(out, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, rel);
    const t = (Date.now() - age * 1000) / 1000;
    utimesSync(p, t, t);
    return p;
  };
  return { out, cache, file };
}

describe('takeKeptOutput', () => {
  it('hands back the recorded folder once, with the files it held, its search index hash and the digests of the files the build wrote', () => {
    const { out, cache, file } = setup();
    const a = file('claims/a/index.html'), b = file('index.html');
    recordOutput(cache, out, 'h1,h2', { 'embed/claims/a/oembed.json': 'd1' });
    const kept = takeKeptOutput(cache, out);
    expect(kept?.searchHash).toBe('h1,h2');
    // What the build wrote itself, by digest: the next build trusts these instead of reading the files.
    expect(kept?.written).toEqual({ 'embed/claims/a/oembed.json': 'd1' });
    expect([...(kept?.files ?? [])].sort()).toEqual([b, a].sort());
    // The record is spent: a build that fails half-way leaves nothing to trust.
    expect(takeKeptOutput(cache, out)).toBeNull();
  });

  it('does not trust a folder changed since the record, nor another folder', () => {
    const { out, cache, file } = setup();
    file('claims/a/index.html');
    recordOutput(cache, out, null);
    file('claims/a/index.html', 5);
    expect(takeKeptOutput(cache, out)).toBeNull();
    recordOutput(cache, out, null);
    expect(takeKeptOutput(cache, join(dir, 'elsewhere'))).toBeNull();
  });
});

describe('removeStale', () => {
  it('removes what the folder held that this build neither wrote nor kept, and the folders left empty', () => {
    const { out, file } = setup();
    const gone = file('claims/gone/index.html');
    const keptPage = file('claims/kept/index.html');
    const search = file('pagefind-1/fragment/x.pf_fragment');
    const rewritten = file('claims/new/index.html');
    const before = [gone, keptPage, search, rewritten];
    const since = Date.now() - 30_000;
    // This build wrote one page again (newer than `since`) and kept another; a file it added is not in `before`.
    const t = Date.now() / 1000;
    utimesSync(rewritten, t, t);
    const added = file('claims/added/index.html', 0);
    const removed = removeStale(out, before, new Set([keptPage]), since, (top) => top.startsWith('pagefind'));
    expect(removed).toBe(1);
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(join(out, 'claims/gone'))).toBe(false);
    for (const p of [keptPage, search, rewritten, added]) expect(existsSync(p)).toBe(true);
  });

  it('keeps the copies of public files even when the copy kept the file\'s own old modification time', () => {
    const { out, file } = setup();
    const pub = join(dir, 'public');
    mkdirSync(join(pub, 'search'), { recursive: true });
    writeFileSync(join(pub, 'embed.js'), 'x');
    writeFileSync(join(pub, 'search/pagefind.js'), 'y');
    // Copied by Vite with their old times, as Vite 8 does; a page gone from the site is older too.
    const copies = [file('embed.js', 3600), file('search/pagefind.js', 3600)];
    const gone = file('claims/gone/index.html', 3600);
    expect(publicCopies(pub, out).sort()).toEqual([...copies].sort());
    expect(publicCopies(join(dir, 'no-such-folder'), out)).toEqual([]);
    const removed = removeStale(out, [...copies, gone], new Set(publicCopies(`${pub}/`, out)), Date.now() - 30_000);
    expect(removed).toBe(1);
    for (const p of copies) expect(existsSync(p)).toBe(true);
    expect(existsSync(gone)).toBe(false);
  });
});
