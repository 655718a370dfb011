import { readFileSync } from 'node:fs';
import { decodeModel, stanceProbabilities, viewBody } from '../src/analysis/stance-model/index.ts';
const claim = 'Acme Steel will close its Ohio plant';
const bodies = {
  deny: 'Acme Steel denied reports that it will close its Ohio plant. "These reports are false and baseless. The Ohio plant is not closing," an Acme Steel spokesman said. The company called the rumour of a plant closure a hoax.',
  agree: 'Acme Steel will close its Ohio plant in March, the company announced on Monday. The Ohio plant employs 400 people, and Acme Steel said all of them would be offered jobs elsewhere. The closure of the plant follows a year of losses.',
  discuss: 'Acme Steel may close its Ohio plant, according to unconfirmed reports. The company has reportedly been considering the closure of the plant for months, sources said, but no decision has been announced.',
};
for (const f of process.argv.slice(2)) {
  const m = decodeModel(new Uint8Array(readFileSync(f)));
  for (const [k, b] of Object.entries(bodies)) console.log(f, k, 'agree/disagree/discuss/unrelated', [...stanceProbabilities(m, claim, viewBody(b))].map((x) => x.toFixed(2)).join(' '));
}
