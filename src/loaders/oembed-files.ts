/**
 * A build writes the claim cards' oEmbed answers itself, after Astro's pages (src/site/oembed.ts says what they
 * hold). As an Astro route, each answer was a page render of its own for ~600 bytes of JSON: at 200 stories the
 * 9,500 of them took a third of the rendering time (cold builds, 2 pairs: rendering 43-48 s with the route,
 * 28-33 s without; the same bytes).
 * The files are written in the background (several at once, on libuv's threads) while the search index is
 * made. In a kept output folder (kept-output.ts) an answer whose bytes are already there is not written again,
 * so a rebuild leaves its time stamp alone, as Astro's incremental build does for an unchanged page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { claimPaths } from '../site/claim-paths.ts';
import { oembedAnswer, oembedPath } from '../site/oembed.ts';
import { siteRecords } from '../site/records.ts';
import { CLAIM_ID } from './locks.ts';

/** Files written at once: enough to keep libuv's four threads busy, few enough to hold little memory. */
const IN_FLIGHT = 16;

export interface OembedFiles {
  /** Every answer's path (absolute), written or left as it was. */
  files: string[];
  /** Settles with how many files were written (the others held these bytes already). */
  done: Promise<number>;
}

/**
 * Writes /embed/claims/<id>/oembed.json under `outDir` for every live and moved claim id (a retired id has a
 * card saying so and no answer). `kept`: the folder is the last build's, so files there may already be right.
 * The paths are known at once; the writes go on in the background until `done` settles.
 */
export function writeOembedFiles(outDir: string, kept: boolean): OembedFiles {
  const jobs: { file: string; text: string }[] = [];
  for (const path of claimPaths(siteRecords('claims'), siteRecords('stories'))) {
    if (path.kind === 'retired') continue;
    // Ids are slugs (locks.ts): anything else would not name one folder under the output.
    if (!CLAIM_ID.test(path.id)) throw new Error(`claim id "${path.id}" is not a slug: refusing to write its oEmbed answer`);
    jobs.push({ file: join(outDir, oembedPath(path.id)), text: oembedAnswer(path.claim) });
  }
  let next = 0;
  let written = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const { file, text } = jobs[next++];
      const bytes = Buffer.from(text);
      if (kept && (await readFile(file).then((b) => b.equals(bytes), () => false))) continue;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, bytes);
      written++;
    }
  };
  const done = Promise.all(Array.from({ length: Math.min(IN_FLIGHT, jobs.length) }, worker)).then(() => written);
  return { files: jobs.map((j) => j.file), done };
}
