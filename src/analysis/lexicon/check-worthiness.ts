/** Cues that a sentence is opinion, speculation or address to the reader rather than a checkable fact. Data only. */
import { RAISED_DOUBTS } from './attribution.ts';

/** Opinion and commentary markers. */
export const OPINION =
  /\b(?:i think|i believe|in my (?:view|opinion)|we think|arguably|rightly|wrongly|should(?:n't)? (?:we|you)|do we really|you might|you may|unsurprisingly|of course|frankly|obviously|clearly|perhaps|maybe|hopefully|wondering|what that means|it remains to be seen|time will tell)\b/i;

/** Second-person address ("you", "your"): advice to the reader, not a report. */
export const READER_ADDRESS = /\b(?:you|your|yours|you're|you'll|you've)\b/i;

/** Modal verbs of possibility: the sentence says what might be, not what is. */
export const SPECULATION = /\b(?:might|could|may|would)\b(?! not)/i;

/**
 * Explicit denial phrases: a party calling a report false. ("isn't true" was tried beside "isn't accurate" and
 * measured worse on the dev stories: "I hope that it isn't true" is a wish, and read as a denial.)
 */
export const DENIAL_CUES =
  /\b(?:not true|not (?:accurate|correct)|(?:is|was|are|were)n['’]t (?:accurate|correct)|untrue|false|falsely|incorrect(?:ly)?|inaccurate(?:ly)?|baseless|unfounded|no truth|fake news|nonsense|categorically|den(?:y|ies|ied|ying|ials?)|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)? (?:the|a|these|those|this) (?:report|claim|allegation|story|accusation)s?|dismiss(?:es|ed)? (?:the|a|these|this) (?:report|claim|allegation|story)s?|never happened|not the case|no basis|without (?:merit|foundation)|fabricat(?:ed|ion)|made[- ]up(?! of)|totally wrong|completely wrong|mischaracteri[sz](?:es|ed|ing|ation)|misrepresent(?:s|ed|ing|ation)?|set the record straight)\b/i;

/** Every denial phrase of a text (matchAll; it copies the pattern, so one compiled copy serves every call). */
export const DENIAL_CUES_ALL = new RegExp(DENIAL_CUES.source, 'gi');

/** What a party denies when it denies a report (lemmas): "denied Reuters reports", "was denied the allegation". */
export const DENIED_THINGS: ReadonlySet<string> = new Set(['allegation', 'accusation', 'rumor', 'rumour', 'charge', 'suggestion', 'assertion', 'speculation', 'it', 'this', 'that', 'any', 'wrongdoing']);

/** What is told, beside META_TERMS and DENIED_THINGS: "false information", "a false impression". */
export const TOLD_THINGS: ReadonlySet<string> = new Set(['news', 'information', 'impression', 'narrative', 'headline', 'account']);

/** Cue words that are also plain adjectives: "false identity papers", "a disputed maritime border" (classify-stance.ts). */
export const ADJECTIVE_CUES: ReadonlySet<string> = new Set(['false', 'disputed']);

/**
 * Words that contradict without a denial by the party itself: a third party or the facts disagree. "Questioned"
 * a person ("the FBI has questioned a man", "questioned him") is an interview, not doubt, and so is being questioned
 * ("they have been questioned at the ministry").
 */
export const CONTRADICTION_CUES = new RegExp(
  String.raw`\b(?:contrary to|contradict(?:s|ed|ing)?|disput(?:e|es|ed|ing)|challenge(?:s|d)? (?:the|that)|no evidence|misleading|debunk(?:s|ed)?|cast(?:s)? doubt|${RAISED_DOUBTS}|(?<!\b(?:be|been|being|is|are|was|were) )questioned(?! (?:(?:a|an|the|two|three|four|several|\d+) (?:\w+ )?(?:man|woman|men|women|suspects?|people|persons?|witness(?:es)?|boys?|girls?|drivers?|officers?|employees?|students?|residents?)\b|him\b|her\b|them\b))|at odds with|inconsistent with|(?:could|can) not (?:be )?(?:confirm|verif)(?:y|ied)|unable to (?:confirm|verify))\b`,
  'i',
);

/** Every contradiction phrase of a text (as DENIAL_CUES_ALL). */
export const CONTRADICTION_CUES_ALL = new RegExp(CONTRADICTION_CUES.source, 'gi');
