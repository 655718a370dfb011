/**
 * A link checker over a built site folder, no network: every href, src, srcset, share-image and canonical URL
 * in the HTML, the embed code on claim pages, the URLs in the feed, the sitemap, robots.txt, the oEmbed answers
 * and the JSON datasets. A URL on the site must name a file of the build (a folder's index.html counts), and a
 * #fragment must name an element id in that page. URLs on other hosts are counted, not fetched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { isSearchFolder } from '../../src/site/search-shards.ts';

export interface LinkReport {
  /** Links on the site that were checked. */
  checked: number;
  /** Links to other hosts (counted, not fetched). */
  external: number;
  /** "file: url (why)" for each broken link. */
  broken: string[];
  /** Every URL the site publishes for others to use (canonical, og, feeds, datasets, embed, JSON-LD). */
  published: string[];
}

/** Every file under a folder, relative paths with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The page path a built file is served at ("claims/x/index.html" is "claims/x/"). */
export function servedPath(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Attribute values and texts of a page that hold URLs, with what they are. */
function htmlUrls(root: HTMLElement): { url: string; published: boolean }[] {
  const out: { url: string; published: boolean }[] = [];
  for (const el of root.querySelectorAll('[href]')) out.push({ url: el.getAttribute('href')!, published: el.tagName === 'LINK' && /canonical|alternate/.test(el.getAttribute('rel') ?? '') });
  for (const el of root.querySelectorAll('[src]')) out.push({ url: el.getAttribute('src')!, published: false });
  for (const el of root.querySelectorAll('[srcset]')) for (const part of el.getAttribute('srcset')!.split(',')) out.push({ url: part.trim().split(/\s+/)[0], published: false });
  for (const el of root.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')) out.push({ url: el.getAttribute('content')!, published: true });
  // The embed code a newsroom copies is published too: check the iframe and script it names.
  const code = root.querySelector('#embed-code');
  if (code) for (const el of parse(code.textContent).querySelectorAll('[src]')) out.push({ url: el.getAttribute('src')!, published: true });
  for (const el of root.querySelectorAll('script[type="application/ld+json"]')) {
    const data = JSON.parse(el.textContent) as Record<string, unknown>;
    // @id is a name, not a link: its #fragment names the record, not an element.
    for (const k of ['url', '@id']) if (typeof data[k] === 'string') out.push({ url: (data[k] as string).replace(/#.*/, ''), published: true });
    // Nested URLs (appearances, the publisher) may be other sites' or archived copies here: checked, not counted as ours.
    out.push(...jsonUrls(data).map((u) => ({ url: u.url, published: false })));
  }
  return out;
}

/**
 * URLs in a JSON document: string values under keys that name a URL, and the iframe code of oEmbed. The
 * provider's URL is the publisher's own site (site.config.yaml), not one this site publishes.
 */
function jsonUrls(value: unknown, out: { url: string; published: boolean }[] = []): { url: string; published: boolean }[] {
  if (Array.isArray(value)) value.forEach((v) => jsonUrls(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && /^(url|embed|href|thumbnail_url)$/.test(k)) out.push({ url: v, published: true });
      else if (k === '@id' && typeof v === 'string') out.push({ url: v.replace(/#.*/, ''), published: true });
      else if (k === 'provider_url' && typeof v === 'string') out.push({ url: v, published: false });
      else if (k === 'html' && typeof v === 'string') out.push(...parse(v).querySelectorAll('[src]').map((e) => ({ url: e.getAttribute('src')!, published: true })));
      else jsonUrls(v, out);
    }
  }
  return out;
}

/**
 * Checks a built site. `site` is its public address (with base path) when built with one; a preview build is
 * checked as if served at http://preview.invalid/.
 */
export function checkLinks(dist: string, site: string | null): LinkReport {
  const origin = new URL(site ?? 'http://preview.invalid/');
  const base = origin.pathname;
  const files = listFiles(dist);
  const fileSet = new Set(files);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(parse(readFileSync(join(dist, file), 'utf8')).querySelectorAll('[id]').map((e) => e.id)));
    return ids.get(file)!;
  };
  const report: LinkReport = { checked: 0, external: 0, broken: [], published: [] };

  const check = (from: string, raw: string, published: boolean) => {
    if (published) report.published.push(raw);
    if (/^(mailto|tel):/i.test(raw)) return;
    let url: URL;
    try {
      url = new URL(raw, new URL(servedPath(from), origin));
    } catch {
      return void report.broken.push(`${from}: ${raw} (not a URL)`);
    }
    if (!/^https?:$/.test(url.protocol)) return void report.broken.push(`${from}: ${raw} (${url.protocol} link)`);
    if (url.host !== origin.host) return void report.external++;
    report.checked++;
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return void report.broken.push(`${from}: ${raw} (outside the base path ${base})`);
    const rel = path.slice(base.length);
    const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : fileSet.has(rel) ? rel : `${rel}/index.html`;
    if (!fileSet.has(target)) return void report.broken.push(`${from}: ${raw} (no file ${target})`);
    const frag = decodeURIComponent(url.hash.slice(1));
    if (frag && target.endsWith('.html') && !idsOf(target).has(frag)) report.broken.push(`${from}: ${raw} (no id "${frag}" in ${target})`);
  };

  for (const file of files) {
    const text = () => readFileSync(join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      for (const u of htmlUrls(parse(text()))) check(file, u.url, u.published);
    } else if (file.endsWith('.xml')) {
      const xml = text();
      if (XMLValidator.validate(xml) !== true) report.broken.push(`${file}: not well-formed XML`);
      const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
      const locs = [doc.rss?.channel?.link, ...[doc.rss?.channel?.item ?? []].flat().map((i: { link: string }) => i.link),
        ...[doc.sitemapindex?.sitemap ?? []].flat().map((s: { loc: string }) => s.loc), ...[doc.urlset?.url ?? []].flat().map((u: { loc: string }) => u.loc)];
      for (const l of locs.filter(Boolean)) check(file, l, true);
    } else if (file.endsWith('.json') && !isSearchFolder(file.split('/')[0])) {
      for (const u of jsonUrls(JSON.parse(text()))) check(file, u.url, u.published);
    } else if (file === 'robots.txt') {
      for (const m of text().matchAll(/^Sitemap:\s*(\S+)/gm)) check(file, m[1], true);
    }
  }
  return report;
}

/** True when the folder holds a built site. */
export function isBuilt(dist: string): boolean {
  return existsSync(join(dist, 'index.html'));
}
