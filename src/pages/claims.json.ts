import { siteRecords } from '../site/records.ts';
import { claimRecord, jsonListResponse } from '../site/datasets.ts';
import { absoluteUrl } from '../site/urls.ts';

/** Every claim with its status, reason, dates and evidence links, for other sites and tools (README, "Datasets"). */
export async function GET() {
  return jsonListResponse('claims', siteRecords('claims'), (c) => claimRecord(c, absoluteUrl));
}
