/** Where the project keeps what its scripts and loader read. */
import { fileURLToPath } from 'node:url';

/** The committed stance model weights (written by npm run train:stance). */
export const STANCE_MODEL_PATH = fileURLToPath(new URL('../models/stance.bin', import.meta.url));

/** The seeds folder: SEEDS_DIR when set, else seeds/ at the project root. */
export function seedsDir(): string {
  return process.env.SEEDS_DIR || fileURLToPath(new URL('../seeds/', import.meta.url));
}

/** Editorial content (story notes, claim notes). */
export const CONTENT_DIR = fileURLToPath(new URL('../content/', import.meta.url));
