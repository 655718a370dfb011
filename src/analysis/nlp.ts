import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The one wink-nlp instance the engine shares (loading the model costs ~100 ms, so it is made once). */
export const nlp = winkNLP(model);
/** wink-nlp's item property accessors. */
export const its = nlp.its;
export type { ItemSentence };
