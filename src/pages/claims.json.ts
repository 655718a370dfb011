import { siteRecords } from '../site/records.ts';
import { claimRecord, jsonResponse } from '../site/datasets.ts';
import { absoluteUrl } from '../site/urls.ts';

/** Every claim with its status, reason, dates and evidence links, for other sites and tools (README, "Datasets"). */
export async function GET() {
  const claims = siteRecords('claims').map((c) => claimRecord(c, absoluteUrl));
  return jsonResponse({ claims });
}
