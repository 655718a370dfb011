import { getCollection } from 'astro:content';
import { claimsCsv, csvResponse } from '../site/datasets.ts';
import { absoluteUrl } from '../site/urls.ts';

/** Every claim as one CSV row (columns: README, "Datasets"). */
export async function GET() {
  return csvResponse(claimsCsv((await getCollection('claims')).map((c) => c.data), absoluteUrl));
}
