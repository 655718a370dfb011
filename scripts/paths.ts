/** Where the scripts find the committed models (written by npm run train:stance and derive:embeddings). */
import { fileURLToPath } from 'node:url';

export const MODELS_DIR = fileURLToPath(new URL('../models', import.meta.url));
export const STANCE_MODEL_PATH = fileURLToPath(new URL('../models/stance.bin', import.meta.url));
