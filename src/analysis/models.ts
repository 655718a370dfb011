/**
 * The trained resources the engine reads with: word vectors and the two stance models. Callers load them
 * (the engine never touches the disk) and pass them to analyzeStory.
 */
import type { Embeddings } from './represent/embeddings.ts';
import { loadStanceModel, type StanceModel, type StoredStanceModel } from './stance-model/index.ts';

/** Everything the engine needs beyond the seeds. */
export interface EngineModels {
  embeddings: Embeddings;
  /** Reads a whole article against a claim. */
  article: StanceModel;
  /** Reads one sentence, with its neighbours, against a claim. */
  sentence: StanceModel;
}

/** Puts decoded models together, checking that they were trained with these word vectors. */
export function engineModels(embeddings: Embeddings, article: StoredStanceModel, sentence: StoredStanceModel): EngineModels {
  if (article.kind !== 'article' || sentence.kind !== 'sentence') throw new TypeError(`expected an article and a sentence model, got ${article.kind} and ${sentence.kind}`);
  return { embeddings, article: loadStanceModel(article, embeddings), sentence: loadStanceModel(sentence, embeddings) };
}
