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

/**
 * The names a sentence gives as actors rather than as a setting: a name right after a preposition ("held in
 * France", "flew in from Oslo", "the leader of the group in Spain") says where or of what, and a party the
 * claim is about speaks for what the claim says it did. A name given both ways counts.
 */
export function actorNames(a: { words: readonly string[]; pos: readonly string[]; names: readonly string[] }): string[] {
  return a.names.filter((n) => {
    const first = n.split(' ')[0];
    let seen = false;
    for (let i = 0; i < a.words.length; i++) {
      if (a.words[i] !== first) continue;
      seen = true;
      if (i === 0 || a.pos[i - 1] !== 'ADP') return true;
    }
    return !seen;
  });
}
