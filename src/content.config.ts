import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { factCheckLoader } from './loaders/factcheck-loader.ts';
import { entrySchemas } from './loaders/entries.ts';
import { siteInputs } from './loaders/paths.ts';

const schemas = entrySchemas(z as never);
// Only a production build publishes, so only it appends to the corrections log; `astro dev` shows pending changes.
const inputs = siteInputs({ writeLocks: true, writeHistory: import.meta.env.PROD });

export const collections = {
  stories: defineCollection({ loader: factCheckLoader('stories', inputs), schema: schemas.story }),
  sources: defineCollection({ loader: factCheckLoader('sources', inputs), schema: schemas.source }),
  claims: defineCollection({ loader: factCheckLoader('claims', inputs), schema: schemas.claim }),
};
