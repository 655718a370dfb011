import { shortHash } from './hash.ts';
import { sentenceKey } from './split-sentences.ts';
import type { ClaimIdLock } from './types.ts';

/** A claim about to be given an id: the sentences that state it, and its text (for the readable part). */
export interface Unnamed {
  sentences: string[];
  text: string;
}

/**
 * Key of a sentence's words for the lock: case, punctuation and spacing do not count, so removing a full
 * stop or writing "US" for "U.S." leaves it unchanged (issue 6). Dots and apostrophes inside a word go
 * ("U.S." is "us", "don't" is "dont"); any other run of non-letters is one space.
 */
export function claimKey(text: string): string {
  const words = text.normalize('NFKC').toLowerCase().replace(/[.'’‘`´]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return shortHash(words, 10);
}

/**
 * The key earlier locks used (exact wording, lower-cased): still read, so committed locks keep working. It is the
 * sentence's wording key (split-sentences.ts), already worked out when the sentence was read.
 */
const legacyKey = sentenceKey;

/** Every key a sentence may have been recorded under in a lock (remembered: ids and redirects ask for each often). */
const keyMemo = new Map<string, string[]>();
export const lockKeys = (sentence: string): string[] => {
  let keys = keyMemo.get(sentence);
  if (!keys) {
    if (keyMemo.size > 50_000) keyMemo.clear();
    keyMemo.set(sentence, (keys = [claimKey(sentence), legacyKey(sentence)]));
  }
  return keys;
};
const keysOf = lockKeys;

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'that', 'with', 'has', 'its', 'was', 'are'].includes(w))
    .slice(0, 6)
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 48)
    // A word like "-0.75" would start the id with a dash, which no lock accepts (locks.ts, CLAIM_ID).
    .replace(/^-+|-+$/g, '');
}

/** Which locked ids each key was recorded under (a key can have been part of more than one claim over time). */
function owners(lock: ClaimIdLock): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, keys] of Object.entries(lock)) for (const k of keys) out.set(k, [...(out.get(k) ?? []), id]);
  return out;
}

/**
 * The ids of the lock each sentence belongs to. Clustering uses this to keep published claims apart: two
 * groups of sentences locked to different ids never merge, so an added article that shifts word weights
 * cannot fold one published claim into another and retire its URL (issue 6).
 */
export function lockVeto(lock: ClaimIdLock | undefined, sentences: readonly string[]): (a: readonly number[], b: readonly number[]) => boolean {
  if (!lock || Object.keys(lock).length === 0) return () => true;
  const byKey = owners(lock);
  const ids = sentences.map((s) => new Set(keysOf(s).flatMap((k) => byKey.get(k) ?? [])));
  const union = (group: readonly number[]) => new Set(group.flatMap((i) => [...ids[i]]));
  return (a, b) => {
    const [x, y] = [union(a), union(b)];
    return x.size === 0 || y.size === 0 || [...x].some((id) => y.has(id));
  };
}

/**
 * Gives each claim an id that survives rebuilds. A claim whose sentences were recorded under an id of the
 * previous run (the lock) keeps that id: the largest overlap first, then the id whose record this claim covers
 * most. A locked id goes only to the claim that holds most of its sentences now: when that claim keeps another
 * id (or is one the editors pose, `fixed`), the id moves to it (a redirect) rather than passing to a claim that
 * holds a remnant of it, so an old link never opens a different claim. A new claim gets a readable slug and a
 * hash of its story and sentences, so two stories never make the same id, even from the same articles. The
 * lock only grows: it remembers retired ids and every sentence an id was made of, so a sentence that comes
 * back finds its id. It changes only when a claim gains a sentence or a new id is made. `published`: the ids
 * the site shows now (the corrections log's last state); of several locked ids that match a claim as well,
 * the published one is kept.
 */
export function assignIds(
  storyId: string, claims: readonly Unnamed[], lock: ClaimIdLock = {}, published: ReadonlySet<string> = new Set(),
  fixed: readonly { sentences: readonly string[] }[] = [],
): { ids: string[]; lock: ClaimIdLock } {
  const byKey = owners(lock);
  // How many of an id's recorded sentences a claim holds, counted by key: two spellings of one sentence ("O'Neal"
  // and "O’neal", one key) are one sentence, so a claim holding both does not outbid the claim it was locked to.
  const overlaps = (sentences: readonly string[]) => {
    const idsByKey = new Map<string, Set<string>>();
    for (const s of sentences) {
      const keys = keysOf(s);
      const ids = idsByKey.get(keys[0]) ?? idsByKey.set(keys[0], new Set()).get(keys[0])!;
      for (const k of keys) for (const id of byKey.get(k) ?? []) ids.add(id);
    }
    const counts = new Map<string, number>();
    for (const ids of idsByKey.values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const pairs: { claim: number; id: string; overlap: number; live: number; share: number }[] = [];
  /** Per locked id, the most sentences any one claim (fixed ones included) holds of it, and which claims do. */
  const most = new Map<string, { overlap: number; claims: Set<number> }>();
  const consider = (claim: number, counts: Map<string, number>) => {
    for (const [id, overlap] of counts) {
      const m = most.get(id);
      if (!m || overlap > m.overlap) most.set(id, { overlap, claims: new Set([claim]) });
      else if (overlap === m.overlap) m.claims.add(claim);
    }
  };
  fixed.forEach((f, k) => consider(-1 - k, overlaps(f.sentences)));
  claims.forEach((c, claim) => {
    const counts = overlaps(c.sentences);
    consider(claim, counts);
    for (const [id, overlap] of counts) pairs.push({ claim, id, overlap, live: published.has(id) ? 1 : 0, share: overlap / lock[id].length });
  });
  // Among locked ids a claim matches equally, the one published now wins: its URL is the one readers have.
  pairs.sort((a, b) => b.overlap - a.overlap || b.live - a.live || b.share - a.share || a.claim - b.claim || (a.id < b.id ? -1 : 1));
  const ids: (string | undefined)[] = claims.map(() => undefined);
  const taken = new Set<string>();
  for (const p of pairs) {
    if (ids[p.claim] || taken.has(p.id) || !most.get(p.id)!.claims.has(p.claim)) continue;
    ids[p.claim] = p.id;
    taken.add(p.id);
  }
  claims.forEach((c, i) => {
    if (ids[i]) return;
    const hash = shortHash(`${storyId}\n${[...new Set(c.sentences.map((x) => lockKeys(x)[0]))].sort().join(' ')}`, 6);
    const base = `${slug(c.text) || 'claim'}-${hash}`;
    let id = base;
    for (let n = 2; Object.hasOwn(lock, id) || taken.has(id); n++) id = `${base}-${n}`;
    ids[i] = id;
    taken.add(id);
  });
  const next: ClaimIdLock = { ...lock };
  claims.forEach((c, i) => {
    const id = ids[i]!;
    const recorded = new Set(lock[id] ?? []);
    const added = c.sentences.filter((s) => !keysOf(s).some((k) => recorded.has(k))).map((x) => lockKeys(x)[0]);
    if (added.length || !Object.hasOwn(lock, id)) next[id] = [...new Set([...recorded, ...added])].sort();
  });
  return { ids: ids as string[], lock: Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1))) };
}
