/** Where the stance scripts find the committed model weights (written by npm run train:stance). */
import { fileURLToPath } from 'node:url';

export const STANCE_MODEL_PATH = fileURLToPath(new URL('../models/stance.bin', import.meta.url));
