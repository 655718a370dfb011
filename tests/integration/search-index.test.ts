/**
 * The search index in parts by story (issue 9): a rebuild indexes again only the part whose story changed,
 * reuses the others (from the cache, or in place in a kept output folder), lists for the search page the parts
 * that hold pages, and leaves no part of a larger split behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexForSearch } from '../../src/loaders/search-index.ts';
import { MAX_SHARDS, PARTS_FILE, searchShards, shardFolder, shardOf } from '../../src/site/search-shards.ts';

const dir = mkdtempSync(join(tmpdir(), 'fc-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A page as the site writes them, naming its story's part of the index in a hidden filter (whose tag may carry
 * Astro's scoping attribute after `hidden`).
 */
function page(story: string, words: string, shards = 4): string {
  const scoped = words.includes('two') ? ' data-astro-cid-t5px7fop' : '';
  return `<!doctype html><html lang="en"><head><title>${words}</title></head><body><nav>Menu</nav><main data-pagefind-body>`
    + `<span data-pagefind-filter="story" hidden${scoped}>${story}</span><span data-pagefind-filter="part" hidden${scoped}>${shardOf(story, shards)}</span><h1>${words}</h1><p>${words} in the coverage.</p></main></body></html>`;
}

function write(out: string, rel: string, html: string): void {
  mkdirSync(join(out, rel, '..'), { recursive: true });
  writeFileSync(join(out, rel), html);
}

/** Page count of each part's index, by folder. */
function counts(out: string): Record<string, number> {
  const r: Record<string, number> = {};
  for (const name of readdirSync(out).filter((n) => /^pagefind(-\d+)?$/.test(n)).sort()) {
    const entry = JSON.parse(readFileSync(join(out, name, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    r[name] = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  }
  return r;
}

describe('shardOf', () => {
  it('puts a story in one part whatever else the site holds, spreading stories over the parts', () => {
    expect(shardOf('city-budget', 1)).toBe(0);
    expect(shardOf('city-budget', 8)).toBe(shardOf('city-budget', 8));
    const used = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`story-${String(i).padStart(4, '0')}`, 8)));
    expect(used.size).toBe(8);
  });
});

describe('searchShards', () => {
  it.each([
    [1, 1], [25, 1], [26, 2], [50, 2], [51, 4], [200, 8], [201, 16], [1000, MAX_SHARDS],
  ])('%i stories: %i parts', (stories, parts) => {
    expect(searchShards(stories, {})).toBe(parts);
  });

  it('takes SEARCH_SHARDS, and names what is wrong with a bad one', () => {
    expect(searchShards(1000, { SEARCH_SHARDS: '3' })).toBe(3);
    expect(() => searchShards(1, { SEARCH_SHARDS: '0' })).toThrow(/SEARCH_SHARDS="0" must be a whole number from 1 to 16/);
    expect(() => searchShards(1, { SEARCH_SHARDS: 'many' })).toThrow(/SEARCH_SHARDS/);
  });
});

describe('indexForSearch in parts', () => {
  const out = join(dir, 'dist');
  const cache = join(dir, 'cache');
  // Three stories in three different parts of four (part 0 left empty when it can be).
  const titles = Array.from({ length: 40 }, (_, i) => `Story ${i}`);
  const picked: string[] = [];
  for (const t of titles) if (shardOf(t, 4) !== 0 && !picked.some((p) => shardOf(p, 4) === shardOf(t, 4))) picked.push(t);
  const [a, b, c] = picked;
  const folder = (t: string) => shardFolder(shardOf(t, 4));

  it('indexes each story into its own part and lists the parts that hold pages', async () => {
    expect(picked).toHaveLength(3);
    for (const [i, t] of [a, b, c].entries()) {
      write(out, `claims/${i}-one/index.html`, page(t, `Claim one of story ${i} about harbour${i}`));
      write(out, `claims/${i}-two/index.html`, page(t, `Claim two of story ${i}`));
    }
    write(out, 'embed/claims/0-one/index.html', '<html><body><p>A card, not searched</p></body></html>');
    write(out, 'index.html', '<html lang="en"><body><main><p>Home, not searched</p></main></body></html>');
    const r = await indexForSearch(out, 'en', cache, 4);
    expect(r).toMatchObject({ pages: 6, shards: 4, indexed: 4 });
    expect(counts(out)).toEqual({ pagefind: 0, [folder(a)]: 2, [folder(b)]: 2, [folder(c)]: 2 });
    expect(JSON.parse(readFileSync(join(out, 'pagefind', PARTS_FILE), 'utf8'))).toEqual([folder(a), folder(b), folder(c)].sort());
  });

  it('indexes parts side by side into the same files as one after the other, and puts every page back', async () => {
    const tree = (root: string) => Object.fromEntries(readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)).map((f) => [f.slice(root.length), readFileSync(f).toString('base64')]).sort());
    const make = (name: string) => {
      const o = join(dir, name);
      for (let i = 0; i < 12; i++) write(o, `claims/${i}-claim/index.html`, page(`Story ${i % 5}`, `Claim ${i} about harbour${i} and seawall${i % 3}`));
      write(o, 'stories/s/index.html', page('Story 1', 'The story page about harbours'));
      write(o, 'stories/s/sources/t/index.html', page('Story 2', 'A source page below it'));
      return o;
    };
    const [one, two] = [make('lanes-1'), make('lanes-2')];
    const pagesBefore = tree(two);
    expect(await indexForSearch(one, 'en', join(dir, 'lanes-1-cache'), 4, null, 1)).toMatchObject({ pages: 14, indexed: 4 });
    expect(await indexForSearch(two, 'en', join(dir, 'lanes-2-cache'), 4, null, 2)).toMatchObject({ pages: 14, indexed: 4 });
    expect(tree(two)).toEqual(tree(one));
    expect(Object.entries(tree(two)).filter(([f]) => !f.startsWith('/pagefind'))).toEqual(Object.entries(pagesBefore));
  });

  it('reuses every part when no page changed, and re-indexes only the changed story\'s part', async () => {
    const first = await indexForSearch(out, 'en', cache, 4);
    expect(first.indexed).toBe(0);
    const kept = (f: string) => statSync(join(out, f, 'pagefind-entry.json')).mtimeMs;
    const before = { b: kept(folder(b)), c: kept(folder(c)) };
    write(out, 'claims/0-three/index.html', page(a, 'Claim three of story 0'));
    const second = await indexForSearch(out, 'en', cache, 4, first.hash);
    expect(second).toMatchObject({ pages: 7, indexed: 1 });
    expect(counts(out)[folder(a)]).toBe(3);
    // The other parts were left where they were (a kept output folder), not copied again.
    expect({ b: kept(folder(b)), c: kept(folder(c)) }).toEqual(before);
    expect(second.hash.split(',').filter((h, k) => h !== first.hash.split(',')[k])).toHaveLength(1);
  });

  it('reads again a page written since, even at the same size with its old modification time put back', async () => {
    // A whole second, which the file system keeps exactly, as a tool that restores times would.
    const file = join(out, 'claims/1-one/index.html');
    const when = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(file, when, when);
    const first = await indexForSearch(out, 'en', cache, 4);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('harbour1');
    writeFileSync(file, html.replace('harbour1', 'seawall1'));
    utimesSync(file, when, when);
    expect(statSync(file).mtimeMs).toBe(when * 1000);
    const second = await indexForSearch(out, 'en', cache, 4, first.hash);
    expect(second.indexed).toBe(1);
    expect(second.hash.split(',').filter((h, k) => h !== first.hash.split(',')[k])).toEqual([second.hash.split(',')[shardOf(b, 4)]]);
  });

  it('stops on a page that names a part the split does not have', async () => {
    await expect(indexForSearch(out, 'en', cache, 2)).rejects.toThrow(/names part \d of the search index, which this build splits into 2/);
  });

  it('removes the parts of a larger split when the site has fewer', async () => {
    for (const f of ['claims/0-one', 'claims/0-two', 'claims/0-three', 'claims/1-one', 'claims/1-two', 'claims/2-one', 'claims/2-two']) {
      write(out, `${f}/index.html`, readFileSync(join(out, f, 'index.html'), 'utf8').replace(/(data-pagefind-filter="part"[^>]*>)\d+/, '$10'));
    }
    const r = await indexForSearch(out, 'en', cache, 1);
    expect(r).toMatchObject({ pages: 7, shards: 1 });
    expect(counts(out)).toEqual({ pagefind: 7 });
    expect(JSON.parse(readFileSync(join(out, 'pagefind', PARTS_FILE), 'utf8'))).toEqual(['pagefind']);
    // The cache keeps the indexes this build uses, no others.
    expect(readdirSync(join(cache, 'factcheck-search')).filter((n) => !n.endsWith('.json'))).toHaveLength(1);
  });
});

describe('indexForSearch, the pages Pagefind is given', () => {
  it('indexes each page under its own URL, whatever its path holds, and leaves nothing beside the kept indexes', async () => {
    const out = join(dir, 'paths');
    const cache = join(dir, 'paths-cache');
    const paths = ['claims/plain/index.html', 'claims/a,b{c}[d]*/index.html', 'sources/s--b/index.html', 'top.html'];
    for (const [i, p] of paths.entries()) write(out, p, page('Story 1', `Page ${i} about harbour${i}`, 1));
    write(out, 'embed/claims/plain/index.html', '<html><body><main data-pagefind-body><p>A card, not searched</p></main></body></html>');
    expect(await indexForSearch(out, 'en', cache, 1)).toMatchObject({ pages: 4, indexed: 1 });
    // Each page's fragment (gzip, after Pagefind's signature) records its URL.
    const urls = readdirSync(join(out, 'pagefind', 'fragment')).map((f) => {
      const text = gunzipSync(readFileSync(join(out, 'pagefind', 'fragment', f))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    // Pagefind writes the URL percent-encoded where a browser would.
    expect(urls.sort()).toEqual(['/claims/a,b%7Bc%7D[d]*/', '/claims/plain/', '/sources/s--b/', '/top.html']);
    expect(readdirSync(join(cache, 'factcheck-search')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // Every page is back where it was, and the folder Pagefind was shown is gone.
    for (const p of paths) expect(readFileSync(join(out, p), 'utf8')).toContain('harbour');
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('indexes a page below another part\'s page into its own part only, and leaves both where they were', async () => {
    const out = join(dir, 'nested');
    const cache = join(dir, 'nested-cache');
    const [a, b] = ['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5'].filter((t, i, all) => all.findIndex((u) => shardOf(u, 2) === shardOf(t, 2)) === i);
    write(out, 'stories/x/index.html', page(a, 'Outer page about harbours', 2));
    write(out, 'stories/x/share.png', 'not a page');
    write(out, 'stories/x/inner/index.html', page(b, 'Inner page about seawalls', 2));
    write(out, 'stories/y/index.html', page(a, 'Another page about harbours', 2));
    expect(await indexForSearch(out, 'en', cache, 2)).toMatchObject({ pages: 3, indexed: 2 });
    expect(counts(out)).toEqual({ [shardFolder(shardOf(a, 2))]: 2, [shardFolder(shardOf(b, 2))]: 1 });
    expect(readFileSync(join(out, 'stories/x/share.png'), 'utf8')).toBe('not a page');
    expect(readFileSync(join(out, 'stories/x/inner/index.html'), 'utf8')).toContain('seawalls');
    expect(readFileSync(join(out, 'stories/y/index.html'), 'utf8')).toContain('Another page');
  });
});
