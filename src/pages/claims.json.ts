import { getCollection } from 'astro:content';
import { claimRecord, jsonResponse } from '../site/datasets.ts';
import { absoluteUrl } from '../site/urls.ts';

/** Every claim with its status, reason, dates and evidence links, for other sites and tools (README, "Datasets"). */
export async function GET() {
  const claims = (await getCollection('claims')).map(({ data }) => claimRecord(data, absoluteUrl));
  return jsonResponse({ claims });
}
