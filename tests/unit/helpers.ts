import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineModels, SeedFile } from '../../src/analysis/index.ts';
import { readModels } from '../../src/loaders/models.ts';

/** A seed file from text. */
export function seed(name: string, text: string | Uint8Array): SeedFile {
  return { name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text };
}

/** Every seed file of a story folder. */
export function readStoryDir(dir: string): SeedFile[] {
  return readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** The committed models (word vectors, stance models), read once per test file. */
export function models(): EngineModels {
  return readModels('models');
}
