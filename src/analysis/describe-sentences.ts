/**
 * Stage 2: what each sentence of a story says and who says it — attribution, the claim without its
 * attribution, check-worthiness, polarity — then the story-wide speakers (resolve-speakers.ts). Produces one
 * immutable record per sentence that every later stage reads.
 */
import { sliceAnnotation, type Annotated } from './annotate.ts';
import { attributeSentence, type Attribution } from './attribute-speakers.ts';
import { sentencePolarity, type Polarity } from './classify-stance.ts';
import { checkWorthiness, claimSpan, type Worthiness } from './extract-claims.ts';
import { sourceLabel, type ReadSource } from './read-sources.ts';
import { resolveSpeakers } from './resolve-speakers.ts';
import type { Sentence, Speaker } from './types.ts';

/**
 * Longest sentence, in characters, that is read for attribution and claims. Longer "sentences" are run-ons
 * (a list, a pasted table): archived and searchable, never a claim, and never run through the patterns.
 */
export const MAX_CLAIM_SENTENCE = 1000;

/** Everything the stages know about one sentence of a story. */
export interface SentenceFacts {
  /** Position in the story (sources in file order, sentences in text order). */
  index: number;
  /** Index of the source in the story. */
  source: number;
  sentence: Sentence;
  /** Key of the sentence's wording, equal for copies of it in any source. */
  key: string;
  nlp: Annotated;
  attribution: Attribution;
  speaker: Speaker;
  /** The claim the sentence makes, attribution cut off. */
  claim: { text: string; nlp: Annotated };
  worth: Worthiness;
  polarity: Polarity;
  /** True for the claim of a fact-check's verdict of false ("Claim: X." then "FALSE"; read-sources.ts ratedFalse). */
  ratedFalse: boolean;
}

const NO_ATTRIBUTION: Attribution = { who: null, org: null, generic: false, quote: null, prefix: '' };

/**
 * "Spotted: the car was seen on set", "Before: she is pictured before she left": a caption's opening word before
 * a colon is no party giving the floor unless wink-nlp reads it as a name or a noun ("Acme: we never signed"
 * keeps Acme).
 */
function captionChecked(a: Attribution, text: string, nlp: Annotated): Attribution {
  if (!a.who || a.who.includes(' ') || !text.startsWith(`${a.who}:`) || nlp.pos[0] === 'PROPN' || nlp.pos[0] === 'NOUN') return a;
  return { ...a, who: null, org: null };
}

/** Describes every sentence of the story's sources. */
export function describeSentences(sources: readonly ReadSource[]): { facts: SentenceFacts[]; canonical: Map<string, string> } {
  const partial = sources.flatMap((r, source) =>
    r.source.sentences.map((sentence, k) => {
      const nlp = r.annotations[k];
      const readable = sentence.text.length <= MAX_CLAIM_SENTENCE;
      // A fact-check's verdict: "Claim: X." rated false is the source contradicting X.
      const rated = r.ratedFalse.has(sentence.text);
      const attribution = readable && !rated ? captionChecked(attributeSentence(sentence.text), sentence.text, nlp) : NO_ATTRIBUTION;
      const span = readable ? claimSpan(sentence.text) : { start: 0, end: sentence.text.length, text: sentence.text };
      const claimNlp = sliceAnnotation(nlp, sentence.text, span.start, span.end);
      return {
        source, sentence, key: r.keys[k], nlp, attribution, claim: { text: span.text, nlp: claimNlp },
        worth: readable ? checkWorthiness(sentence.text, nlp) : { score: -10, reasons: ['run-on'] },
        // Negation counts in the claim itself, not in a clause that was cut off.
        polarity: rated ? 'contradict' as const : sentencePolarity(readable ? sentence.text : '', nlp, claimNlp),
        ratedFalse: rated,
        label: sourceLabel(r.source),
      };
    }),
  );
  const { speakers, canonical } = resolveSpeakers(partial.map((x) => ({
    source: x.source, paragraph: x.sentence.paragraph, text: x.sentence.text, nlp: x.nlp, attribution: x.attribution, sourceLabel: x.label,
  })));
  const facts = partial.map(({ label: _label, ...x }, index): SentenceFacts => ({ ...x, index, speaker: speakers[index] }));
  return { facts, canonical };
}
