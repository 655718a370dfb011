/**
 * Share images (share-image.ts): drawn on worker threads, kept under CACHE_DIR, the same bytes however drawn.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawPng } from '../../src/site/share-draw.ts';
import { prepareShareImages, shareCacheDir, sharePng, type ShareCard } from '../../src/site/share-image.ts';

const dir = mkdtempSync(join(tmpdir(), 'fc-share-'));
const before = process.env.CACHE_DIR;
process.env.CACHE_DIR = dir;
afterAll(() => {
  if (before === undefined) delete process.env.CACHE_DIR;
  else process.env.CACHE_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

const card = (title: string, status: ShareCard['status'] = 'denied'): ShareCard => ({ kicker: 'Fact check · Harbour strike', title, status, footer: '3 sources · evidence on the claim page' });
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('share images', () => {
  it('live under CACHE_DIR when it is set, else in node_modules/.cache', () => {
    expect(shareCacheDir({ CACHE_DIR: '/srv/cache' })).toBe('/srv/cache/factcheck-share');
    expect(shareCacheDir({})).toMatch(/node_modules\/\.cache\/factcheck-share$/);
  });

  it('drawn several at once (on the worker threads) are the bytes one drawn here would be, each its own', async () => {
    const cards = [card('The ferry service resumed on Monday.'), card('The strike lasted four weeks.', 'reported'), card('Fares will rise by 10%.', null)];
    const pooled = await Promise.all(cards.map(sharePng));
    for (const [i, png] of pooled.entries()) {
      expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(Buffer.from(png).equals(Buffer.from(await drawPng(cards[i])))).toBe(true);
    }
    expect(Buffer.from(pooled[0]).equals(Buffer.from(pooled[1]))).toBe(false);
    // Each kept once, whole: no temporary file left beside them.
    const kept = readdirSync(join(dir, 'factcheck-share'));
    expect(kept.filter((f) => f.endsWith('.png'))).toHaveLength(3);
    expect(kept.filter((f) => !f.endsWith('.png'))).toEqual([]);
  });

  it('come from the cache the next time: an unchanged card is not drawn again', async () => {
    const c = card('The harbour reopened after the strike.');
    const folder = join(dir, 'factcheck-share');
    const had = new Set(readdirSync(folder));
    await sharePng(c);
    const [file] = readdirSync(folder).filter((f) => !had.has(f));
    // What the cache holds is what the next build serves.
    writeFileSync(join(folder, file), 'kept bytes');
    expect(Buffer.from(await sharePng(c)).toString()).toBe('kept bytes');
  });

  it('drawn ahead are kept before any page asks, and a page asking for one being drawn gets its bytes', async () => {
    const cards = ['The port strike ended on Friday.', 'Dockers won a 4% pay rise.', 'The union voted 300 to 12.'].map((t) => card(t, 'disputed'));
    const folder = join(dir, 'factcheck-share');
    const had = new Set(readdirSync(folder));
    prepareShareImages(cards);
    // The last card, asked for while the first is still drawing: waited for, not drawn twice, the right bytes.
    const last = await sharePng(cards[2]);
    expect(Buffer.from(last).equals(Buffer.from(await drawPng(cards[2])))).toBe(true);
    // The others arrive without a page asking (nothing holds the process open for them, so wait here).
    for (let i = 0; i < 200 && readdirSync(folder).filter((f) => !had.has(f)).length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    const added = readdirSync(folder).filter((f) => !had.has(f));
    expect(added.filter((f) => f.endsWith('.png'))).toHaveLength(3);
    expect(added.filter((f) => !f.endsWith('.png'))).toEqual([]);
    for (const c of cards) expect(Buffer.from(await sharePng(c)).equals(Buffer.from(await drawPng(c)))).toBe(true);
  });

  it('drawing ahead skips cards already kept', async () => {
    // Kept as 'kept bytes' by the test above: drawn again, a page would wait for the drawing and get a PNG.
    const c = card('The harbour reopened after the strike.');
    prepareShareImages([c, c]);
    expect(Buffer.from(await sharePng(c)).toString()).toBe('kept bytes');
  });
});
