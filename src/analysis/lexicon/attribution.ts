/** How news text says who said something. Data only; attribute-speakers.ts applies it. */

/** Verbs of saying and reporting (past, present and base forms). */
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|explained|explains|noted|notes|wrote|writes|confirmed|confirms|denied|denies|acknowledged|acknowledges|insisted|insists|claimed|claims|argued|argues|reported|reports|announced|announces|warned|warns|declared|admitted|admits|responded|replied|tweeted|posted|revealed';

/** Verbs of saying as participles ("..., adding that ..."): the speaker goes on to a statement of its own. */
export const SPEECH_PARTICIPLES = 'adding|saying|noting|stating|explaining|insisting|claiming|arguing|stressing|telling';

/**
 * Verbs of telling beside SPEECH_VERBS that a negation withholds with rather than denies ("would not comment",
 * "would not name the bank", "has not confirmed that ...").
 */
export const WITHHELD_VERBS = 'confirm(?:s|ed)?|comment(?:ed)?|disclos(?:e|ed)|specif(?:y|ied)|elaborate[d]?|name[sd]?|identif(?:y|ied)|reveal|know|knew|known|verif(?:y|ied)';

/**
 * Nouns of telling (lemmas) whose negation withholds too: "has not offered any further comment", "has not released an
 * official statement".
 */
export const WITHHELD_NOUNS: ReadonlySet<string> = new Set(['comment', 'statement', 'confirmation', 'response', 'explanation']);

/** Verbs of telling by lemma, for a negated base form before a question word ("did not explain why"). */
export const TELLING_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'explain', 'reveal', 'disclose', 'specify', 'indicate']);

/** Verbs (and verb phrases) of denying or rejecting, which attribute a sentence to their subject. */
export const DENIAL_VERBS = 'denying|denied|denies|deny|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes|disputing';

/** Doubts raised, expressed or voiced: a contradiction (check-worthiness.ts) whose subject speaks (DOUBT_VERBS). */
export const RAISED_DOUBTS = String.raw`(?:raise[sd]?|raising|express(?:es|ed)?|voice[sd]?) (?:serious |new |fresh )?doubts?`;

/**
 * Verbs (and verb phrases) of doubting or contradicting, which attribute a sentence to their subject: "NASA
 * scientists have cast doubt on ...", "experts raised doubts about ...". Not "questioned", which also means
 * interviewed ("police questioned a man").
 */
export const DOUBT_VERBS = String.raw`cast(?:s|ing)? doubts?|${RAISED_DOUBTS}|contradict(?:s|ed)?|challenged`;

/**
 * A proper name: up to eight capitalised words, optionally joined by "of" or "&", optionally after "the". The
 * bound keeps every pattern built on it linear: an unbounded run made a paragraph of capitalised words cost
 * time quadratic in its length (issue 6: 115 kB, 82 s), since each start retried every shorter run.
 */
export const NAME = String.raw`(?:[Tt]he\s+)?[A-Z][\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|&\s+|de\s+)?[A-Z][\p{L}\p{N}&.'’-]*){0,7}`;

/** Someone unnamed: "the company", "a spokeswoman", "a banking source", "it". */
export const GENERIC_SPEAKER = String.raw`(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(?:company|firm|bank|group|agency|ministry|government|spokes(?:man|woman|person)|representative|official|source|insider|statement|report|paper|newspaper|outlet)|[Ii]t|[Hh]e|[Ss]he|[Tt]hey`;

/** Roles that speak for an institution without a name: "the city auditor", "Port officials", "police". */
export const ROLE_SPEAKER = String.raw`(?:(?:[Tt]he|[Aa]n?) (?:[\p{L}-]+ ){0,3}|(?:[A-Z][a-z]+ ){0,2})(?:auditor|minister|ministry|officials?|police|prosecutors?|investigators?|researchers?|scientists?|experts?|analysts?|lawyers?|attorneys?|witnesses|residents|officers?|director|chief|president|governor|mayor|commissioner|agency|department|court|judge|authorities|regulators?|economists?|doctors?|health officials|military|army|spokes(?:man|woman|person)|representative)`;

/** Words that mark a sentence as relaying a report rather than asserting it (FNC-1's "discuss"). */
export const REPORTING_CUES =
  /\b(?:reportedly|allegedly|purportedly|supposedly|according to|reported(?! by)|reports? (?:said|says|that|claims?)|claims? that|is said to|are said to|sources? (?:said|say|told|familiar)|rumou?r(?:ed|s)?|unconfirmed|people familiar with)\b/i;

/** Openers that tie a sentence to the previous one and carry no content. */
export const LEADING_CONNECTIVE =
  /^(?:but|and|however|nevertheless|nonetheless|meanwhile|still|yet|also|so|in response|in fact|indeed|now|instead|moreover|furthermore|separately|after all|for now at least|for now|apparently|on \w+day|(?:earlier|later) (?:this|last|that) \w+|earlier \w+day|last \w+)\s*,?\s+/i;

/**
 * Words about the reporting rather than the event ("report", "deny", "story"): left out of the terms that
 * claims are compared on, so two sentences do not look alike merely because both cite a report.
 */
export const META_TERMS: ReadonlySet<string> = new Set([
  'report', 'reportedly', 'story', 'article', 'say', 'claim', 'deny', 'denial', 'true', 'untrue', 'false', 'incorrectly',
  'accord', 'according', 'source', 'statement', 'email', 'comment', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'today', 'yesterday', 'recent', 'recently', 'earlier',
  'imply', 'suggest', 'journal', 'newspaper', 'paper', 'reuters', 'tell', 'add',
]);

/**
 * Labels a newsroom puts before a paragraph ("Update: ...", "Editor's note: ..."): "X: ..." gives no one the
 * floor when X is one of these.
 */
export const NEWS_LABEL = /^(?:update[sd]?|updating|correction|clarification|editor'?s? note|note|breaking(?: news)?|exclusive|developing|live|watch|video|photos?|listen|opinion|analysis|comment|explainer|fact check|more|read more|related|background|context|disclosure|warning|graphic content|ed note)$/i;
