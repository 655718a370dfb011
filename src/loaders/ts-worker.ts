/** Whether a worker thread can run this TypeScript file natively (Node 22.18+ strips types by default). */
import { existsSync } from 'node:fs';

export function canRunTsWorker(file: string): boolean {
  return Boolean((process.features as { typescript?: string }).typescript) && existsSync(file);
}
