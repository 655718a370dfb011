import { siteRecords } from '../site/records.ts';
import { claimsCsv, csvResponse } from '../site/datasets.ts';
import { absoluteUrl } from '../site/urls.ts';

/** Every claim as one CSV row (columns: README, "Datasets"). */
export async function GET() {
  return csvResponse(claimsCsv(siteRecords('claims'), absoluteUrl));
}
