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
    backing: group.extend({ respected: z.array(z.string()).min(1), owned: z.array(z.string()).min(1) }),
    esteemed: group.extend({ of: z.string() }),
    informed: z.object({
      note: z.string(),
      verbs: z.array(z.string()).min(1),
      conveyed: z.array(z.string()).min(1),
      notConveyed: z.string(),
      passive: z.string(),
      informers: z.array(z.string()).min(1),
      envoys: z.array(z.string()).min(1),
    }),
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

/** "backed ⟨B⟩", "stood with ⟨B⟩", "expressed its solidarity with the ⟨B⟩ authorities": the party supported, after the verb. */
const BACKED = new RegExp(String.raw`(?<![\p{L}-])${alt(table.backing.phrases)}${END} ${ADVERBS}(${PARTIES})`, 'giu');

const OWNED = alt(table.backing.owned);
/** "respected the territorial integrity of ⟨B⟩", "respects ⟨B⟩'s decisions", "values its cooperation with ⟨B⟩". */
const RESPECTED = new RegExp(
  String.raw`(?<![\p{L}-])${alt(table.backing.respected)}${END} ${ADVERBS}(?:(?:the |its |their |our |his |her )?(?:[a-z-]+ ){0,2}?${OWNED}(?: and (?:[a-z-]+ ){0,2}?${OWNED})? (?:of|with) (${PARTIES})|(${PARTIES})[’']s (?:[a-z-]+ ){0,2}?${OWNED}${END})`,
  'giu',
);

/**
 * "⟨B⟩ is a true friend of ⟨A⟩", "⟨B⟩ remains an important partner": another party praised as what it is to the
 * speaker's side, the subject opening the clause (group 1); a party it is said to be a partner of follows (group 2).
 */
const ESTEEMED = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|that|because|as) )(?:the )?⟨(\d+)⟩(?: (?:side|government|authorities))? ${alt(table.esteemed.phrases)}s?${END}${table.esteemed.of}`,
  'giu',
);

/** "has informed ⟨B⟩ of ...", "notified ⟨B⟩ and ⟨C⟩": the parties told something, after the verb. */
const INFORMED = new RegExp(String.raw`(?<![\p{L}-])${alt(table.informed.verbs)}${END} ${ADVERBS}(${PARTIES})`, 'giu');
/** "We have explained our reasons to ⟨B⟩", "conveyed clearance to ⟨B⟩": what is told, then the party told it. */
const CONVEYED = new RegExp(
  String.raw`(?<![\p{L}-])${alt(table.informed.conveyed)}${END} (?!${table.informed.notConveyed})[^⟨,;.]{1,40}? to (${PARTIES})`,
  'giu',
);
/**
 * Who tells a party in the words the corpus records as a notice to it: the speaker in the first person ("We have
 * informed ⟨B⟩"), a side in reported speech ("his Government had informed ⟨B⟩"), or anyone telling a party's envoy
 * ("informed the Ambassador of ⟨B⟩ of this decision"). A statement's own third-person account of the bodies it has
 * informed of an incident ("⟨A⟩ has informed ⟨B⟩ and ⟨C⟩ of the incident") is recorded as often as not, and is left
 * a position aimed at no one.
 */
const INFORMER = new RegExp(String.raw`(?:^|)(?:${table.informed.informers.join('|')})(?: [a-z]+){0,3}\s*$`, 'iu');
const ENVOY_INFORMED = new RegExp(String.raw`(?:${table.informed.envoys.join('|')}) of`, 'iu');

/** "⟨B⟩ was informed in advance", "the ⟨Russian⟩ side has been notified". */
const INFORMED_PASSIVE = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:and|but|that) )(${PARTY})${table.informed.passive}`,
  'giu',
);

/**
 * The units of the parties a clause praises as friends or partners of the speaker's side, or tells something to, in
 * the speaker's own voice: a notice is aimed at the party informed, as thanks at the party thanked.
 */
function partiesEsteemedOrInformed(clause: string, own: (unit: number) => boolean): number[] {
  const found: number[] = [];
  const ownClause = ownAt(clause, own);
  for (const m of clause.matchAll(ESTEEMED))
    // "⟨B⟩ is a partner of ⟨C⟩": praise of a third party's friend is no position on ⟨B⟩ of the speaker's.
    if (m[2] === undefined || own(Number(m[2]))) found.push(Number(m[1]));
  // "informed ⟨B⟩ that ⟨C⟩ had ...": what ⟨B⟩ is told is the claim, read for its own kind, not a notice to ⟨B⟩.
  for (const m of clause.matchAll(INFORMED))
    if (
      ownClause(m.index) &&
      !/^\s*,?\s*that\b/.test(clause.slice(m.index + m[0].length)) &&
      (INFORMER.test(clause.slice(0, m.index)) || ENVOY_INFORMED.test(m[0]))
    )
      found.push(...listUnits(m[1]!));
  for (const m of clause.matchAll(CONVEYED)) if (ownClause(m.index)) found.push(...listUnits(m[1]!));
  for (const m of clause.matchAll(INFORMED_PASSIVE)) found.push(...listUnits(m[1]!));
  // Support is aimed at the party supported as thanks are at the party thanked.
  for (const m of clause.matchAll(BACKED)) if (ownClause(m.index)) found.push(...listUnits(m[1]!));
  for (const m of clause.matchAll(RESPECTED)) if (ownClause(m.index)) found.push(...listUnits(m[1] ?? m[2]!));
  return found;
}

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
  found.push(...partiesEsteemedOrInformed(clause, own));
  return [...new Set(found)].filter((u) => !own(u));
}
