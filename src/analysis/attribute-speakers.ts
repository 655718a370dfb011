import { DENIAL_VERBS, DOUBT_VERBS, GENERIC_SPEAKER, NAME, NEWS_LABEL, ROLE_SPEAKER, SPEECH_VERBS } from './lexicon/attribution.ts';
import { CONTRADICTION_CUES, DENIAL_CUES } from './lexicon/check-worthiness.ts';
import { normalizeText } from './hash.ts';
import type { Speaker } from './types.ts';
import { editDistance } from './edit-distance.ts';

/** Who a sentence's words are attributed to, as found in the sentence itself. */
export interface Attribution {
  /** The speaker's name as written ("Dana Ripley", "the company"), or null when the source speaks. */
  who: string | null;
  /** The organisation a named person speaks for, when the sentence says ("a spokesman for Acme Corp"). */
  org: string | null;
  /** True when `who` is a pronoun or "the company"-like phrase that must be resolved from context. */
  generic: boolean;
  /** The quoted words, if the sentence quotes someone. */
  quote: string | null;
  /** Text before the speaker phrase, outside quotes: where a pronoun's antecedent may stand. */
  prefix: string;
}

/** The days of the week, as a pattern's alternatives. */
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Capitalised words that start a clause but never speak: pronouns, days, months. */
// A name as wink reads it can keep the full stop that ends its sentence ("Tuesday."): that is no speaker either.
const NOT_A_SPEAKER = new RegExp(String.raw`^(?:[Tt]he\s+)?(?:The|A|An|I|We|It|He|She|You|This|That|These|Those|They|There|Here|${WEEKDAYS}|January|February|March|April|May|June|July|August|September|October|November|December|Earlier|Later|Last|Next)[.,;:]?$`);
/**
 * "Reports" and "claims" as nouns, not verbs of saying: "Extensive reports of executions have emerged", "Online
 * reports in jihadi forums claim", "The claims about the actor spread" name no speaker.
 */
function nounUse(m: RegExpExecArray, text: string): boolean {
  return /(?:^|\s)(?:reports|claims)$/.test(m[0]) && /^ (?:of|about|in|from|on|over)\b/.test(text.slice(m.index + m[0].length));
}
/**
 * A name that ends a relative clause is its object, not the subject of the verb after it: in "people who know
 * Islam told Reuters", "friends that met Smith said", the people and the friends speak, not Islam or Smith.
 */
const RELATIVE_BEFORE = /\b(?:who|whom|that|which)\s+(?:[a-z]+\s+){1,3}$/;
/** The text before a match's first group: the name or role it found. */
const beforeName = (m: RegExpExecArray, text: string) => text.slice(0, m.index + m[0].indexOf(m[1]));
function inRelativeClause(m: RegExpExecArray, text: string): boolean {
  return RELATIVE_BEFORE.test(beforeName(m, text));
}
/**
 * A speaker right after ", who" or ", which" speaks inside an aside about someone else: in "experts questioned
 * Ahmadu, who the government said was the group's envoy", the government says who Ahmadu is; the sentence's
 * claim is the experts'.
 */
const ASIDE_BEFORE = /,\s*(?:who|whom|which)\s+$/;
function inAside(m: RegExpExecArray, text: string): boolean {
  return ASIDE_BEFORE.test(beforeName(m, text));
}
/** Capitalised only because they open the sentence: "As HonestReporting notes" names HonestReporting. */
const LEADING_FUNCTION_WORDS = /^(?:(?:As|But|And|So|When|While|After|Before|In|On|At|For|If|Although|Though|Meanwhile|However|Now|Then|Still|Yet|Also|Since|Because|Until|Once|With|Without|From|By|Like|Unlike|According to)\s+)+/;
/** Unnamed speakers who stay unnamed: "a source", "people familiar with the matter". */
const ANONYMOUS = /^(?:an?\s+(?:[a-z]+\s+)?(?:source|insider|official|person)|the source|sources)$/i;
/**
 * A place preposition right before a name: the name is where, not who ("the embassy in London"); not "of" or "for"
 * ("the leader of Boko Haram", "a spokesman for Acme" speak for the name).
 */
const PLACES = 'in|from|at|near|inside|outside';
const PLACE_BEFORE = new RegExp(String.raw`\b(?:${PLACES})\s+$`);
/**
 * The noun phrase a denier's name hangs from: "The North Korean embassy" (in London), "Sources" (in the Kurdish
 * underground in Syria); it opens the sentence or a clause.
 */
const DENIER_PHRASE = new RegExp(String.raw`(?:^|[,;:—–-]\s*)((?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:${PLACES})\s+`, 'u');
const QUOTE = /["“”]([^"“”]{8,})["“”]|(?:^|\s)['‘]([^'‘’]{8,})['’](?=[\s,.]|$)/u;
const FLAGS = 'u';
const P = {
  /** "Acme rejected the report ...", "The ministry denied ...": the subject of a denial speaks. */
  denier: new RegExp(String.raw`(?:^|[\s,;:])(${NAME})(?:, (?:however|though|meanwhile|for (?:its|his|her|their) part),)?(?:,? (?:on )?(?:${WEEKDAYS}|today|yesterday),?)?,? (?:(?:is|was|has|have|had|has been|also|flatly|strongly|\w+ly) )?(?:${DENIAL_VERBS})\b`, FLAGS),
  /** "NASA scientists have now cast doubt on ...", "Experts raised doubts ...": who doubts speaks. */
  doubter: new RegExp(String.raw`(?:^|[\s,;:])((?:${NAME} )?(?:${ROLE_SPEAKER}))(?: (?:have|has|had))?(?: (?:now|also|since|later))? (?:${DOUBT_VERBS})\b`, FLAGS),
  /** "A Wall Street Journal report said", "The Reuters story claims". */
  reportBy: new RegExp(String.raw`(?:^|\s)(?:[Aa]n?|[Tt]he) (${NAME})(?:'s)? (?:report|story|article|analysis|investigation)\b[^.,]{0,30}? (?:said|says|reported|claims?|claimed|found)\b`, FLAGS),
  accordingTo: new RegExp(String.raw`according to (${NAME}|${GENERIC_SPEAKER})`, FLAGS),
  orgSpokes: new RegExp(String.raw`(?:^|\s)(?:[Aa]n?|[Tt]he) (${NAME}) (?:spokes(?:man|woman|person)|representative|official|executive)\b[^.]{0,40}?\b(?:${SPEECH_VERBS})\b`, FLAGS),
  genericFor: new RegExp(String.raw`(?:^|\s)(${GENERIC_SPEAKER})(?: (?:for|at|of|from) (${NAME}))?,? (?:${SPEECH_VERBS})\b`, FLAGS),
  /** "Bayline Marine spokesman Tom Reyes said": the organisation before the role speaks through the person. */
  orgRolePerson: new RegExp(String.raw`(?:^|\s)(${NAME}) (?:spokes(?:man|woman|person)|representative|official|chief executive|CEO|director|president|lawyer|attorney) (${NAME}),? (?:${SPEECH_VERBS})\b`, FLAGS),
  role: new RegExp(String.raw`(?:^|[\s,])(${ROLE_SPEAKER})(?:,? (${NAME}),)? (?:${SPEECH_VERBS})\b`, FLAGS),
  nameBefore: new RegExp(String.raw`(?:^|[\s,;:—–-])(${NAME})(?:, (?:(?:an?|the) )?[^,]{1,80}?(?: (?:for|at|of|with) (${NAME}))?,)?,? (?:(?:also|later|previously|then) )?(?:${SPEECH_VERBS})\b`, FLAGS),
  /** "Acme: We never signed" — a headline that gives the floor to a party. */
  headline: new RegExp(String.raw`^(${NAME}): \S`, FLAGS),
  /**
   * "…, said Dana Ripley": the name after the verb speaks, when the verb follows what was said (a comma, a quote, a
   * colon or a dash before it, or the sentence's start; a quote is "…" by then); not after "told", whose object is
   * who was told. "Reports say Dana Ripley is the main suspect" is about Ripley.
   */
  nameAfter: new RegExp(String.raw`(?<=^|[,"“”'‘’:;…—–-]\s*)(?:${SPEECH_VERBS.split('|').filter((v) => !/^t[eo]l/.test(v)).join('|')}) (${NAME})(?:, [^,]{1,80}? (?:at|for|of|with) (${NAME}))?`, FLAGS),
};

/**
 * A verb of saying anywhere: every pattern but `denier`, `reportBy`, `accordingTo` and `headline` needs one (a
 * SPEECH_VERBS word followed by a word boundary), so a sentence without one skips them all, with the same result.
 */
const SPEECH_VERB = new RegExp(String.raw`(?:${SPEECH_VERBS})\b`, FLAGS);

/** Drops a leading "the" and trailing sentence punctuation ("Journal." but not "Co." or "U.S."). */
export function stripThe(name: string): string {
  return name.replace(LEADING_FUNCTION_WORDS, '').replace(/^[Tt]he\s+/, '').replace(/(?<![A-Z]|\b(?:Co|Inc|Corp|Ltd|Jr|Sr|St))\.$/, '').replace(TRAILING_DAY, '').trim();
}
/** A weekday after a name is when it spoke ("told BuzzFeed News Wednesday"), not part of it. Not months: "Theresa May". */
const TRAILING_DAY = new RegExp(String.raw`(?<=\S)\s+(?:${WEEKDAYS})$`);

/**
 * ", but", "; but", ", as", ", while", ", although": a contrast or a side clause that may have a speaker of its own
 * ("the government insisted talks were ongoing, as some began to raise doubts a cease-fire was agreed").
 */
const CONTRAST = /[,;]\s+(?:but|as|while|although|though)\s+/g;

/**
 * Where the clause that holds a sentence's denial begins, when a contrast comes before it and the clause before
 * the contrast denies nothing ("X claims A, but officials called it false"); else -1.
 */
function denyingClause(text: string): number {
  const cue = [DENIAL_CUES.exec(text)?.index, CONTRADICTION_CUES.exec(text)?.index].filter((i): i is number => i !== undefined);
  if (!cue.length) return -1;
  const first = Math.min(...cue);
  let cut = -1;
  for (const m of text.matchAll(CONTRAST)) if (m.index + m[0].length <= first) cut = m.index + m[0].length;
  return cut;
}

/**
 * Finds who a sentence attributes its content to, from its own words. A denial has the speaker of its own
 * clause: in "X claims A, but Y called it false", X makes the claim and does not deny it; Y, when the clause
 * names Y, else the source, speaks for the denial.
 */
export function attributeSentence(text: string): Attribution {
  const whole = attributeClause(text);
  const cut = whole.who ? denyingClause(text) : -1;
  if (cut < 0 || text.indexOf(whole.who!) >= cut) return whole;
  const tail = attributeClause(text.slice(cut));
  if (tail.who) return { ...tail, quote: tail.quote ?? whole.quote, prefix: text.slice(0, cut) + tail.prefix };
  return { who: null, org: null, generic: false, quote: whole.quote, prefix: text };
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function attributeClause(text: string): Attribution {
  const qm = QUOTE.exec(text);
  const quote = qm ? (qm[1] ?? qm[2]).trim() : null;
  // Look for the speaker outside the quotation, so words inside a quote are never taken for a speaker.
  const outside = qm ? text.slice(0, qm.index) + ' … ' + text.slice(qm.index + qm[0].length) : text;
  const generic = (w: string) => new RegExp(`^(?:${GENERIC_SPEAKER})$`, FLAGS).test(w);
  let m: RegExpExecArray | null;
  if ((m = P.denier.exec(outside)) && !NOT_A_SPEAKER.test(stripThe(m[1]))) {
    // "The North Korean embassy in London has denied", "Sources in the Kurdish underground in Syria denied": a name
    // after a place preposition is where the denier is, not who; the noun phrase before it denies.
    const before = beforeName(m, outside);
    if (!PLACE_BEFORE.test(before)) return { who: stripThe(m[1]), org: null, generic: false, quote, prefix: outside.slice(0, m.index) };
    const np = DENIER_PHRASE.exec(before);
    if (np) return { who: capitalise(stripThe(np[1])), org: null, generic: false, quote, prefix: outside.slice(0, np.index) };
  }
  if ((m = P.doubter.exec(outside)) && !inAside(m, outside)) return { who: capitalise(stripThe(m[1])), org: null, generic: false, quote, prefix: outside.slice(0, m.index) };
  if ((m = P.reportBy.exec(outside))) return { who: stripThe(m[1]), org: null, generic: false, quote, prefix: outside.slice(0, m.index) };
  if ((m = P.accordingTo.exec(outside))) {
    const g = generic(m[1]);
    return { who: g ? m[1] : stripThe(m[1]), org: null, generic: g, quote, prefix: outside.slice(0, m.index) };
  }
  const speech = SPEECH_VERB.test(outside);
  if (speech && (m = P.orgRolePerson.exec(outside))) return { who: stripThe(m[2]), org: stripThe(m[1]), generic: false, quote, prefix: outside.slice(0, m.index) };
  if (speech && (m = P.orgSpokes.exec(outside))) return { who: stripThe(m[1]), org: null, generic: false, quote, prefix: outside.slice(0, m.index) };
  if (speech && (m = P.role.exec(outside)) && !/^(?:the|a|an) (?:company|firm|bank|group)$/i.test(m[1]) && !inAside(m, outside)) {
    const role = capitalise(m[1].replace(LEADING_FUNCTION_WORDS, ''));
    return { who: m[2] ? stripThe(m[2]) : role, org: m[2] ? role : null, generic: false, quote, prefix: outside.slice(0, m.index) };
  }
  if (speech && (m = P.nameBefore.exec(outside)) && !NOT_A_SPEAKER.test(m[1]) && !nounUse(m, outside) && !inRelativeClause(m, outside) && !inAside(m, outside)) {
    return { who: stripThe(m[1]), org: m[2] ? stripThe(m[2]) : null, generic: false, quote, prefix: outside.slice(0, m.index) };
  }
  if (speech && (m = P.genericFor.exec(outside)) && !inAside(m, outside)) {
    if (m[2]) return { who: stripThe(m[2]), org: null, generic: false, quote, prefix: outside.slice(0, m.index) };
    return { who: m[1], org: null, generic: true, quote, prefix: outside.slice(0, m.index) };
  }
  // "denied Hunter's claim": a possessive after the verb is whose claim it is, not who speaks.
  if (speech && (m = P.nameAfter.exec(outside)) && !NOT_A_SPEAKER.test(m[1]) && !/['’]s$/.test(m[1])) return { who: stripThe(m[1]), org: m[2] ? stripThe(m[2]) : null, generic: false, quote, prefix: outside.slice(0, m.index) };
  if ((m = P.headline.exec(outside)) && !NEWS_LABEL.test(m[1].replace(/[’]/g, "'"))) return { who: stripThe(m[1]), org: null, generic: false, quote, prefix: outside.slice(0, m.index) };
  return { who: null, org: null, generic: false, quote, prefix: outside };
}

/** Story-wide knowledge used to turn an attribution into a display name. */
export interface SpeakerContext {
  /** Canonical form of every name seen in the story (see canonicalNames). */
  canonical: Map<string, string>;
  /** Speakers already known for a quote's wording anywhere in the story. */
  quoteSpeakers: Map<string, string>;
}

/** Longest name checked for near-misspellings ("Acme Steal"); a longer run of capitals is not one name. */
const MAX_SPELLED_NAME = 80;

/**
 * Maps each name to one canonical spelling: "the Journal" and "WSJ" to "Wall Street Journal" when the
 * longer name occurs in the story, and near-misspellings ("Acme Steal" for "Acme Steel") to the more frequent spelling.
 */
export function canonicalNames(counts: Map<string, number>): Map<string, string> {
  const count = (n: string) => counts.get(n) ?? 0;
  const byFreq = [...new Set([...counts.keys()].map(stripThe))].sort((a, b) => count(b) - count(a) || b.length - a.length);
  // Each name is compared with the names that could stand for it, found through indexes, rather than with every
  // name of the story (issue 6: quadratic, seconds for the thousands of names in a 1 MB seed). The outcome is
  // the one a scan of byFreq would give: the first longer name that fits, else the last equally long spelling.
  const index = (key: (n: string) => string[], only: (n: string) => boolean = () => true) => {
    const map = new Map<string, number[]>();
    byFreq.forEach((n, rank) => {
      if (!only(n)) return;
      for (const k of new Set(key(n))) {
        const ranks = map.get(k);
        if (ranks) ranks.push(rank);
        else map.set(k, [rank]);
      }
    });
    return map;
  };
  const words = (n: string) => n.split(/\s+/);
  const multiword = (n: string) => words(n).length > 1;
  const byInitials = index((n) => [words(n).map((w) => w[0]).join('').toUpperCase()]);
  const byLastWord = index((n) => [words(n).at(-1)!], multiword);
  // Misspellings are looked for among names of a usual length: each index entry is a copy of the name.
  const spellable = (n: string) => n.length <= MAX_SPELLED_NAME;
  // Positions in UTF-16 code units, as editDistance counts them.
  const units = (n: string) => Array.from({ length: n.length }, (_, i) => i);
  const byDeletion = index((n) => units(n).map((i) => n.slice(0, i) + n.slice(i + 1)), (n) => multiword(n) && n.length <= MAX_SPELLED_NAME + 1);
  const bySubstitution = index((n) => units(n).map((i) => `${n.slice(0, i)}\u0000${n.slice(i + 1)}`), spellable);
  const out = new Map<string, string>();
  for (const n of byFreq) {
    const longer = (rank: number) => byFreq[rank].length > n.length;
    const acronym = n.length >= 2 && n === n.toUpperCase() ? (byInitials.get(n) ?? []) : [];
    const surname = !n.includes(' ') && n.length > 3 ? (byLastWord.get(n) ?? []).filter((r) => count(n) <= count(byFreq[r]) && !/\s(?:of|&)\s/.test(byFreq[r])) : [];
    const misspelt = (spellable(n) ? (byDeletion.get(n) ?? []) : []).filter((r) => byFreq[r].length === n.length + 1 && editDistance(byFreq[r], n) === 1);
    const fits = [...acronym, ...surname, ...misspelt].filter(longer);
    if (fits.length) {
      out.set(n, byFreq[Math.min(...fits)]);
      continue;
    }
    const spellings = [...new Set((spellable(n) ? units(n) : []).flatMap((i) => bySubstitution.get(`${n.slice(0, i)}\u0000${n.slice(i + 1)}`) ?? []))]
      .filter((r) => byFreq[r] !== n && count(byFreq[r]) > count(n));
    out.set(n, spellings.length ? byFreq[Math.max(...spellings)] : n);
  }
  return out;
}

/** The speaker of the same quote elsewhere: equal wording, or one quoting a part (30+ characters) of the other. */
function findQuoteSpeaker(known: Map<string, string>, key: string): string | undefined {
  const exact = known.get(key);
  if (exact || key.length < 30) return exact;
  for (const [k, who] of known) if (k.length >= 30 && (k.includes(key) || key.includes(k))) return who;
  return undefined;
}

/** Key under which a quote is matched across sources. */
export function quoteKey(quote: string): string {
  return normalizeText(quote).replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * Resolves an attribution to the speaker a reader is shown: a canonical name, with the organisation a person
 * speaks for; an unnamed "the company" by the same quote elsewhere in the story, else by the last name
 * mentioned before it in the article; the source itself when nobody is named.
 */
export function resolveSpeaker(a: Attribution, earlierNames: readonly string[], ctx: SpeakerContext, sourceLabel: string, sentenceNames: readonly string[] = []): Speaker {
  const canon = (n: string) => ctx.canonical.get(stripThe(n)) ?? stripThe(n);
  let who = a.who;
  if (a.quote) {
    const known = findQuoteSpeaker(ctx.quoteSpeakers, quoteKey(a.quote));
    if (known && (!who || a.generic)) return { name: known, kind: 'named' };
  }
  if (who && a.generic && ANONYMOUS.test(who)) {
    // "The source" points back at a source the article named no better: to a reader it is an unnamed one.
    const unnamed = who.replace(/^the source$/i, 'an unnamed source').replace(/^sources$/i, 'unnamed sources');
    return { name: unnamed.charAt(0).toUpperCase() + unnamed.slice(1) + (a.org ? ` (${canon(a.org)})` : ''), kind: 'named' };
  }
  if (who && a.generic) {
    const spokesperson = /spokes|representative|official/i.test(who);
    if (spokesperson && sentenceNames[0]) return { name: `${canon(sentenceNames[0])} (${who.toLowerCase()})`, kind: 'named' };
    const personal = /^(?:he|she)$/i.test(who);
    const candidates = [...earlierNames, ...sentenceNames].filter((n) => !NOT_A_SPEAKER.test(n));
    const prior = [...candidates].reverse().find((n) => (personal ? n.includes(' ') : true));
    // "They" speaks for a plural ("the banks ... they told the paper"), which the last name before it seldom is
    // (a company, a product, a country): it stays with the source rather than going to the wrong party.
    who = /^they$/i.test(who) ? null : prior ?? null;
  }
  if (!who) return { name: sourceLabel, kind: 'source' };
  const name = canon(who);
  return { name: a.org ? `${canon(a.org)} (${name})` : name, kind: 'named' };
}
