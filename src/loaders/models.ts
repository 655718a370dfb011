/** Reads the committed models for the engine, once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeModel, engineModels, type EngineModels } from '../analysis/index.ts';
import { readEmbeddings } from './embeddings.ts';

/** The model files, relative to the models folder; their bytes go into every story's digest. */
export const MODEL_FILES = ['embeddings.bin', 'stance.bin', 'stance-sentence.bin'] as const;

const loaded = new Map<string, EngineModels>();

/** The engine's models from a folder (default models/). Throws an Error naming a missing or bad file. */
export function readModels(dir = 'models'): EngineModels {
  const full = resolve(dir);
  const cached = loaded.get(full);
  if (cached) return cached;
  const read = (name: string) => {
    const path = join(full, name);
    if (!existsSync(path)) throw new Error(`${path} not found. It is committed with the project; restore it (git checkout -- models/) or retrain with npm run train:stance.`);
    try {
      return decodeModel(new Uint8Array(readFileSync(path)));
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}`);
    }
  };
  const models = engineModels(readEmbeddings(join(full, 'embeddings.bin')), read('stance.bin'), read('stance-sentence.bin'));
  loaded.set(full, models);
  return models;
}
