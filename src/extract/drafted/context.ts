import type { ClaimDraft } from '../claims/index.js';
import type { Entities } from '../entities.js';
import type { Sentence } from '../text.js';
import { WEAPON_NOUN } from './arms.js';

/**
 * What a claim is about when its own sentence names nothing drafted but
 * refers back to something told before it with a demonstrative: "this
 * incident", "such acts", "that move", "these violations" are the event or
 * transfer named last; "these missiles", "those jets" the transfer named
 * last. Reached back over a few sentences (a briefing's question among
 * them), so that the comment carries what it comments on; "the" alone is
 * too loose to say so.
 */

const DRAFTED = new Set(['WeaponsTransfer', 'Event', 'Resolution']);
/** How many sentences back a reference may reach. */
const REACH = 4;
const DETERMINER = String.raw`\b(?:this|these|that|those|such)\s+(?:[\w-]+\s+)?`;
/** Words for something done, whatever it was. */
const DONE = new RegExp(
  `${DETERMINER}(?:incidents?|acts?|actions?|moves?|decisions?|violations?|operations?|provocations?|steps?|measures?|activities|activity|behaviou?r|conduct|developments?|events?|escalation)\\b`,
  'i',
);
/** Weapons referred back to: what was transferred. */
const WEAPONS = new RegExp(`${DETERMINER}(?:${WEAPON_NOUN}|weapons|arms)\\b`, 'i');

export function aboutWhatWasTold(claims: ClaimDraft[], sentences: Sentence[], entities: Entities): void {
  const drafted = [...entities.byKey.values()].filter((r) => DRAFTED.has(r.type));
  // What a sentence names, worked out only for the sentences a reference reaches back to.
  const named = new Map<number, { key: string; type: string; at: number }[]>();
  const namedIn = (i: number) => {
    const s = sentences[i]!;
    let found = named.get(i);
    if (!found) {
      found = drafted
        .filter((r) => r.mentions.some((m) => m.start >= s.start && m.end <= s.end))
        .map((r) => ({
          key: r.key,
          type: r.type,
          at: Math.min(...r.mentions.filter((m) => m.start >= s.start).map((m) => m.start)),
        }));
      named.set(i, found);
    }
    return found;
  };
  for (const c of claims) {
    if (c.about.some((k) => DRAFTED.has(entities.get(k)?.type ?? ''))) continue;
    const own = sentences[c.sentenceIndex];
    if (!own) continue;
    const types = DONE.test(own.text)
      ? ['Event', 'WeaponsTransfer']
      : WEAPONS.test(own.text)
        ? ['WeaponsTransfer']
        : [];
    if (!types.length) continue;
    for (let i = c.sentenceIndex - 1; i >= 0 && c.sentenceIndex - i <= REACH; i--) {
      const fitting = namedIn(i).filter((n) => types.includes(n.type));
      if (!fitting.length) continue;
      // The one named last in that sentence.
      const last = fitting.reduce((a, b) => (b.at > a.at ? b : a));
      c.about.push(last.key);
      break;
    }
  }
}
