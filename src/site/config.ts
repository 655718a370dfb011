/**
 * The site's configuration: `site.config.yaml` at the project root (or the file SITE_CONFIG names), with
 * SITE_URL overriding its `url`. Read by astro.config.mjs, the integration and the pages, so the name, the
 * publisher and the public address are set in one place (README, "Configuration").
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const httpUrl = z.string().refine((s) => /^https?:\/\/[^/\s]+/i.test(s) && URL.canParse(s), 'must be an http(s) address such as https://news.example.org/');

const schema = z.object({
  /** Shown in the header, titles, feeds and share cards. */
  name: z.string().min(1),
  /** Default page description and the feed's description. */
  description: z.string().min(1),
  /** BCP 47 language tag of the site's own words. */
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as en or en-GB'),
  /** Public address, optionally with a base path; empty for a preview build. */
  url: z.union([z.literal(''), httpUrl]).default(''),
  publisher: z.object({
    name: z.string().min(1),
    url: z.union([z.literal(''), httpUrl]).default(''),
    /** A file in public/ ("/logo.svg") or an http(s) URL. */
    logo: z.union([z.string().regex(/^\/[\w./-]+$/, 'must be a path under public/ such as /logo.svg'), httpUrl]),
  }).strict(),
  /** Markdown of the methodology page. */
  methodology: z.string().min(1),
}).strict();

/** The configuration as the site uses it. */
export interface SiteConfig {
  name: string;
  description: string;
  language: string;
  /** Public address with a trailing slash, or null for a preview build (root-relative links only). */
  url: URL | null;
  /** Base path of every link: "/" or "/factcheck/". */
  base: string;
  publisher: { name: string; url: string | null; logo: string };
  methodology: string;
}

/** Thrown for a configuration an editor can fix; the message names the file and what to change. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the configuration file; SITE_URL (when set and not empty) overrides `url`. */
export function loadSiteConfig(env: Record<string, string | undefined> = process.env, root = process.cwd()): SiteConfig {
  const file = resolve(root, env.SITE_CONFIG || 'site.config.yaml');
  if (!existsSync(file)) throw new ConfigError(`${file} is missing. Restore site.config.yaml, or set SITE_CONFIG to your configuration file.`);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}. Fix the file.`);
  }
  const overridden = env.SITE_URL ? { ...(raw as object), url: env.SITE_URL } : raw;
  const parsed = schema.safeParse(overridden);
  if (!parsed.success) {
    const what = parsed.error.issues.map((i) => `${i.path.join('.') || 'the file'} ${i.message}`).join('; ');
    throw new ConfigError(`${file} has invalid settings: ${what}${env.SITE_URL ? ' (url comes from SITE_URL)' : ''}. Fix them and build again.`);
  }
  const c = parsed.data;
  const url = c.url ? new URL(c.url.replace(/[?#].*$/, '').replace(/\/?$/, '/')) : null;
  return {
    name: c.name, description: c.description, language: c.language, url, base: url ? url.pathname : '/',
    publisher: { name: c.publisher.name, url: c.publisher.url || null, logo: c.publisher.logo },
    methodology: c.methodology,
  };
}

let cached: SiteConfig | undefined;
/** The configuration of this build, read once. */
export function siteConfig(): SiteConfig {
  cached ??= loadSiteConfig();
  return cached;
}
