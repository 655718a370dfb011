import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile } from '../../src/analysis/index.ts';

/** A seed file from text. */
export function seed(name: string, text: string | Uint8Array): SeedFile {
  return { name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text };
}

/** Every seed file of a story folder. */
export function readStoryDir(dir: string): SeedFile[] {
  return readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}
