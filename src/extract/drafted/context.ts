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

/**
 * Words for the Council's decision on a text, in coverage of its vote: "welcomed the adoption", "voted in favour",
 * "had abstained", "the renewal", "the draft", "the mandate".
 */
const DECISION =
  /\b(?:(?:the|this|today's) (?:adoption|renewal|extension|text|draft|resolution|mandate|outcome)|voted (?:in favour|in favor|for|against)|abstain(?:ed|ing)?|its (?:adoption|renewal)|the vote)\b/i;

/**
 * A claim on the Council's decision with nothing drafted in its sentence ("welcomed the adoption", "had abstained
 * because ...") is about the resolution voted on or vetoed last before it in the text.
 */
export function aboutTheDecision(claims: ClaimDraft[], sentences: Sentence[], entities: Entities): void {
  const decided = new Set(
    entities.links
      .filter((l) => l.type === 'CONCERNS' && ['VOTE', 'VETO'].includes(String(entities.get(l.from)?.props.category)))
      .map((l) => l.to)
      .filter((k) => entities.get(k)?.type === 'Resolution'),
  );
  if (!decided.size) return;
  for (const c of claims) {
    if (c.about.some((k) => DRAFTED.has(entities.get(k)?.type ?? ''))) continue;
    const own = sentences[c.sentenceIndex];
    if (!own || !DECISION.test(own.text)) continue;
    const named = [...decided]
      .map((k) => ({
        k,
        at: Math.max(
          -1,
          ...entities
            .get(k)!
            .mentions.filter((m) => m.start < own.end)
            .map((m) => m.start),
        ),
      }))
      .filter((r) => r.at >= 0);
    if (!named.length) continue;
    c.about.push(named.reduce((a, b) => (b.at > a.at ? b : a)).k);
  }
}

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
