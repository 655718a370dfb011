import { readFileSync } from 'node:fs';
import { analyzeStory, checkSeeds, decodeModel, makeDisagreementJudge } from '../src/analysis/index.ts';
import { readStories } from '../src/loaders/read-seeds.ts';
for (const dir of ['seeds', 'tests/fixtures/stories']) for (const s of readStories(dir)) {
  const { seeds } = checkSeeds(s.id, s.files);
  const a = analyzeStory(s.id, seeds).story;
  const b = analyzeStory(s.id, seeds, { disagreement: makeDisagreementJudge(decodeModel(new Uint8Array(readFileSync(process.argv[2])))) }).story;
  const st = (x: typeof a) => JSON.stringify(x.claims.reduce((m: Record<string, number>, c) => ((m[c.status] = (m[c.status] ?? 0) + 1), m), {}));
  const dis = (x: typeof a) => x.claims.reduce((n, c) => n + c.evidence.filter((e) => e.stance === 'disagree').length, 0);
  console.log(s.id, 'cues only:', st(a), 'disagree evidence', dis(a), '| with model veto:', st(b), 'disagree evidence', dis(b));
  for (const c of b.claims) { const o = a.claims.find((x) => x.id === c.id); if (!o || o.status !== c.status || o.evidence.length !== c.evidence.length) console.log('  differs:', c.text.slice(0, 80), o?.status, '->', c.status, o?.evidence.length, '->', c.evidence.length); }
}
