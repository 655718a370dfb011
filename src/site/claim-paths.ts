/**
 * Every claim id the site has ever published keeps an address (the README's promise: URLs never change under
 * you). A live claim has its page and card; an id that was merged into another claim (or whose claim the
 * editors now pose) sends readers on to the claim that holds its sentences, and its card shows that claim; an
 * id retired for good gets a page saying so. The three claim routes (page, card, oEmbed) share this list.
 */
import type { ClaimEntry, StoryEntry } from '../loaders/entries.ts';

/** What is at /claims/<id>/: the claim, a claim it moved to, or the record of its retirement. */
export type ClaimPath =
  | { id: string; kind: 'live'; claim: ClaimEntry }
  | { id: string; kind: 'moved'; claim: ClaimEntry }
  | { id: string; kind: 'retired'; text: string; date: string; story: { id: string; title: string } };

/** Every claim address of the site, live claims first; an id is listed once. */
export function claimPaths(claims: readonly ClaimEntry[], stories: readonly StoryEntry[]): ClaimPath[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out: ClaimPath[] = claims.map((claim) => ({ id: claim.id, kind: 'live', claim }));
  const seen = new Set(byId.keys());
  for (const s of stories) {
    for (const m of s.moved) {
      const claim = byId.get(m.to);
      if (!claim || seen.has(m.id)) continue;
      seen.add(m.id);
      out.push({ id: m.id, kind: 'moved', claim });
    }
    for (const r of s.retired) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ id: r.id, kind: 'retired', text: r.text, date: r.date, story: { id: s.id, title: s.title } });
    }
  }
  return out;
}
