import { z } from 'zod';
import { listUnits } from '../masked.js';
import { dataTable, phraseGroup as group } from '../tables.js';

/**
 * Thanks, praise and a welcome (thanked.json): a position aimed at the party
 * thanked or praised ("thanked ⟨B⟩ for ...", "is grateful to ⟨B⟩ and to ⟨C⟩",
 * "expresses its appreciation to ⟨A⟩, ⟨B⟩ and ⟨C⟩"), or whose act is welcomed
 * ("welcomed ⟨B⟩'s offer", "welcomed the role played by ⟨B⟩", "the efforts of
 * the ⟨Syrian⟩ authorities"), whatever the verb of thanks and however many
 * parties it names. Read only where the clause is the speaker's own: "said
 * ⟨C⟩ had thanked ⟨B⟩" tells of ⟨C⟩'s thanks, not the speaker's.
 */

const table = z
  .object({
    note: z.string(),
    party: group.extend({ holders: z.array(z.string()).min(1), among: z.array(z.string()).min(1) }),
    organs: z.object({ note: z.string(), slugs: z.array(z.string()).min(1) }),
    act: group.extend({
      acts: z.array(z.string()).min(1),
      participles: z.array(z.string()).min(1),
      called: z.string(),
    }),
  })
  .parse(dataTable('thanked.json'));

const alt = (words: string[]) => `(?:${words.join('|')})`;
const END = String.raw`(?![\p{L}\d-])`;

/** The verbs and phrases of thanks and praise the party thanked comes after ("thanked", "is grateful to"). */
export const THANKS_TO = alt(table.party.phrases);

/** One party: "⟨B⟩", "the ⟨North Korean⟩ side", "the Co-Chairs of the ⟨B⟩". */
const PARTY = String.raw`(?:the )?(?:${alt(table.party.holders)} of (?:the )?)?⟨\d+⟩(?: (?:side|authorities|government|leadership))?`;
/** Parties named together: "⟨A⟩, ⟨B⟩ and the ⟨C⟩". */
const PARTIES = String.raw`${PARTY}(?:(?:, |,? and |,? as well as )${PARTY})*`;

const ADVERBS = '(?:(?:all |also |again |warmly |especially |in particular |immediately |formally |already )*)';
/** "thanked ⟨B⟩", "is grateful to the ⟨B⟩", "thank the Governments of the region, among them ⟨A⟩, ⟨B⟩ and ⟨C⟩". */
const THANKED = new RegExp(
  String.raw`(?<![\p{L}-])${alt(table.party.phrases)}${END} ${ADVERBS}(?:(${PARTIES})|(?:the |all )?[^⟨,;.]{1,50}?,? ${alt(table.party.among)} (${PARTIES}))`,
  'giu',
);
/**
 * "... and to the ⟨Brazilian⟩ company ⟨Embraer⟩ for ...", "thanks ⟨B⟩ for its support and ⟨C⟩ for ...": a further party
 * thanked after what the first is thanked for. Without "to" the party must be thanked for something of its own, so that
 * "for its support to ⟨Ukraine⟩ and ⟨Moldova⟩" names no one thanked.
 */
const AND_TO =
  /\b(?:(?:and (?:also )?to|as well as(?: to)?) (?:the )?(?:[\w⟨⟩-]+ ){0,3}?⟨(\d+)⟩(?= for\b| on\b|[,.;]|$)|and (?:also )?(?:the )?(?:[\w-]+ ){0,3}?⟨(\d+)⟩ (?=for\b))/giu;

const ACT_NOUN = alt(table.act.acts);
/** "welcomed ⟨B⟩'s offer", "the ⟨Ethiopian⟩ offer", "the efforts of ⟨B⟩", "the role played by ⟨B⟩". */
const WELCOMED = new RegExp(
  String.raw`(?<![\p{L}-])${alt(table.act.phrases)}${END} ${ADVERBS}(?:(?:${table.act.called})?(?:the )?(${PARTIES})[’']s |(?:the |its |their )?(?:[a-z-]+ )?(⟨\d+⟩) (?:[a-z-]+ )?${ACT_NOUN}${END}|(?:the |this |these |its |their )?(?:[a-z-]+ )?${ACT_NOUN} (?:of|by) (${PARTIES})|the (?:[a-z-]+ ){1,3}?${alt(table.act.participles)}(?: [^⟨,;.]{1,30}?)? by (${PARTIES}))`,
  'giu',
);

/** Whether an organ of a state, by its key, is one that thanks are aimed at rather than at its state ("the Government of ⟨B⟩"). */
export const thankedOrgan = (key: string) => table.organs.slugs.some((slug) => key.endsWith(`-${slug}`));

/** Any verb of thanks, praise or welcome: the clause is one, whether or not it names whom. */
const ANY = new RegExp(String.raw`(?<![\p{L}-])(?:${alt(table.party.phrases)}|${alt(table.act.phrases)})${END}`, 'giu');

/** The subject just before a verb of thanks, when one is named: "⟨A⟩ has", "⟨A⟩'s delegate", "the representative of ⟨A⟩". */
const SUBJECT = /⟨(\d+)⟩(?:[’']s)?(?: [a-z-]+){0,3}\s*$/u;

/** Whether a verb at an offset of the clause is the speaker's: its subject, if one is named, is the speaker's side. */
const ownAt = (clause: string, own: (unit: number) => boolean) => (at: number) => {
  const subject = SUBJECT.exec(clause.slice(0, at));
  return !subject || own(Number(subject[1]));
};

/** Whether a clause thanks, praises or welcomes in the speaker's own voice, naming whom or not ("praised the seizure"). */
export function thanks(clause: string, own: (unit: number) => boolean): boolean {
  const ownClause = ownAt(clause, own);
  return [...clause.matchAll(ANY)].some((m) => ownClause(m.index));
}

/**
 * The units of the parties a clause thanks or praises, or whose act it welcomes; empty when it does none of these in
 * the speaker's own voice. `own` tells the speaker's side from others.
 */
export function thankedParties(clause: string, own: (unit: number) => boolean): number[] {
  const found = partiesThanked(clause, own);
  const ownClause = ownAt(clause, own);
  for (const m of clause.matchAll(WELCOMED))
    if (ownClause(m.index)) found.push(...listUnits(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''));
  return [...new Set(found)].filter((u) => !own(u));
}

/**
 * The units of the parties a clause thanks or praises by name in the speaker's own voice ("I want to thank ⟨B⟩",
 * "we are grateful to ⟨A⟩ and ⟨B⟩"), leaving out the acts it welcomes: a statement's own welcome of another's
 * support is often no position of record.
 */
export function partiesThanked(clause: string, own: (unit: number) => boolean): number[] {
  const found: number[] = [];
  const ownClause = ownAt(clause, own);
  for (const m of clause.matchAll(THANKED)) {
    if (!ownClause(m.index)) continue;
    found.push(...listUnits(m[1] ?? m[2] ?? ''));
    const rest = clause.slice(m.index + m[0].length).split(/[;.]/)[0]!;
    for (const more of rest.matchAll(AND_TO)) found.push(Number(more[1] ?? more[2]));
  }
  return [...new Set(found)].filter((u) => !own(u));
}
