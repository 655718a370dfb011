/**
 * Page data the engine does not compute but readers need: which sources state a claim and when (its first
 * appearance), the coverage grid of claims by sources, the footnote numbers on a source page, and each claim's
 * lines of the corrections log.
 */
import { sourceLabel } from '../analysis/index.ts';
import type { Claim, Source, Stance } from '../analysis/index.ts';
import type { ClaimChange, HistoryEntry } from './corrections.ts';

/** A source stating a claim (see entries.ts `appearance`). */
export interface Appearance {
  source: string;
  label: string;
  title: string;
  url: string | null;
  archive: string;
  published: string | null;
  outlet: string | null;
  author: string | null;
}

/** Sources whose evidence states the claim (supports it or reports it), earliest published first, then story order. */
export function appearances(claim: Claim, sources: readonly Source[]): Appearance[] {
  const stating = new Set(claim.evidence.filter((e) => e.stance !== 'disagree').map((e) => e.source));
  return sources
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => stating.has(s.id))
    .sort((a, b) => (a.s.published ?? '9999').localeCompare(b.s.published ?? '9999') || a.order - b.order)
    .map(({ s }) => ({
      source: s.id, label: sourceLabel(s), title: s.title, url: s.url, archive: `/sources/${s.id}/`,
      published: s.published, outlet: s.outlet, author: s.author,
    }));
}

/** When one source says several things about a claim, the grid shows the strongest: a contradiction first. */
const STRENGTH: Record<Stance, number> = { disagree: 3, agree: 2, discuss: 1 };

/** The coverage grid row of a claim: one cell per story source, in the story's source order. */
export function gridRow(claim: Claim, sources: readonly Source[]): ({ stance: Stance; href: string; sentence: string } | null)[] {
  return sources.map((s) => {
    const best = claim.evidence.filter((e) => e.source === s.id).sort((a, b) => STRENGTH[b.stance] - STRENGTH[a.stance])[0];
    return best ? { stance: best.stance, href: `/sources/${s.id}/#${best.sentenceId}`, sentence: best.sentence } : null;
  });
}

/** Claims a source bears on, numbered in the order their first marker appears in the article. */
export function footnoteNumbers(source: Source, claims: readonly Claim[]): Map<string, number> {
  const firstAt = new Map<string, number>();
  const position = new Map(source.sentences.map((s, i) => [s.id, i]));
  for (const c of claims) {
    for (const e of c.evidence) {
      if (e.source !== source.id) continue;
      const at = position.get(e.sentenceId) ?? Infinity;
      if (at < (firstAt.get(c.id) ?? Infinity)) firstAt.set(c.id, at);
    }
  }
  const order = [...firstAt].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return new Map(order.map(([id], i) => [id, i + 1]));
}

/** A claim's own lines of the log, oldest first; `entry` is the line's entry number in the story's log (an anchor). */
export function claimHistory(entries: readonly HistoryEntry[], id: string): (Omit<ClaimChange, 'claim' | 'text'> & { date: string; entry: number })[] {
  return entries.flatMap((e, entry) => e.changes.filter((c) => c.claim === id).map(({ claim: _c, text: _t, ...rest }) => ({ date: e.date, entry, ...rest })));
}

/** Dates a story's claim pages show: first published on the site, status last changed, coverage last re-read. */
export function claimDates(entries: readonly HistoryEntry[], id: string): { published: string | null; updated: string | null; checked: string | null } {
  const own = claimHistory(entries, id);
  return {
    published: own.find((c) => c.change === 'new')?.date ?? null,
    updated: own.at(-1)?.date ?? null,
    checked: entries.at(-1)?.date ?? null,
  };
}

