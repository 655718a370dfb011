import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/site/config.ts';
import { urlsFor } from '../../src/site/urls.ts';

describe('site configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-cfg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (text: string) => (writeFileSync(join(dir, 'c.yaml'), text), { SITE_CONFIG: 'c.yaml' });
  const valid = 'name: Desk\ndescription: Checks.\nlanguage: en-GB\nurl: ""\npublisher:\n  name: Daily\n  logo: /logo.svg\nmethodology: How.\n';

  it('reads the committed site.config.yaml', () => {
    const cfg = loadSiteConfig({});
    expect(cfg).toMatchObject({ language: 'en', url: null, base: '/' });
    expect(cfg.methodology).toMatch(/Reported does not mean true/);
  });

  it.each([
    ['https://news.example.org', 'https://news.example.org/', '/'],
    ['https://news.example.org/fc', 'https://news.example.org/fc/', '/fc/'],
    ['https://news.example.org/fc/?x=1', 'https://news.example.org/fc/', '/fc/'],
  ])('SITE_URL=%s overrides url: %s with base %s', (siteUrl, href, base) => {
    const cfg = loadSiteConfig({ ...write(valid), SITE_URL: siteUrl }, dir);
    expect(cfg.url?.href).toBe(href);
    expect(cfg.base).toBe(base);
  });

  it.each([
    ['a url that is not http(s)', valid.replace('url: ""', 'url: ftp://x.org/'), /url must be an http\(s\) address/],
    ['an unknown setting', `${valid}colour: red\n`, /Unrecognized key/],
    ['a missing publisher name', valid.replace('  name: Daily\n', ''), /publisher\.name/],
    ['a logo that is neither a public/ path nor a URL', valid.replace('/logo.svg', 'logo.svg'), /publisher\.logo/],
  ])('stops on %s, naming the file', (_what, text, message) => {
    expect(() => loadSiteConfig(write(text), dir)).toThrow(message);
    expect(() => loadSiteConfig(write(text), dir)).toThrow(/c\.yaml has invalid settings/);
  });
});

describe('urlsFor', () => {
  it('adds the base path to every site path, and the address when known', () => {
    const u = urlsFor({ url: new URL('https://news.example.org/fc/'), base: '/fc/' });
    expect(u.path('/claims/x/')).toBe('/fc/claims/x/');
    expect(u.absolute('/claims/x/#s-1')).toBe('https://news.example.org/fc/claims/x/#s-1');
    expect(u.absolute('/')).toBe('https://news.example.org/fc/');
  });
  it('stays root-relative in a preview build, and has no absolute URL to give', () => {
    const u = urlsFor({ url: null, base: '/' });
    expect(u.absolute('/claims.json')).toBe('/claims.json');
    expect(u.absoluteOrNull('/claims.json')).toBeNull();
  });
});
