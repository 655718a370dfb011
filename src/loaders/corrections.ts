/**
 * The corrections log. Each story folder keeps `claim-history.json` beside its claim-id lock: a list of dated
 * entries, each recording what changed in the published claims since the entry before (a new claim, a status
 * change, a retired id) and a fingerprint of the coverage the build read. Replaying the entries gives the last
 * published state; a build compares its claims with that state and appends an entry only when something
 * changed, dated with the build's date, so an unchanged rebuild leaves the file and the site byte-identical.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedError, type Status } from '../analysis/index.ts';

/** Name of the per-story history file. Commit it with the lock: it is the site's record of corrections. */
export const HISTORY_FILE = 'claim-history.json';

/** One change to a published claim. */
export interface ClaimChange {
  claim: string;
  /** `new`: first published; `status`: its status changed; `retired`: the id no longer names a claim. */
  change: 'new' | 'status' | 'retired';
  /** The claim's wording when the change was made. */
  text: string;
  /** Status before the change (`status`, `retired`). */
  from?: Status;
  /** Status after the change (`new`, `status`). */
  to?: Status;
  /** The new status is the editors' verdict, not the software's reading. */
  editors?: boolean;
}

/** One build that changed something. */
export interface HistoryEntry {
  /** The build's date, YYYY-MM-DD. */
  date: string;
  /** Fingerprint of the seeds the build read: when it moves, the coverage was re-checked. */
  coverage: string;
  changes: ClaimChange[];
}

/** A claim as published: what the log compares. */
export interface PublishedClaim {
  id: string;
  text: string;
  status: Status;
  editors: boolean;
}

/** The last published state, from replaying the log. */
export function replay(entries: readonly HistoryEntry[]): Map<string, PublishedClaim> {
  const state = new Map<string, PublishedClaim>();
  for (const e of entries) {
    for (const c of e.changes) {
      if (c.change === 'retired') state.delete(c.claim);
      else state.set(c.claim, { id: c.claim, text: c.text, status: c.to!, editors: c.editors ?? false });
    }
  }
  return state;
}

/** What changed between the published state and this build's claims: new first, then status changes, then retired. */
export function diffClaims(previous: Map<string, PublishedClaim>, current: readonly PublishedClaim[]): ClaimChange[] {
  const out: ClaimChange[] = [];
  const flag = (editors: boolean) => (editors ? { editors: true } : {});
  for (const c of current) {
    const p = previous.get(c.id);
    if (!p) out.push({ claim: c.id, change: 'new', text: c.text, to: c.status, ...flag(c.editors) });
  }
  for (const c of current) {
    const p = previous.get(c.id);
    if (p && p.status !== c.status) out.push({ claim: c.id, change: 'status', text: c.text, from: p.status, to: c.status, ...flag(c.editors) });
  }
  const now = new Set(current.map((c) => c.id));
  for (const p of [...previous.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!now.has(p.id)) out.push({ claim: p.id, change: 'retired', text: p.text, from: p.status });
  }
  return out;
}

/**
 * The log with this build's entry appended when claims changed or the coverage moved; the same log (same
 * object) when nothing did.
 */
export function recordBuild(entries: HistoryEntry[], current: readonly PublishedClaim[], coverage: string, date: string): HistoryEntry[] {
  const changes = diffClaims(replay(entries), current);
  const last = entries.at(-1);
  if (changes.length === 0 && last?.coverage === coverage) return entries;
  return [...entries, { date, coverage, changes }];
}

/** The build's date: BUILD_DATE (YYYY-MM-DD, for tests and reproducible builds) or today in UTC. */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const given = env.BUILD_DATE;
  if (!given) return now.toISOString().slice(0, 10);
  const d = new Date(`${given}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== given) {
    throw new TypeError(`BUILD_DATE="${given}" is not a date. Write it as YYYY-MM-DD, e.g. BUILD_DATE=2026-03-01, or leave it unset for today.`);
  }
  return given;
}

/** Reads a story's log; a missing file is an empty log. A broken one stops the build: it is the published record. */
export function readHistory(storyDir: string, storyId: string): HistoryEntry[] {
  const path = join(storyDir, HISTORY_FILE);
  if (!existsSync(path)) return [];
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { entries?: HistoryEntry[] };
    if (!Array.isArray(data.entries)) throw new Error('it has no "entries" list');
    return data.entries;
  } catch (e) {
    throw new SeedError([{
      file: `${storyId}/${HISTORY_FILE}`,
      message: `is not a readable corrections log (${(e as Error).message.split('\n')[0]}). Restore it from version control (git checkout -- ${HISTORY_FILE}); deleting it starts the log afresh.`,
    }]);
  }
}

/** Writes the log only when it changed, so an unchanged build leaves the working tree clean. */
export function writeHistory(storyDir: string, entries: readonly HistoryEntry[]): void {
  const text = JSON.stringify({ entries }, null, 1) + '\n';
  const path = join(storyDir, HISTORY_FILE);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}
