import { readFileSync } from 'node:fs';
import { annotate } from '../src/analysis/annotate.ts';
import { sentencePolarity, deniedVerb } from '../src/analysis/classify-stance.ts';
const d = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const tally: Record<string, number> = {};
for (const s of d.stories) for (const c of s.claims) {
  if (c.status !== 'denied') continue;
  const e = c.evidence.find((x: any) => x.stance === 'disagree' && c.reason.includes(x.speaker));
  if (!e) continue;
  const a = annotate(e.sentence);
  const p = sentencePolarity(e.sentence, a);
  const claimA = annotate(c.text);
  const dv = deniedVerb(a);
  const k = `${p}${p === 'negative' ? (dv ? (claimA.terms.includes(dv) ? ' verb-in-claim' : ' verb-not-in-claim') : ' no-whole-verb') : ''}`;
  tally[k] = (tally[k] ?? 0) + 1;
  if (process.argv[3]) console.log(k, '|', c.text.slice(0, 70), '||', e.sentence.slice(0, 90));
}
console.log(tally);
