/**
 * Stage 3: who says each sentence, story-wide. Names are unified across the story ("the Journal" and "WSJ" to
 * "Wall Street Journal"); "the company" is resolved from the same quote elsewhere in the story or from the last
 * name before it; an unattributed quote that follows a named speaker's quote continues it.
 */
import type { Annotated } from './annotate.ts';
import { canonicalNames, quoteKey, resolveSpeaker, type Attribution } from './attribute-speakers.ts';
import type { Speaker } from './types.ts';

/** What speaker resolution reads about one sentence. */
export interface SpeakerInput {
  source: number;
  paragraph: number;
  text: string;
  nlp: Annotated;
  attribution: Attribution;
  /** How reasons name the sentence's source, for sentences nobody else says. */
  sourceLabel: string;
}

/** "The Wall Street Journal" and "Wall Street Journal" count as one name. */
const dropThe = (name: string) => name.replace(/^[Tt]he\s+/, '');

/** The speaker of every sentence (same order), and the story's canonical spelling of every name. */
export function resolveSpeakers(inputs: readonly SpeakerInput[]): { speakers: Speaker[]; canonical: Map<string, string> } {
  const counts = new Map<string, number>();
  for (const x of inputs) {
    for (const n of [...x.nlp.names, ...(x.attribution.generic ? [] : [x.attribution.who, x.attribution.org])]) {
      if (n) counts.set(dropThe(n), (counts.get(dropThe(n)) ?? 0) + 1);
    }
  }
  const canonical = canonicalNames(counts);
  const canon = (n: string) => canonical.get(dropThe(n)) ?? n;
  const ctx = { canonical, quoteSpeakers: new Map<string, string>() };
  for (const x of inputs) {
    if (x.attribution.quote && x.attribution.who && !x.attribution.generic) {
      ctx.quoteSpeakers.set(quoteKey(x.attribution.quote), resolveSpeaker(x.attribution, [], ctx, '').name);
    }
  }
  const speakers: Speaker[] = inputs.map((x, i) => {
    const earlier: string[] = [];
    for (let k = Math.max(0, i - 3); k < i; k++) if (inputs[k].source === x.source) earlier.push(...inputs[k].nlp.names.map(canon));
    const before = x.nlp.names.filter((n) => x.attribution.prefix.includes(n)).map(canon);
    return resolveSpeaker(x.attribution, earlier, ctx, x.sourceLabel, before);
  });
  // "We never signed," she said. "This is not true." — the second quote is hers too.
  for (let i = 1; i < inputs.length; i++) {
    const [prev, x] = [inputs[i - 1], inputs[i]];
    const sameParagraph = prev.source === x.source && prev.paragraph === x.paragraph;
    if (sameParagraph && !x.attribution.who && /^["“']/.test(x.text) && prev.attribution.quote && speakers[i - 1].kind === 'named') {
      speakers[i] = speakers[i - 1];
    }
  }
  return { speakers, canonical };
}
