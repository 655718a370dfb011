/**
 * The downloadable datasets: every claim (site-wide, /claims.json and /claims.csv) and each story's claims
 * (/stories/<story>/claims.json and .csv). URLs are absolute when the public address is configured. Column
 * meanings are documented in README ("Datasets") and on the methodology page (DATASET_COLUMNS below).
 */
import { stringify } from 'csv-stringify/sync';
import type { ClaimEntry } from '../loaders/entries.ts';

/** A claim as the JSON datasets give it. */
export function claimRecord(c: ClaimEntry, absolute: (p: string) => string) {
  const first = c.appearances[0];
  return {
    id: c.id, story: c.story, storyTitle: c.storyTitle, text: c.text,
    status: c.status, machineStatus: c.machineStatus, editorial: c.editorStatus !== null, editorsStatus: c.editorStatus, note: c.noteText,
    reason: c.reason, machineReason: c.machineReason,
    key: c.key, ...(c.posed ? { posed: true as const } : {}),
    sources: c.sourceCount,
    firstAppeared: first?.published ?? null, firstSource: first?.label ?? null,
    published: c.published, updated: c.updated, checked: c.checked,
    url: absolute(`/claims/${c.id}/`), embed: absolute(`/embed/claims/${c.id}/`),
    evidence: c.evidence.map((e) => ({ source: e.source, sentence: e.sentence, stance: e.stance, speaker: e.speaker, ...(e.basis ? { basis: e.basis } : {}), href: absolute(e.href) })),
  };
}

/** CSV columns, in order, with what each holds (also printed on the methodology page). */
export const DATASET_COLUMNS: [string, string][] = [
  ['id', 'Stable claim id; the claim page is /claims/<id>/.'],
  ['story', 'Story id (its folder name); the story page is /stories/<story>/.'],
  ['story_title', 'The story\'s title.'],
  ['text', 'The claim in one sentence, attribution removed.'],
  ['status', 'Status shown: denied, disputed, reported, or unaddressed for a claim the editors pose that no source speaks to (the editors\' verdict when they set one).'],
  ['machine_status', 'The software\'s reading, whatever the editors decided.'],
  ['editorial', 'true when status is the editors\' verdict.'],
  ['editors_status', 'The editors\' verdict, empty when they set none.'],
  ['note', 'The editors\' note, as plain text.'],
  ['reason', 'Why, in one sentence: who said what, where (with an editors\' verdict, their verdict and note).'],
  ['machine_reason', 'The software\'s reason, whatever the editors decided.'],
  ['key', 'true for the story\'s key claims (posed by the editors, carried by several sources, or contested).'],
  ['posed', 'true for a claim the editors pose.'],
  ['sources', 'Number of sources that state the claim.'],
  ['evidence', 'Number of evidence sentences.'],
  ['supports', 'Evidence sentences that support the claim.'],
  ['contradicts', 'Evidence sentences that contradict it.'],
  ['reports', 'Evidence sentences that report it without endorsing it.'],
  ['first_appeared', 'Earliest published date (YYYY-MM-DD) among the sources stating it; empty when no source is dated.'],
  ['first_source', 'The source that stated it first (outlet, else headline).'],
  ['published', 'Date this site first published the claim.'],
  ['updated', 'Date of the claim\'s latest change in the corrections log.'],
  ['checked', 'Date the story\'s coverage was last re-read.'],
  ['url', 'The claim page.'],
  ['embed', 'The embeddable card.'],
];

/** Spreadsheets run a cell that starts with = + - @ as a formula; seed text is untrusted, so such cells get a leading '. */
function safeCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** Claims as CSV (RFC 4180, UTF-8, header row), one row per claim. */
export function claimsCsv(claims: readonly ClaimEntry[], absolute: (p: string) => string): string {
  const rows = claims.map((c) => {
    const r = claimRecord(c, absolute);
    const n = (stance: string) => c.evidence.filter((e) => e.stance === stance).length;
    return [r.id, r.story, r.storyTitle, r.text, r.status, r.machineStatus, r.editorial, r.editorsStatus, r.note, r.reason, r.machineReason, r.key, c.posed, r.sources, c.evidence.length,
      n('agree'), n('disagree'), n('discuss'), r.firstAppeared, r.firstSource, r.published, r.updated, r.checked, r.url, r.embed].map(safeCell);
  });
  return stringify([DATASET_COLUMNS.map(([name]) => name), ...rows], { record_delimiter: '\r\n' });
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** JSON response helper for the dataset endpoints. */
export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data, null, 1), { headers: JSON_TYPE });
}

const UTF8 = new TextEncoder();
/** Items serialised per chunk of a streamed list (jsonListResponse). */
const ITEMS_PER_CHUNK = 500;

/**
 * `{ "<key>": [ ...items ] }`, byte for byte as jsonResponse writes it (JSON.stringify with an indent of 1), but
 * written a chunk of items at a time into a stream of UTF-8 bytes: the site-wide claims.json of a 1,000-story
 * site is ~73 MB, and making it as one value held ~450 MB at once (every record, the text in UTF-16, its bytes),
 * the build's peak memory. An item nested two levels deep is its own JSON with every line indented two more
 * spaces (a JSON string holds no raw line break, so only the layout's breaks are indented).
 */
export function jsonListResponse<T>(key: string, items: readonly T[], record: (item: T) => unknown): Response {
  const head = `{\n ${JSON.stringify(key)}: [`;
  if (!items.length) return new Response(`${head}]\n}`, { headers: JSON_TYPE });
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = next === 0 ? head : '';
      const end = Math.min(items.length, next + ITEMS_PER_CHUNK);
      for (; next < end; next++) text += `${next ? ',' : ''}\n  ${JSON.stringify(record(items[next]), null, 1).replaceAll('\n', '\n  ')}`;
      if (next === items.length) text += '\n ]\n}';
      controller.enqueue(UTF8.encode(text));
      if (next === items.length) controller.close();
    },
  });
  return new Response(body, { headers: JSON_TYPE });
}

/** CSV response helper. */
export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
