import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/*
 * wink-nlp remembers every out-of-vocabulary word it has read, and how it splits a later word with punctuation
 * attached depends on what it remembers: the same article could be tokenised differently after other articles
 * (issue 6: a fuzz run found stories whose claims changed on a second pass in one process). So each story is
 * read by a fresh instance. Decoding the model costs ~100 ms, so it is decoded once; a fresh instance gets its
 * own copies of the tables wink adds words to (a lookup object inheriting the shared one, a copied list), ~10 ms.
 */
type Model = typeof model;
const raw = model as unknown as Record<string, () => unknown>;
const core = raw.core() as { features: Record<string, { hash?: Record<string, number>; list?: unknown[] }> };
// The model's metaCER() re-serialises its own data on every call, doubling it: call it once.
const metaCER = raw.metaCER();

function freshInstance() {
  const features = Object.fromEntries(
    Object.entries(core.features).map(([name, f]) => [name, f?.hash ? { ...f, hash: Object.create(f.hash), list: [...(f.list ?? [])] } : f]),
  );
  return winkNLP({ ...raw, core: () => ({ ...core, features }), metaCER: () => metaCER } as unknown as Model);
}

/** The wink-nlp instance the engine reads with; replaced by resetNlp() before each story. */
export let nlp = freshInstance();

/** Starts a fresh instance, so what the engine reads next depends on nothing read before. */
export function resetNlp(): void {
  nlp = freshInstance();
}

/** wink-nlp's item property accessors. */
export const its = nlp.its;
export type { ItemSentence };
