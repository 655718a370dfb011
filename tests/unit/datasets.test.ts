import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ClaimEntry } from '../../src/loaders/entries.ts';
import { claimRecord, claimsCsv, DATASET_COLUMNS, jsonListResponse, jsonResponse } from '../../src/site/datasets.ts';

const entry = (over: Partial<ClaimEntry> = {}): ClaimEntry => ({
  id: 'acme-closes-plant-abc123', story: 'acme', storyTitle: 'Acme, "the" plant', text: 'Acme will close its plant, cutting 400 jobs.',
  status: 'denied', machineStatus: 'denied', editorStatus: null, noteHtml: null, reason: 'Acme denies it in The Ledger.', sourceCount: 1, posed: false, key: true, noteText: null, machineReason: 'Acme denies it in The Ledger.',
  evidence: [
    { source: 'acme--a', sourceLabel: 'The Ledger', sourceTitle: 'T', sentenceId: 's-1', sentence: 'Acme will close.', stance: 'agree', speaker: 'The Ledger', speakerKind: 'source', href: '/sources/acme--a/#s-1' },
    { source: 'acme--b', sourceLabel: 'Acme', sourceTitle: 'T', sentenceId: 's-2', sentence: 'Not true.', stance: 'disagree', speaker: 'Acme', speakerKind: 'named', href: '/sources/acme--b/#s-2' },
  ],
  appearances: [{ source: 'acme--a', label: 'The Ledger', title: 'T', url: null, archive: '/sources/acme--a/', published: '2025-03-02', outlet: 'The Ledger', author: null }],
  published: '2025-03-04', updated: '2025-03-10', checked: '2025-03-10', history: [],
  ...over,
});
const abs = (p: string) => new URL(p.slice(1), 'https://x.org/fc/').href;

describe('datasets', () => {
  it('gives absolute URLs and the claim\'s dates in JSON', () => {
    expect(claimRecord(entry(), abs)).toMatchObject({
      url: 'https://x.org/fc/claims/acme-closes-plant-abc123/', firstAppeared: '2025-03-02', firstSource: 'The Ledger', published: '2025-03-04',
      evidence: [{ href: 'https://x.org/fc/sources/acme--a/#s-1' }, { stance: 'disagree' }],
    });
  });

  it('writes one CSV row per claim under the documented header, counting evidence by stance', () => {
    const rows = parse(claimsCsv([entry()], abs), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(DATASET_COLUMNS.map(([c]) => c));
    expect(rows[0]).toMatchObject({ story_title: 'Acme, "the" plant', status: 'denied', supports: '1', contradicts: '1', reports: '0', editorial: 'false', first_appeared: '2025-03-02' });
  });

  it('defuses cells a spreadsheet would run as a formula (seed text is untrusted)', () => {
    const rows = parse(claimsCsv([entry({ text: '=HYPERLINK("http://evil")', reason: '+1 cmd' })], abs), { columns: true }) as Record<string, string>[];
    expect(rows[0].text).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[0].reason).toBe("'+1 cmd");
  });
});

describe('jsonListResponse (the site-wide claims.json, streamed)', () => {
  const item = (i: number) => ({
    id: `claim-${i}`, text: `“Quoted” text ${i}, é, 😀, a line\nbreak and a \\ backslash`, key: i % 2 === 0, note: null,
    evidence: i % 3 === 0 ? [] : [{ sentence: `Sentence ${i}`, stance: 'agree', nested: { deeper: [1, 2, { x: 'y' }] } }],
  });
  it.each([0, 1, 2, 499, 500, 501, 1201])('%i items: the same bytes as the whole document stringified at once', async (n) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const streamed = Buffer.from(await jsonListResponse('claims', items, item).arrayBuffer());
    const whole = Buffer.from(await jsonResponse({ claims: items.map(item) }).arrayBuffer());
    expect(streamed.equals(whole)).toBe(true);
    expect(JSON.parse(streamed.toString('utf8')).claims).toHaveLength(n);
  });

  it('says it is JSON in UTF-8', () => {
    expect(jsonListResponse('claims', [1], item).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
