/**
 * A build writes the claim cards' oEmbed answers itself, after Astro's pages (src/site/oembed.ts says what they
 * hold). As an Astro route, each answer was a page render of its own for ~600 bytes of JSON: at 200 stories the
 * 9,500 of them took about a quarter of the rendering time (6 alternated cold builds each: rendering median
 * 43.4 s with the route, 31.9 s without; the same bytes).
 * The files are written in the background (several at once, on libuv's threads) while the search index is
 * made. In a kept output folder (kept-output.ts) an answer whose digest the last build recorded is already
 * there and is not written again (nor read: at 200 stories reading the 9,500 to compare took ~1.5 s), so a
 * rebuild leaves its time stamp alone, as Astro's incremental build does for an unchanged page.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { claimPaths } from '../site/claim-paths.ts';
import { oembedAnswer, oembedPath } from '../site/oembed.ts';
import { siteRecords } from '../site/records.ts';
import { CLAIM_ID } from './locks.ts';

/** Files written at once: enough to keep libuv's four threads busy, few enough to hold little memory. */
const IN_FLIGHT = 16;

export interface OembedFiles {
  /** Each answer's digest, by path under the output folder (for the next build: kept-output.ts). */
  digests: Record<string, string>;
  /** Settles with how many files were written (the others held these bytes already). */
  done: Promise<number>;
}

/**
 * Writes /embed/claims/<id>/oembed.json under `outDir` for every live and moved claim id (a retired id has a
 * card saying so and no answer). `before`: the digests the last build recorded, when the output folder is
 * the one it left (else null, and every answer is written).
 * The paths are known at once; the writes start after the caller's synchronous work and go on in the
 * background until `done` settles.
 */
export function writeOembedFiles(outDir: string, before: Readonly<Record<string, string>> | null): OembedFiles {
  const jobs: { file: string; bytes: Buffer }[] = [];
  const digests: Record<string, string> = Object.create(null);
  for (const path of claimPaths(siteRecords('claims'), siteRecords('stories'))) {
    if (path.kind === 'retired') continue;
    // Ids are slugs (locks.ts): anything else would not name one folder under the output.
    if (!CLAIM_ID.test(path.id)) throw new Error(`claim id "${path.id}" is not a slug: refusing to write its oEmbed answer`);
    const rel = oembedPath(path.id).slice(1);
    const bytes = Buffer.from(oembedAnswer(path.claim));
    const digest = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
    digests[rel] = digest;
    if (before?.[rel] !== digest) jobs.push({ file: join(outDir, rel), bytes });
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const { file, bytes } = jobs[next++];
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, bytes);
    }
  };
  // Started once the caller's synchronous work is over (a microtask later): removing a kept folder's stale files
  // prunes empty folders, and must not see one an answer is about to be written into.
  const done = Promise.resolve().then(() => Promise.all(Array.from({ length: Math.min(IN_FLIGHT, jobs.length) }, worker))).then(() => jobs.length);
  return { digests, done };
}
