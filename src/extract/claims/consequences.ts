import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import type { Unit } from '../masked.js';
import { dataTable, phraseGroup } from '../tables.js';

/**
 * Demands and warnings that carry no verb of demanding or warning
 * (consequences.json): a party told what it must do with a parenthesis
 * between it and the modal, or by a pronoun for the party the speaker's
 * claims are about; and a consequence announced for another party. Read
 * in what a speaker says (said.ts), never in the narration around it.
 */

const table = z
  .object({
    note: z.string(),
    demand: z.object({
      note: z.string(),
      parenthesis: z.array(z.string()).min(1),
      pronouns: z.array(z.string()).min(1),
      modals: z.array(z.string()).min(1),
      notAfter: z.array(z.string()).min(1),
      ownSide: z.array(z.string()).min(1),
      expecting: z.array(z.string()).min(1),
      fallsTo: z.array(z.string()).min(1),
      awaited: phraseGroup,
    }),
    warning: phraseGroup,
    addressees: z.object({
      note: z.string(),
      roles: z.array(z.string()).min(1),
      pronouns: z.array(z.string()).min(1),
      kin: phraseGroup,
      forecast: phraseGroup,
      coordinated: phraseGroup,
    }),
    suppliers: phraseGroup,
  })
  .parse(dataTable('consequences.json'));

const { parenthesis, pronouns, modals, notAfter, ownSide, expecting, fallsTo } = table.demand;
const MODAL = String.raw`(?:also |now |first |simply |therefore |then )?(?:${modals.join('|')})\b(?! (?:${notAfter.join('|')})\b)`;

/** "⟨B⟩, for its part, must press ahead": a named party asked to act, a parenthesis before the modal. */
const PARENTHESIZED = new RegExp(
  String.raw`^(?:the )?⟨(\d+)⟩(?:[’']s (?:government|authorities|leadership))?, (?:${parenthesis.join('|')}), ${MODAL}`,
  'i',
);
/** "it should stop arming militias", "He must explain this silence": a pronoun for the party the speaker is on about. */
const POINTED = new RegExp(String.raw`^(?:${pronouns.join('|')}) ${MODAL}`, 'i');

/** "her government expected ⟨B⟩ to honour its word": what the speaker's side expects of a named party. */
const EXPECTED = new RegExp(
  String.raw`^(?:${ownSide.join('|')}) (?:also |still |fully |now )?(?:${expecting.join('|')}) (?:the )?⟨(\d+)⟩ (?:to|not to)\b`,
  'i',
);
/** "Madrid expected full explanations", "we await an apology": amends awaited from a party the verb does not name. */
export const AMENDS_AWAITED = new RegExp(String.raw`\b(?:${table.demand.awaited.phrases.join('|')})`, 'i');

/** "it is for ⟨B⟩ to ...", "the onus is on ⟨B⟩": a party it falls to to act. */
const FALLS_TO = fallsTo.map((p) => new RegExp(`^${p}`, 'i'));

/**
 * A demand without a demand verb: the unit of the party asked (`target`), or null when a pronoun stands for it, which
 * the finder resolves to whom the speaker's claims just before were aimed at.
 */
export function modalDemand(words: string): { target: number | null } | null {
  const named = PARENTHESIZED.exec(words);
  if (named) return { target: Number(named[1]) };
  const expected = EXPECTED.exec(words) ?? FALLS_TO.map((re) => re.exec(words)).find(Boolean);
  if (expected) return { target: Number(expected[1]) };
  return POINTED.test(words) ? { target: null } : null;
}

/** A consequence announced for another party: a warning. */
export const CONSEQUENCE = new RegExp(String.raw`\b(?:${table.warning.phrases.join('|')})`, 'iu');

/**
 * "would have consequences for ⟨B⟩", "a heavy price for ⟨B⟩", "consequences for relations with ⟨B⟩": the party a
 * consequence is for; "sent a firm message to ⟨B⟩": the party it is sent to.
 */
const FOR_PARTY =
  /\b(?:(?:consequences?|costs?|price|repercussions) for (?:(?:its |our |the )?(?:relations|ties|relationship) with )?|(?:message|signal|warning) to )(?:the )?⟨(\d+)⟩/i;

/**
 * "would stay closed until ⟨B⟩ handed over ...", "will be legitimate targets the moment they reach ⟨B⟩": the party the
 * condition names first is whom the consequence is held over.
 */
const CONDITION =
  /\b(?:if|unless|until|once|the moment|as soon as|as long as|whenever) (?:[^,;⟨]{0,40}? )?(?:the )?⟨(\d+)⟩(?![’']s)/i;

/**
 * The unit a consequence is announced for, when the words say: the party it is "for" ("consequences for ⟨B⟩"), else
 * the first party its condition names; never one of `own` (the speaker's side) nor a people named by its demonym.
 */
export function consequenceFor(words: string, units: Unit[], own: Set<string | null>): number | null {
  for (const re of [FOR_PARTY, CONDITION]) {
    const m = re.exec(words);
    if (!m) continue;
    const unit = units[Number(m[1])]!;
    if (!own.has(unit.mention.key) && unit.mention.form !== 'demonym') return Number(m[1]);
  }
  return null;
}

/**
 * "urging that country to ...", "requested that his Government give ...": an addressee named by its role, a state
 * ('state'); "we have urged it to ...": a pronoun, any party named before ('party'). Null for an addressee by name.
 */
const ROLE_ADDRESSEE = new RegExp(
  String.raw`^\s*(?:that\s+)?(?:(?:that|the|this|his|her|their) (?:${table.addressees.roles.join('|')})|(?<pronoun>${table.addressees.pronouns.join('|')}))\s+(?:to|not to|give|take|stop|withdraw|explain|ensure|respect|refrain|cease|end|release|return|halt|allow|provide|comply)\b`,
  'i',
);

export function roleAddressee(object: string): { state: boolean; length: number } | null {
  const m = ROLE_ADDRESSEE.exec(object);
  if (!m) return null;
  const words = /^\s*(?:that\s+)?(?:\w+\s+)?\w+\s*/.exec(object)![0];
  return {
    state: !m.groups!.pronoun,
    length: m.groups!.pronoun ? /^\s*(?:that\s+)?\w+\s*/.exec(object)![0].length : words.length,
  };
}

/** The party named last before `at` that is an actor of the wanted type and none of `own`: whom a role stands for. */
export function lastPartyBefore(
  entities: Entities,
  at: number,
  own: Set<string | null>,
  stateOnly: boolean,
): string | null {
  return entities.lastNamedBefore(
    at,
    (e) => (stateOnly ? e.type === 'State' : isActorType(e.type)) && !own.has(e.key) && e.type !== 'Person',
  );
}

/**
 * Whom an addressee named by its role or a pronoun stands for, at `at` in the text: for a pronoun, the parties the
 * speaker's claims just before were aimed at (`claimed`), else the party named last; for a role, the state named last.
 */
export function addresseeFor(
  entities: Entities,
  role: { state: boolean },
  at: number,
  own: Set<string | null>,
  claimed: () => string[],
): string[] {
  const referent = role.state ? [] : claimed();
  if (referent.length) return referent;
  const party = lastPartyBefore(entities, at, own, role.state);
  return party ? [party] : [];
}

/** "we expect it to continue": what the speaker's side foresees of what it names by a pronoun, no appeal to anyone. */
export const FORECAST = new RegExp(String.raw`^(?:${table.addressees.forecast.phrases.join('|')})`, 'i');

/** "..., and asks them to speed up deliveries": "them" asked in a verb coordinated after the clause that named them. */
export const THEM_ASKED = new RegExp(`^(?:${table.addressees.coordinated.phrases.join('|')})`, 'i');
/** The same ask anywhere in a sentence, coordinated with what came before: ", and asks them to". */
export const THEM_ASKED_AFTER = new RegExp(`,? (?:and|but) (?:${table.addressees.coordinated.phrases.join('|')})`, 'i');

/** "we have urged it to ...", "I asked them not to ...": a speaker's own appeal to an addressee by pronoun or role. */
export const OWN_APPEAL =
  /^(?:we|I) (?:have |had |also |again |strongly |therefore )*(?:urged?|call(?:ed)? on|asked?|requested|advised?|pressed|press|expect(?:ed)?)\s+/i;

const SUPPLIERS_OF = table.suppliers.phrases.map((p) => new RegExp(p, 'i'));

/** "our partner the ", "our neighbour ": what a party asked is to the speaker, before its name (a pattern's source). */
export const KIN = `(?:${table.addressees.kin.phrases.join('|')})`;

/** "the states that arm ⟨X⟩ to ...": the unit of the party the addressees are named as arming, and where it ends. */
export function suppliersAddressed(object: string): { recipient: number; length: number } | null {
  const m = SUPPLIERS_OF.map((re) => re.exec(object)).find(Boolean);
  return m ? { recipient: Number(m[1]), length: m[0].length } : null;
}

/** The parties the text's transfers so far say supply `recipient`: those a demand of "the states that arm it" is made of. */
export function suppliersOf(entities: Entities, recipient: string): string[] {
  const received = new Set(
    entities.links.filter((l) => l.type === 'RECEIVED_BY' && l.to === recipient).map((l) => l.from),
  );
  return [...new Set(entities.links.filter((l) => l.type === 'SUPPLIED_BY' && received.has(l.from)).map((l) => l.to))];
}
