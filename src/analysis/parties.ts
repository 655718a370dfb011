/**
 * How the stages tell whether two names stand for one party: one rule for grouping (a quote's maker, a
 * statement's subject), denial linking (a party answering for itself) and the status (is the speaker a party
 * the claim is about).
 */

/** A speaker as the party it speaks for: "Acme (Jane Doe)" is Acme speaking through Jane Doe. */
export function partyOf(speaker: string): string {
  return speaker.replace(/\s*\(.*\)$/, '');
}

/**
 * A name as names are compared: case, full stops and the shape of an apostrophe do not count ("U.S. Steel" is "US
 * Steel", "O’Neal" is "O'neal").
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\./g, '').replace(/[’‘`´]/g, "'");
}

/** Two names, as nameKey spells them, of one party: the same, or one inside the other ("acme" in "acme corp"). */
export function sameKey(a: string, b: string): boolean {
  return a === b || (a.length > 2 && b.length > 2 && (a.includes(b) || b.includes(a)));
}

/** "Acme" and "Acme Corp" are one party; so are "US Steel" and "U.S. Steel". */
export function sameParty(a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b));
}

/** Words wink-nlp reads as prepositions that can also open a clause ("after Israel opened", "until Acme agreed"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'once', 'though', 'although', 'while', 'when', 'if']);

/**
 * The names a sentence gives as actors rather than as a setting: a name right after a preposition ("held in
 * France", "flew in from Oslo", "the leader of the group in Spain") says where or of what, unless it is the
 * subject of a clause that word opens ("after Israel opened the dams"); a party the claim is about speaks for what
 * the claim says it did. A name given both ways counts.
 */
export function actorNames(a: { words: readonly string[]; pos: readonly string[]; names: readonly string[] }): string[] {
  return a.names.filter((n) => {
    const first = n.split(' ')[0];
    const length = n.split(' ').length;
    let seen = false;
    for (let i = 0; i < a.words.length; i++) {
      if (a.words[i] !== first) continue;
      seen = true;
      if (i === 0 || a.pos[i - 1] !== 'ADP') return true;
      // ... unless the word before opens a clause and a verb follows the name: "after Israel opened the dams" makes
      // Israel a subject (not "an official in Nigeria was reported").
      const next = a.pos[i + length];
      if (CLAUSE_OPENERS.has(a.words[i - 1].toLowerCase()) && (next === 'VERB' || next === 'AUX')) return true;
    }
    return !seen;
  });
}
