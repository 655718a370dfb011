import { shortHash } from './hash.ts';
import type { ClaimIdLock } from './types.ts';

/** A claim about to be given an id: its sentence keys and its text (for the readable part of a new id). */
export interface Unnamed {
  keys: string[];
  text: string;
}

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
    .replace(/-+$/, '');
}

/**
 * Gives each claim an id that survives rebuilds. A claim that shares sentences with a claim of the previous
 * run (the lock) inherits that claim's id, largest overlap first; a new claim gets a readable slug plus a hash
 * of its sentences. Returns the ids in input order and the updated lock, which remembers retired ids too so
 * that an id is never given to a different claim.
 */
export function assignIds(claims: readonly Unnamed[], lock: ClaimIdLock = {}): { ids: string[]; lock: ClaimIdLock } {
  const owner = new Map<string, string>();
  for (const [id, keys] of Object.entries(lock)) for (const k of keys) if (!owner.has(k)) owner.set(k, id);
  const pairs: { claim: number; id: string; overlap: number }[] = [];
  claims.forEach((c, claim) => {
    const counts = new Map<string, number>();
    for (const k of c.keys) {
      const id = owner.get(k);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, overlap] of counts) pairs.push({ claim, id, overlap });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.claim - b.claim || (a.id < b.id ? -1 : 1));
  const ids: (string | undefined)[] = claims.map(() => undefined);
  const taken = new Set<string>();
  for (const p of pairs) {
    if (ids[p.claim] || taken.has(p.id)) continue;
    ids[p.claim] = p.id;
    taken.add(p.id);
  }
  const reserved = new Set(Object.keys(lock));
  claims.forEach((c, i) => {
    if (ids[i]) return;
    const base = `${slug(c.text) || 'claim'}-${shortHash([...c.keys].sort().join(' '), 6)}`;
    let id = base;
    for (let n = 2; reserved.has(id) || taken.has(id); n++) id = `${base}-${n}`;
    ids[i] = id;
    taken.add(id);
  });
  const next: ClaimIdLock = { ...lock };
  claims.forEach((c, i) => {
    const id = ids[i]!;
    next[id] = [...new Set([...(lock[id] ?? []), ...c.keys])].sort();
  });
  return { ids: ids as string[], lock: Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1))) };
}
