/**
 * Words news writers swap for one another when they restate a claim, and spellings of one name. Each group maps
 * to its first word. General newswire vocabulary only: nothing here may name a story's people, places or
 * topics, or come from one story's wording (groups that did were removed: issue 7).
 */
export const SYNONYM_GROUPS: readonly string[][] = [
  ['us', 'u.s.', 'usa', 'u.s.a.', 'america', 'american', 'united states'],
  ['uk', 'u.k.', 'britain', 'british', 'united kingdom'],
  ['eu', 'e.u.', 'european union'],
  ['big', 'large', 'major', 'biggest', 'largest', 'huge', 'top', 'leading'],
  ['small', 'little', 'minor'],
  ['talk', 'negotiation', 'discussion', 'conversation', 'negotiate', 'discuss'],
  ['end', 'leave', 'quit', 'exit', 'abandon', 'halt', 'stop', 'terminate', 'withdraw'],
  ['company', 'firm', 'business', 'corporation'],
  ['buy', 'acquire', 'purchase', 'takeover'],
  ['kill', 'slay', 'murder'],
  ['die', 'death', 'dead'],
  ['arrest', 'detain', 'apprehend'],
  ['start', 'begin', 'launch', 'open', 'introduce', 'roll'],
  ['rise', 'surge', 'jump', 'climb', 'gain', 'soar', 'increase', 'up'],
  ['fall', 'drop', 'decline', 'slump', 'plunge', 'tumble', 'decrease', 'down'],
  ['say', 'state', 'tell', 'claim', 'report', 'add'],
  ['concern', 'worry', 'fear'],
  ['plan', 'intend', 'aim', 'consider', 'mull'],
  ['fire', 'dismiss', 'sack', 'oust'],
  ['sue', 'lawsuit', 'suit'],
  ['ban', 'prohibit', 'bar', 'block'],
  ['sell', 'sale'],
  ['pay', 'payment'],
];

/** Word (lower case, lemma) to the representative of its group. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(SYNONYM_GROUPS.flatMap((g) => g.map((w) => [w, g[0]] as const)));

/**
 * Counts spelt out, as the figure they are: "Eleven passenger planes" and "11 Tripoli planes" share the term "11".
 * ("one" is a stop word: it is as often a pronoun as a count.)
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
    'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, String(i + 2)] as const)
    .concat(['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, String(30 + 10 * i)] as const)),
);
