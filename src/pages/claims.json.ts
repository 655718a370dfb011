import { getCollection } from 'astro:content';

/** Every claim with its status, reason and evidence links (site paths), for other sites and tools. */
export async function GET() {
  const claims = (await getCollection('claims')).map(({ data: c }) => ({
    id: c.id, story: c.story, text: c.text, status: c.status, machineStatus: c.machineStatus, editorial: c.editorStatus !== null,
    editorsStatus: c.editorStatus, note: c.noteText, reason: c.reason, machineReason: c.machineReason, url: `/claims/${c.id}/`, embed: `/embed/claims/${c.id}/`,
    evidence: c.evidence.map((e) => ({ source: e.source, sentence: e.sentence, stance: e.stance, speaker: e.speaker, href: e.href })),
  }));
  return new Response(JSON.stringify({ claims }, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
