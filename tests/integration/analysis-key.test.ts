/**
 * The persistent analysis cache is only as safe as its key: every input of a story's analysis must change
 * it (a missed one would serve a stale analysis across builds), and nothing else may (or an unchanged story
 * would be analysed again).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineFingerprint, storyKey, type StoryKeyInputs } from '../../src/loaders/analysis-key.ts';
import { AnalysisCache } from '../../src/loaders/analysis-cache.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const base: StoryKeyInputs = {
  id: 'harbor-contract',
  files: [{ name: '01-herald.md', bytes: bytes('---\ntitle: A\n---\n\nThe mayor awarded the contract.\n') }, { name: '02-courier.txt', bytes: bytes('B\nThe council voted.\n') }],
  sourcesText: '',
  title: undefined,
  posed: [],
  lockText: null,
  published: [],
};
const dir = mkdtempSync(join(tmpdir(), 'fc-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a story\'s analysis key', () => {
  const engine = engineFingerprint('models');

  it('is the same for the same inputs', () => {
    expect(storyKey(engine, { ...base, files: base.files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) })) })).toBe(storyKey(engine, base));
  });

  it.each<[string, Partial<StoryKeyInputs>]>([
    ['a seed\'s bytes', { files: [{ ...base.files[0], bytes: bytes('---\ntitle: A\n---\n\nThe mayor awarded the contracts.\n') }, base.files[1]] }],
    ['a seed\'s name', { files: [{ ...base.files[0], name: '01-herald2.md' }, base.files[1]] }],
    ['a seed added', { files: [...base.files, { name: '03-new.txt', bytes: bytes('C\nMore.\n') }] }],
    ['the story folder', { id: 'harbor-contract-2' }],
    ['sources.yaml', { sourcesText: '01-herald.md:\n  outlet: The Herald\n' }],
    ['the editors\' title', { title: 'The harbor contract' }],
    ['a posed claim', { posed: [{ id: 'contract-worth-6-million', text: 'The contract is worth $6 million.' }] }],
    ['the lock', { lockText: '{\n "x-1": ["k"]\n}\n' }],
    ['the published ids', { published: ['x-1'] }],
  ])('changes with %s', (_, change) => {
    expect(storyKey(engine, { ...base, ...change })).not.toBe(storyKey(engine, base));
  });

  it('changes with any model byte, so new models re-analyse every story', () => {
    const models = join(dir, 'models');
    cpSync('models', models, { recursive: true });
    const file = join(models, 'stance.bin');
    const b = readFileSync(file);
    b[b.length - 1] ^= 1;
    writeFileSync(file, b);
    expect(engineFingerprint(models)).not.toBe(engine);
  });
});

describe('the analysis cache', () => {
  const analysis = { story: { id: 's', title: 'T', sources: [], claims: [], redirects: {} }, lock: {}, warnings: ['w'] } as never;

  it('gives back what a build stored, from disk in a new process, and nothing for an unknown key', () => {
    const cache = new AnalysisCache(join(dir, 'cache'));
    cache.put(['k1', 'k2'], analysis);
    // A new process has an empty memory: the global memo is what the guard and the loaders share.
    (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('factcheck.analyses')].clear();
    expect(cache.get('k2')).toMatchObject({ from: 'disk', analysis: { warnings: ['w'] } });
    expect(cache.get('k3')).toBeNull();
  });

  it('treats a damaged entry as missing and removes it (the cache is safe to delete or corrupt)', () => {
    const cache = new AnalysisCache(join(dir, 'cache2'));
    cache.put(['k'], analysis);
    (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('factcheck.analyses')].clear();
    writeFileSync(join(dir, 'cache2', 'k.json'), '{"format":1,"story":');
    expect(cache.get('k')).toBeNull();
    expect(() => readFileSync(join(dir, 'cache2', 'k.json'))).toThrow();
  });
});
