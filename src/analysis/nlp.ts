import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/*
 * wink-nlp remembers every out-of-vocabulary word it has read, and how it splits a later word with punctuation
 * attached depends on what it remembers: the same article could be tokenised differently after other articles
 * (issue 6: a fuzz run found stories whose claims changed on a second pass in one process). So each story is
 * read by a fresh instance. Decoding the model costs ~100 ms, so it is decoded once; a fresh instance gets its
 * own view of the tables wink adds words to (a lookup object inheriting the shared one, a list cut back to the
 * model's entries, below), ~1 ms.
 */
type Model = typeof model;
const raw = model as unknown as Record<string, () => unknown>;
const core = raw.core() as { features: Record<string, { hash?: Record<string, number>; list?: unknown[] }> };
// The model's metaCER() re-serialises its own data on every call, doubling it: call it once.
const metaCER = raw.metaCER();

/*
 * Each instance also parses its automata (sentence boundaries, entities, negation, sentiment, parts of speech)
 * from the model's JSON strings: ~6 ms a story, most of a fresh instance's cost. Recognition only reads the
 * parsed machines (wink-nlp's automaton.js writes them only in learn(), which the engine never calls), so
 * instances share one parse of each machine; everything wink adds words to stays per instance, as above.
 */
const machineText = new Set(
  (['sbd', 'ner', 'negation', 'sa', 'pos'] as const).flatMap((m) => (raw[m]() as { machines: unknown[] }).machines.filter((x): x is string => typeof x === 'string')),
);
const parsedMachines = new Map<string, unknown>();

/**
 * What wink-nlp annotates: sentences, negation, entities, parts of speech and lemmas. Not sentiment (~10% of the
 * reading time) or custom entities: the engine reads neither.
 */
const PIPE = ['sbd', 'negation', 'ner', 'pos'];

/*
 * The lists wink appends new words to (the lexeme list alone holds 87,593 entries): one working copy of each,
 * cut back to the model's own entries for every instance instead of copied (wink only ever pushes onto them and
 * reads them by index, cache.js), so a fresh instance sees exactly the model's list. Only the current instance
 * uses them; the previous one is dropped when the next is made.
 */
const working = new Map<string, { list: unknown[]; length: number }>(
  Object.entries(core.features).flatMap(([name, f]) => (f?.hash ? [[name, { list: [...(f.list ?? [])], length: f.list?.length ?? 0 }]] : [])),
);
function modelList(name: string): unknown[] {
  const w = working.get(name)!;
  w.list.length = w.length;
  return w.list;
}

function freshInstance() {
  const features = Object.fromEntries(
    Object.entries(core.features).map(([name, f]) => [name, f?.hash ? { ...f, hash: Object.create(f.hash), list: modelList(name) } : f]),
  );
  const parse = JSON.parse;
  JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    if (reviver || !machineText.has(text)) return parse(text, reviver);
    let machine = parsedMachines.get(text);
    if (machine === undefined) parsedMachines.set(text, (machine = parse(text)));
    return machine;
  };
  try {
    return winkNLP({ ...raw, core: () => ({ ...core, features }), metaCER: () => metaCER } as unknown as Model, PIPE);
  } finally {
    JSON.parse = parse;
  }
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
