import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { factCheckLoader } from './loaders/factcheck-loader.ts';
import { entrySchemas } from './loaders/entries.ts';
import { siteInputs } from './loaders/paths.ts';

const schemas = entrySchemas(z as never);
// Only a production build publishes, so only it appends to the corrections log; `astro dev` shows pending changes.
const inputs = siteInputs({ writeLocks: true, writeHistory: import.meta.env.PROD });
// The store keeps each record's digest; the pages read the records themselves from the loaders (src/site/records.ts).
const digest = z.object({ digest: z.string() });

export const collections = {
  stories: defineCollection({ loader: factCheckLoader('stories', inputs, schemas.story), schema: digest }),
  sources: defineCollection({ loader: factCheckLoader('sources', inputs, schemas.source), schema: digest }),
  claims: defineCollection({ loader: factCheckLoader('claims', inputs, schemas.claim), schema: digest }),
};
