import { createRequire } from 'node:module';
import winkNLP, { type ItemSentence, type ItsHelpers } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/*
 * wink-nlp remembers every out-of-vocabulary word it has read, and how it splits a later word with punctuation
 * attached depends on what it remembers: the same article could be tokenised differently after other articles
 * (issue 6: a fuzz run found stories whose claims changed on a second pass in one process). So each story is
 * read by a fresh instance. Decoding the model costs ~120 ms, so it is decoded once (on first use); a fresh
 * instance gets its own view of the tables wink adds words to (a lookup object inheriting the shared one, a list
 * cut back to the model's entries, below), ~1 ms.
 */
type Model = typeof model;
type Instance = ReturnType<typeof winkNLP>;

/*
 * Each instance also parses its automata (sentence boundaries, entities, negation, sentiment, parts of speech)
 * from the model's JSON strings: ~6 ms a story, most of a fresh instance's cost. Recognition only reads the
 * parsed machines (wink-nlp's automaton.js writes them only in learn(), which the engine never calls), so
 * instances share one parse of each machine; everything wink adds words to stays per instance, as above.
 *
 * The lists wink appends new words to (the lexeme list alone holds 87,593 entries): one working copy of each,
 * cut back to the model's own entries for every instance instead of copied (wink only ever pushes onto them and
 * reads them by index, cache.js), so a fresh instance sees exactly the model's list. Only the current instance
 * uses them; the previous one is dropped when the next is made.
 *
 * All of it is decoded on the first read, not when the module loads (~170 ms and ~60 MB): a build whose stories
 * all come from the analysis cache, and the dev preview's reloads, read nothing with it.
 */
interface Decoded {
  raw: Record<string, () => unknown>;
  core: { features: Record<string, { hash?: Record<string, number>; list?: unknown[] }> };
  metaCER: unknown;
  machineText: Set<string>;
  parsedMachines: Map<string, unknown>;
  working: Map<string, { list: unknown[]; length: number }>;
}
let decoded: Decoded | null = null;

function decode(): Decoded {
  const raw = model as unknown as Record<string, () => unknown>;
  const core = raw.core() as Decoded['core'];
  return {
    raw, core,
    // The model's metaCER() re-serialises its own data on every call, doubling it: call it once.
    metaCER: raw.metaCER(),
    machineText: new Set(
      (['sbd', 'ner', 'negation', 'sa', 'pos'] as const).flatMap((m) => (raw[m]() as { machines: unknown[] }).machines.filter((x): x is string => typeof x === 'string')),
    ),
    parsedMachines: new Map(),
    working: new Map(Object.entries(core.features).flatMap(([name, f]) => (f?.hash ? [[name, { list: [...(f.list ?? [])], length: f.list?.length ?? 0 }]] : []))),
  };
}

/**
 * What wink-nlp annotates: sentences, negation, entities, parts of speech and lemmas. Not sentiment (~10% of the
 * reading time) or custom entities: the engine reads neither.
 */
const PIPE = ['sbd', 'negation', 'ner', 'pos'];

function freshInstance(): Instance {
  const d = (decoded ??= decode());
  const modelList = (name: string) => {
    const w = d.working.get(name)!;
    w.list.length = w.length;
    return w.list;
  };
  const features = Object.fromEntries(
    Object.entries(d.core.features).map(([name, f]) => [name, f?.hash ? { ...f, hash: Object.create(f.hash), list: modelList(name) } : f]),
  );
  const parse = JSON.parse;
  JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    if (reviver || !d.machineText.has(text)) return parse(text, reviver);
    let machine = d.parsedMachines.get(text);
    if (machine === undefined) d.parsedMachines.set(text, (machine = parse(text)));
    return machine;
  };
  try {
    return winkNLP({ ...d.raw, core: () => ({ ...d.core, features }), metaCER: () => d.metaCER } as unknown as Model, PIPE);
  } finally {
    JSON.parse = parse;
  }
}

let current: Instance | null = null;

/** The wink-nlp instance the engine reads with (made on first use); replaced by resetNlp() before each story. */
export function nlp(): Instance {
  return (current ??= freshInstance());
}

/** Starts a fresh instance, so what the engine reads next depends on nothing read before. */
export function resetNlp(): void {
  current = null;
}

/** wink-nlp's item property accessors: one module, the same for every instance (wink-nlp.js sets methods.its to it). */
export const its = createRequire(import.meta.url)('wink-nlp/src/its.js') as ItsHelpers;
export type { ItemSentence };
