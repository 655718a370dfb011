/**
 * What a seed does not say about its article, completed before analysis: the outlet, URL, date and author
 * from an optional `sources.yaml` in the story folder (for .txt seeds, which have no front matter), the outlet
 * from the URL's host when nothing names it, and the published date from a dateline or byline when no field
 * gives it. Dates become ISO (YYYY-MM-DD) so pages, feeds and ClaimReview can use them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ParsedSeed, SeedProblem } from '../analysis/index.ts';

/** Name of the optional per-story file that describes the articles (outlet, url, published, author). */
export const SOURCES_FILE = 'sources.yaml';

/** A dateline or byline is short: longer paragraphs are article text, whose dates are events, not publication. */
export const DATELINE_MAX_CHARS = 120;
/** Only the first paragraphs can be a byline or dateline. */
export const DATELINE_PARAGRAPHS = 4;

const entry = z.object({
  outlet: z.string().min(1).optional(),
  url: z.string().refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'is not an http(s) address').optional(),
  published: z.union([z.string(), z.date()]).optional(),
  author: z.string().min(1).optional(),
}).strict();

/** Per-file details from sources.yaml, by seed file name. */
export type SourcesFile = Map<string, z.infer<typeof entry>>;

/** Reads `<story>/sources.yaml` if present; problems name the file and what to fix. */
export function readSourcesFile(storyDir: string, storyId: string, seedNames: readonly string[], problems: SeedProblem[]): { text: string; entries: SourcesFile } {
  const path = join(storyDir, SOURCES_FILE);
  const entries: SourcesFile = new Map();
  if (!existsSync(path)) return { text: '', entries };
  const file = `${storyId}/${SOURCES_FILE}`;
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (e) {
    problems.push({ file, message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}. Fix it: one "file name:" per article, with outlet, url, published and author below it.` });
    return { text, entries };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file, message: 'must map seed file names to their details, e.g. "001_story.txt:" then "  outlet: The Daily" on the next line.' });
    return { text, entries };
  }
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!seedNames.includes(name)) {
      problems.push({ file, message: `names "${name}", which is not a seed in this folder. Use the file's exact name, or remove the entry.` });
      continue;
    }
    const parsed = entry.safeParse(value ?? {});
    if (!parsed.success) {
      problems.push({ file, message: `has invalid details for "${name}": ${parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'} ${i.message}`).join('; ')}. Allowed: outlet, url, published, author.` });
      continue;
    }
    entries.set(name, parsed.data);
  }
  return { text, entries };
}

/** "www.wsj.com" for https://www.wsj.com/articles/…: who published it when nothing else says. */
export function hostOutlet(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A written date with day, month and year ("August 8, 2018", "8 Aug 2018", "2018-08-08") as ISO; else null. */
export function parseDate(text: string): string | null {
  // A fixed reference date keeps parsing deterministic; dates missing a part are refused, not guessed.
  for (const r of chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const s = r.start;
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) return iso(s.get('year')!, s.get('month')!, s.get('day')!);
  }
  return null;
}

/** The publication date a byline or dateline states ("by Jane Doe August 8, 2018, 1:08"), if any. */
export function datelineDate(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    // A full sentence is article text; a byline or dateline does not end like one.
    if (p.length > DATELINE_MAX_CHARS || /[.!?"”’]\s*$/.test(p)) continue;
    const date = parseDate(p);
    if (date) return date;
  }
  return null;
}

/**
 * Completes a parsed seed's details. Front matter wins over sources.yaml (it sits in the article itself); a
 * date nobody can read is a problem naming the file, since feeds and ClaimReview need real dates.
 */
export function completeMeta(seed: ParsedSeed, storyId: string, extra: SourcesFile, problems: SeedProblem[]): ParsedSeed {
  const more = extra.get(seed.file) ?? {};
  const url = seed.url ?? more.url ?? null;
  const written = seed.published ?? (more.published instanceof Date ? more.published.toISOString().slice(0, 10) : more.published) ?? null;
  let published: string | null = null;
  if (written) {
    published = parseDate(written);
    if (!published) problems.push({ file: `${storyId}/${seed.published ? seed.file : SOURCES_FILE}`, message: `gives a published date "${written.slice(0, 40)}" that cannot be read. Write it as 2018-08-06 or August 6, 2018.` });
  }
  return {
    ...seed,
    url,
    outlet: seed.outlet ?? more.outlet ?? (url ? hostOutlet(url) : null),
    author: seed.author ?? more.author ?? null,
    published: published ?? datelineDate(seed.paragraphs),
  };
}
