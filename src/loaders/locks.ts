/**
 * Claim-id locks (`<story>/claim-ids.lock.json`): what makes claim URLs stable, so a lock that cannot be read
 * is an error naming the file and what to do, never silently replaced by fresh ids.
 *
 * Format: a JSON object from claim id to the keys of the sentences the claim was made of, both sorted. Ids
 * and keys of every earlier version are read as they are (see assign-ids.ts: older keys still match).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ClaimIdLock, SeedProblem, Story } from '../analysis/index.ts';
import { LOCK_FILE, type StoryFiles } from './read-seeds.ts';

/** A claim id is one URL segment: lower-case letters, digits and dashes. */
export const CLAIM_ID = /^[a-z0-9][a-z0-9-]{0,150}$/;

const lockSchema = z.record(
  z.string().regex(CLAIM_ID),
  z.array(z.string({ error: 'is not text' }).min(1, { error: 'is empty' }).max(64, { error: 'is too long' }), { error: 'is not a list of sentence keys' })
    .min(1, { error: 'lists no sentence keys' }),
  { error: 'is not an object of claim ids to lists of sentence keys' },
);

const RESTORE = 'Restore it from version control (git checkout -- <file>); deleting it makes new ids, and published claim URLs would break.';

/** Reads a story's lock text: the lock, or the problem that stops the build. */
export function parseLock(story: StoryFiles): { lock: ClaimIdLock } | { problem: SeedProblem } {
  const file = `${story.id}/${LOCK_FILE}`;
  if (story.lockText === null) return { lock: {} };
  if (/^(?:<{7}|={7}|>{7})(?: |$)/m.test(story.lockText)) {
    return {
      problem: {
        file,
        message: 'has merge-conflict markers (<<<<<<<, =======, >>>>>>>). Keep the ids of both sides: delete the marker lines, list every id once, and give an id found on both sides every key from either side.',
      },
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(story.lockText);
  } catch (e) {
    return { problem: { file, message: `is not valid JSON (${(e as Error).message.split('\n')[0].replace(/, "[^"]*$/, '')}). ${RESTORE}` } };
  }
  const badId = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data).find((id) => !CLAIM_ID.test(id)) : undefined;
  if (badId !== undefined) return { problem: { file, message: `is not a claim-id lock: "${badId.slice(0, 80)}" is not a claim id (lower-case letters, digits and dashes). ${RESTORE}` } };
  const parsed = lockSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [id, key] = issue.path;
    const where = id === undefined ? 'the file' : key === undefined ? `"${String(id)}"` : `key ${Number(key) + 1} of "${String(id)}"`;
    return { problem: { file, message: `is not a claim-id lock: ${where} ${issue.message}. ${RESTORE}` } };
  }
  return { lock: parsed.data };
}

/** The lock file's text for a lock: stable order, one key per line, so diffs show what changed. */
export function lockText(lock: ClaimIdLock): string {
  return JSON.stringify(lock, null, 1) + '\n';
}

/** Writes the lock only when it changed, so an unchanged build leaves the working tree clean. */
export function writeLock(story: StoryFiles, lock: ClaimIdLock): void {
  const text = lockText(lock);
  if (story.lockText === text) return;
  writeFileSync(join(story.dir, LOCK_FILE), text);
  story.lockText = text;
}

/**
 * Claim ids must be unique across the site: a claim page shows one claim. New ids hash in their story, so
 * only a lock copied from another story (or a story folder copied with its lock) can make two stories claim
 * one id; that stops the build naming both locks.
 */
export function duplicateIdProblems(stories: readonly Story[]): SeedProblem[] {
  const owner = new Map<string, string>();
  const shared = new Map<string, { story: string; other: string; ids: string[] }>();
  for (const s of stories) {
    for (const c of s.claims) {
      const other = owner.get(c.id);
      if (other === undefined) owner.set(c.id, s.id);
      else if (other !== s.id) {
        const key = `${s.id}\n${other}`;
        if (!shared.has(key)) shared.set(key, { story: s.id, other, ids: [] });
        shared.get(key)!.ids.push(c.id);
      }
    }
  }
  return [...shared.values()].map(({ story, other, ids }) => ({
    file: `${story}/${LOCK_FILE}`,
    message: `gives ${ids.length === 1 ? `claim id ${ids[0]}` : `${ids.length} claim ids (${ids.slice(0, 2).join(', ')}, …)`} to claims of story ${story}, but ${other}/${LOCK_FILE} gives ${ids.length === 1 ? 'it' : 'them'} to claims of ${other}. A lock belongs to one story: if ${story} was copied from ${other}, delete ${story}/${LOCK_FILE} and build again.`,
  }));
}
