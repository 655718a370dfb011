// The search page's index: the module Pagefind's interface loads (its bundlePath points here). It searches the
// parts the build split the index into (src/site/search-shards.ts) with Pagefind's own merge, and mends the
// one way the merge differs from a single index.
//
// In a merge each part looks a term up alone, and a part with no word that is or starts with the term falls
// back to the longest prefix of it that it has ("capsule" finds "Capping", "acme" finds "a"), scored as if it
// matched: junk from every other part, ranked among the real results. A single index holds every part's words
// and would not fall back while any part has the term. So, per term, the parts that have it are found (an
// exact search, then the words a part's best result matched) and, when some do, the others are left out
// through the hidden `part` filter every searchable page carries (readers never see it); a term no part has
// finds nothing. What still differs: each part scores with its own word statistics, so the order of results
// from different parts can differ from one index's.
//
// Same interface as Pagefind's pagefind.js (options, init, mergeIndex, filters, preload, search,
// debouncedSearch, destroy); the parts come in the options (`parts`: their folder URLs, the first loaded).
// debouncedSearch searches at once: Pagefind's interface calls search and waits between keystrokes itself.

const PART = 'part';
let settings = {};
let parts = [];
/** The loading of Pagefind and its parts, once however many calls wait for it. */
let loading = null;
/** Per part and term: whether the part has a word that is, or starts with, the term. */
const holds = new Map();

function ready() {
  loading ??= (async () => {
    const urls = parts.length ? parts : ['/pagefind/'];
    const loaded = await import(`${urls[0]}pagefind.js`);
    await loaded.options(settings);
    for (const url of urls.slice(1)) await loaded.mergeIndex(url);
    await loaded.init();
    return loaded;
  })();
  return loading;
}

/** Filter counts without the hidden part filter. */
function visible(counts) {
  if (!counts || typeof counts !== 'object') return counts;
  const { [PART]: _hidden, ...rest } = counts;
  return rest;
}

export async function options(given = {}) {
  const { parts: urls, ...rest } = given;
  if (Array.isArray(urls)) parts = urls.filter((u) => typeof u === 'string');
  settings = { ...settings, ...rest };
  // Once loading has begun, the options it read may be older than these.
  if (loading) await (await loading).options(rest);
}

export async function init() {
  await ready();
}

// Pagefind's interface merges extra indexes this way; the parts already come in the options.
export async function mergeIndex(url) {
  if (!loading && !parts.includes(url)) parts.push(url);
}

export async function filters() {
  return visible(await (await ready()).filters());
}

export async function preload(term, opts = {}) {
  await (await ready()).preload(term, opts);
}

/** The search's words, lower-cased: the terms the parts are checked for. */
function termsOf(query) {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const only = (k) => ({ [PART]: String(k) });

/** Whether part `k` has the term itself (an exact search, Pagefind's stemming included) or a word it starts. */
async function partHolds(pf, k, term) {
  const key = `${k}\0${term}`;
  if (holds.has(key)) return holds.get(key);
  let yes = (await pf.search(`"${term}"`, { filters: only(k) })).results.length > 0;
  if (!yes) {
    // A term still being typed: the words the part's best result matched, read where Pagefind found them.
    const top = (await pf.search(term, { filters: only(k) })).results[0];
    if (top) {
      const data = await top.data();
      const words = data.content.split(/\s+/);
      yes = top.words.some((at) => (words[at] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').startsWith(term));
    }
  }
  holds.set(key, yes);
  return yes;
}

/**
 * The parts a search keeps: for each term, only the parts that have it (null: all of them). A term no part has
 * keeps none: every part would answer with a fallback, and the reader gets "no results" instead of junk.
 */
async function partsFor(pf, query) {
  if (/^\s*".+"\s*$/.test(query)) return null;
  const numbers = parts.map(partNumber);
  let keep = null;
  for (const term of termsOf(query)) {
    const has = [];
    for (const k of numbers) if (await partHolds(pf, k, term)) has.push(k);
    keep = keep ? keep.filter((k) => has.includes(k)) : has;
  }
  return keep && keep.length < parts.length ? keep : null;
}

/** A part's number, from its folder's URL (pagefind/ is 0, pagefind-3/ is 3). */
function partNumber(url) {
  return Number(/pagefind-(\d+)\/?$/.exec(url)?.[1] ?? 0);
}

export async function search(term, opts = {}) {
  const pf = await ready();
  const keep = term ? await partsFor(pf, term) : null;
  // No part has every term: a single index would find nothing either.
  if (keep && !keep.length) return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: [] };
  const filters = keep ? { ...(opts.filters ?? {}), [PART]: { any: keep.map(String) } } : opts.filters;
  const found = await pf.search(term, { ...opts, filters });
  return { ...found, filters: visible(found.filters), totalFilters: visible(found.totalFilters) };
}

export async function debouncedSearch(term, opts = {}) {
  return search(term, opts);
}

export async function destroy() {
  if (loading) await (await loading).destroy();
  loading = null;
  holds.clear();
}
