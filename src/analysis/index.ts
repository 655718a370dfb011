/**
 * The analysis engine's public entry points. Framework-free: no Astro, no file system, no DOM. Callers read
 * files and pass bytes in; everything returned is plain serialisable data.
 */
export { analyzeStory, type Analysis, type AnalyzeOptions } from './analyze-story.ts';
export { checkSeeds, formatProblems, SeedError, STORY_ID } from './check-seeds.ts';
export { engineModels, type EngineModels } from './models.ts';
export { isSeedFile, MAX_SEED_BYTES, tooLargeMessage } from './parse-seed.ts';
export { splitSentences } from './split-sentences.ts';
export { editDistance } from './edit-distance.ts';
export { sourceLabel } from './read-sources.ts';
export { decodeEmbeddings, type Embeddings } from './represent/embeddings.ts';
export { decodeModel, type StanceModel } from './stance-model/index.ts';
export { toReport, type AnalysisReport } from './report.ts';
export type * from './types.ts';

/** Bump when the analysis changes what it outputs: it goes into every digest, so all stories re-analyse. */
export const ENGINE_VERSION = '2.0.0';
