import type { Annotated } from './annotate.ts';
import { LEADING_CONNECTIVE, NAME, REPORTING_CUES, SPEECH_VERBS } from './lexicon/attribution.ts';
import { OPINION, READER_ADDRESS, SPECULATION } from './lexicon/check-worthiness.ts';
import { CODE, EMBEDDED_POST, FURNITURE_SENTENCE, URL_TOKEN } from './lexicon/boilerplate.ts';
import { STOPWORDS } from './lexicon/stopwords.ts';
export { CHECK_WORTHY } from './thresholds.ts';

/** Why a sentence is or is not check-worthy, as a score with the reasons that made it. */
export interface Worthiness {
  score: number;
  reasons: string[];
}

/** Sentences shorter than this many words are labels or fragments; longer than the max, run-ons. */
const MIN_WORDS = 6, MAX_WORDS = 70;

const MODAL = /^(?:can|could|may|might|must|shall|should|will|would)$/i;


/**
 * A sentence cut off mid-phrase: it ends in an ellipsis after a function word or a space ("picking fight
 * with...", "in the outs …"), as link titles and captions cut to length do. Prose that trails off after a
 * full phrase ("a new business line for the retailer...") is not.
 */
function isTruncated(text: string): boolean {
  // An ellipsis inside a closing quote marks words left out of the quote, not a cut-off sentence.
  const m = /(\S*)(\s*)(?:\.\.\.|…)\.?$/u.exec(text.trim());
  if (!m) return false;
  return m[2].length > 0 || STOPWORDS.has(m[1].toLowerCase());
}

/**
 * Scores how check-worthy a sentence is: a statement of fact about named parties or figures scores high;
 * questions, opinion, speculation, advice to the reader and fragments score low.
 */
export function checkWorthiness(text: string, a: Annotated): Worthiness {
  const reasons: string[] = [];
  let score = 0;
  // A web address is no word of a statement ("See more at: http://...").
  const wordCount = a.words.filter((w) => /[\p{L}\p{N}]/u.test(w) && !URL_TOKEN.test(w)).length;
  if (/\?["”']?$/.test(text.trim())) return { score: -10, reasons: ['question'] };
  if (CODE.test(text)) return { score: -10, reasons: ['page code'] };
  if (EMBEDDED_POST.test(text)) return { score: -10, reasons: ['embedded post'] };
  if (FURNITURE_SENTENCE.test(text)) return { score: -10, reasons: ['page furniture'] };
  if (isTruncated(text)) return { score: -10, reasons: ['truncated'] };
  if (wordCount < MIN_WORDS) return { score: -10, reasons: ['fragment'] };
  if (wordCount > MAX_WORDS) return { score: -10, reasons: ['run-on'] };
  if (!a.hasVerb) return { score: -10, reasons: ['no verb'] };
  if (a.names.length) { score += Math.min(2, a.names.length); reasons.push('names a party'); }
  if (a.figures.length) { score += 1; reasons.push('gives a figure or date'); }
  if (a.pos.some((p, i) => p === 'VERB' && !MODAL.test(a.words[i]))) { score += 1; reasons.push('states an action or a saying'); }
  if (OPINION.test(text)) { score -= 3; reasons.push('opinion'); }
  if (READER_ADDRESS.test(text.replace(/["“][^"”]*["”]/g, ''))) { score -= 2; reasons.push('addresses the reader'); }
  if (SPECULATION.test(text) && !REPORTING_CUES.test(text)) { score -= 1; reasons.push('speculation'); }
  // A sentence that is all quote and names no speaker; a scare-quoted term ('Sex attacker' jailed) is not that.
  const quoted = (text.match(/["“][^"”]*["”]|(?:^|\s)'[^']*'(?=[\s,.]|$)/g) ?? []).join('').length;
  if (quoted > 0.6 * text.length && !/\b(?:said|says|told|added|stated)\b/.test(text)) { score -= 1; reasons.push('unattributed quote'); }
  return { score, reasons };
}

/**
 * "..., X said (on Monday).", '..." X said.' or "... according to X." closing a sentence. A comma or a closing
 * quote comes before the speaker ("illegal in the UK but this week groups wrote to MPs ..." is no attribution),
 * and the tail holds no colon or double quote: "..., Lin said on YouTube: 'I was not expecting ...'" hands the
 * sentence to the quote, and cutting it would leave only what led up to it.
 */
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`(?:,?\s+according to [^,.;:"“”]+|(?:,|(?<=["”’']))\s+(?:${NAME}|[Tt]he [a-z]+|[Aa]n? [a-z ]{0,30}?(?:source|official|spokes\w+))(?: [^,:"“”]{0,40})? (?:${SPEECH_VERBS})(?: ${NAME})?(?: (?:on|in|to|at) [^,.:"“”]{1,40})*)(?=[.!]?["”]?$)`,
  'u',
);
/** TRAILING_ATTRIBUTION needs "according to" or a verb of saying (followed by a word boundary): a cheap test first. */
const MAY_ATTRIBUTE = new RegExp(String.raw`according to|(?:${SPEECH_VERBS})\b`, 'u');
const LEADING_REPORT = new RegExp(String.raw`^(?:${NAME}|[Tt]he [a-z]+) (?:reported|reports|said|says)(?:,| that)\s+`, 'u');
const LEADING_ACCORDING = /^according to [^,]+,\s+/i;
/** A kept claim has at least two words that start with a letter. */
const WORDS_KEPT = /(?:^|\s)["“'(]?\p{L}\S*\s+["“'(]?\p{L}/u;

/** The claim a sentence makes: where it lies in the sentence, and how it reads on its own. */
export interface ClaimSpan {
  /** Offsets of the kept part in the sentence. */
  start: number;
  end: number;
  /** The kept part as a sentence: first letter capitalised, closing full stop. */
  text: string;
}

/**
 * The claim a sentence makes, without who relayed it: drops a wire dateline, a leading connective ("But,",
 * "In response,"), "according to X", "X reported that" and a trailing "..., X said." Quotes are kept whole.
 */
export function claimSpan(sentence: string): ClaimSpan {
  let start = sentence.length - sentence.trimStart().length;
  let end = sentence.trimEnd().length;
  const cutStart = (re: RegExp) => {
    const m = re.exec(sentence.slice(start, end));
    if (m && m.index === 0) start += m[0].length;
  };
  // Wire datelines: "GAZA CITY (Ma'an) -- ", "LONDON (Reuters) - ", "HUNTINGTON BEACH (CBSLA.com) — ", "(Reuters) - ".
  cutStart(/^(?:[A-Z][A-Z .,'’-]{2,40}(?:\([^)]{1,40}\))?|\([^)]{1,40}\))\s*(?:--|[-–—])\s+/);
  // Punctuation the splitter left at the front ("Good luck, Thailand!: “When people ...”").
  cutStart(/^[:;,.)\]–—-]+\s*/);
  // A live blog's time stamp: "10.24am: ", "11:36 am   ", "9.15 p.m. - ".
  cutStart(/^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[:–—-]\s*|\s{2,})(?=\S)/i);
  if (!/^["“']/.test(sentence.slice(start))) {
    for (let i = 0; i < 3; i++) cutStart(LEADING_CONNECTIVE);
    cutStart(LEADING_ACCORDING);
    cutStart(LEADING_REPORT);
    cutStart(/^(?:[Tt]he [A-Z][\w ]+|[A-Z][\w]+) reported, /u);
    // Attribution closes a sentence: look for it in the last stretch only, so a long sentence costs no more.
    const tailFrom = Math.max(start, end - 240);
    const tail = sentence.slice(tailFrom, end);
    const m = MAY_ATTRIBUTE.test(tail) ? TRAILING_ATTRIBUTION.exec(tail) : null;
    // What is left must still say something: "9.52am: Gunfire reported to emergency services at the Memorial"
    // is no "9.52am" said by "Gunfire".
    if (m && tailFrom + m.index > start && WORDS_KEPT.test(sentence.slice(start, tailFrom + m.index))) end = tailFrom + m.index;
  }
  while (end > start && /[\s,;:—–-]/.test(sentence[end - 1])) end--;
  // '... "remains tenuous,"' (its speaker cut) ends as a sentence: '... "remains tenuous."'
  let text = sentence.slice(start, end).replace(/,(["”’'])$/u, '.$1');
  if (!/[.!?]["”’']?$/.test(text)) text += '.';
  return { start, end, text: text.charAt(0).toUpperCase() + text.slice(1) };
}

/** The claim a sentence makes, as text (see claimSpan). */
export function claimText(sentence: string): string {
  return claimSpan(sentence).text;
}
