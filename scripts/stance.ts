/**
 * npm run -s stance: reads JSON lines {"claim": "...", "body": "..."} on stdin and writes one line
 * {"stance": "agree|disagree|discuss|unrelated"} per input line, in order (the article-level model).
 */
import { createInterface } from 'node:readline';
import { classifyStancePair, readBody, type BodyView } from '../src/analysis/stance-model/index.ts';
import { readModels } from '../src/loaders/models.ts';
import { MODELS_DIR } from './paths.ts';

const model = readModels(MODELS_DIR).article;
const views = new Map<string, BodyView>();
let lineNo = 0;
const out: string[] = [];
const flush = () => {
  if (out.length) process.stdout.write(out.join(''));
  out.length = 0;
};
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  lineNo++;
  if (!line.trim()) continue;
  let pair: { claim?: unknown; body?: unknown };
  try {
    pair = JSON.parse(line);
  } catch {
    console.error(`stdin line ${lineNo}: not JSON; expected {"claim": "...", "body": "..."}`);
    process.exit(2);
  }
  if (typeof pair.claim !== 'string' || typeof pair.body !== 'string') {
    console.error(`stdin line ${lineNo}: "claim" and "body" must both be strings`);
    process.exit(2);
  }
  let view = views.get(pair.body);
  if (!view) {
    if (views.size > 1000) views.clear();
    views.set(pair.body, (view = readBody(model, pair.body)));
  }
  out.push(JSON.stringify({ stance: classifyStancePair(model, pair.claim, view) }) + '\n');
  if (out.length >= 512) flush();
}
flush();
