import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { listUnits, type Unit } from '../masked.js';
import { DONE_BY } from './patterns.js';
import { dataTable, phraseGroup } from '../tables.js';

/**
 * Which entity a stretch of a masked sentence is about: the one it opens
 * with as its subject, the one it is most about, and those named together
 * with a target.
 */

/** A target and those named with it: "⟨A⟩ and ⟨B⟩", "⟨A⟩, ⟨B⟩ and the ⟨C⟩". */
export function partners(words: string, target: number): number[] {
  const list = new RegExp(`⟨${target}⟩((?:, (?:the )?⟨\\d+⟩)*,? (?:and|or) (?:the )?⟨\\d+⟩)`).exec(words);
  return list ? [target, ...listUnits(list[1]!)] : [target];
}

/** The entity a clause opens with, as its subject ("⟨B⟩ is ...", "⟨B⟩'s army ..."). */
export function subjectOf(words: string, units: Unit[]): number | null {
  const m =
    /^\s*(?:that\s+)?(?:the\s+)?⟨(\d+)⟩(?![ ]+(?:city|town|region|missiles?|weapons?|troops|forces|army))/i.exec(words);
  // "the ⟨Kuwaiti⟩ draft was one-sided": a text named by its author's demonym is the author's.
  if (m && units[Number(m[1])]!.mention.form === 'demonym')
    return new RegExp(`^ (?:${table.authored.nouns.join('|')})\\b`, 'i').test(words.slice(m.index + m[0].length))
      ? Number(m[1])
      : null;
  if (m) return Number(m[1]);
  // "the ⟨Israeli⟩ restrictions on aid were ...": what a state's people did is the state's.
  const done = new RegExp(`^\\s*(?:that\\s+)?(?:the\\s+)?⟨(\\d+)⟩ (?:[a-z-]+ )?${DONE_BY}`, 'i').exec(words);
  return done ? Number(done[1]) : null;
}

/**
 * The entity a stretch is most about: a state, organization or person
 * named as a noun first, then one named by its demonym ("North Korean
 * missiles"), then anything else named; never the speaker.
 */
export function firstEntity(
  entities: Entities,
  words: string,
  units: Unit[],
  speakers: string[] = [],
  actorsOnly = false,
): number | null {
  const typeOf = (i: number) => entities.get(units[i]!.mention.key)?.type ?? '';
  const actor = (i: number) => isActorType(typeOf(i));
  // "condemned the attack at the ⟨Security Council⟩": where it was said, not whom it is about; a people named by its
  // demonym is a place only before a word for one ("placed in ⟨Russian⟩ waters"): "the delays in ⟨Russian⟩ deliveries"
  // are Russia's.
  const venue = (i: number) =>
    (units[i]!.mention.form !== 'demonym' || DEMONYM_PLACE.test(words.slice(words.indexOf(`⟨${i}⟩`)))) &&
    /\b(?:at|in|inside|during|before)\s+(?:the\s+)?$/i.test(words.slice(0, words.indexOf(`⟨${i}⟩`)));
  // "⟨Rwandan⟩ troops", "the ⟨Israeli⟩ strike": a state named by what its people did.
  const doing = (i: number) => new RegExp(`⟨${i}⟩ (?:[a-z-]+ )?${DONE_BY}`, 'i').test(words);
  const named = listUnits(words).filter((i) => !speakers.includes(units[i]!.mention.key) && !venue(i));
  return (
    named.find((i) => actor(i) && (units[i]!.mention.form !== 'demonym' || doing(i))) ??
    named.find((i) => actor(i)) ??
    (actorsOnly ? undefined : named.find((i) => typeOf(i) === 'Resolution' || typeOf(i) === 'WeaponSystem')) ??
    null
  );
}

/** "⟨Russian⟩ waters", "⟨Syrian⟩ territory": a demonym before a word for a place, where something is, not who does it. */
const DEMONYM_PLACE =
  /^⟨\d+⟩ (?:[\w-]+ )?(?:waters|territory|territorial|airspace|soil|land|lands|borders?|coast|shores?|ports?|bases?|regions?|provinces?|villages?|towns?|cities|capital|side|hands|custody|jurisdiction|zone)\b/i;

/** "by ⟨A⟩", "by the coast guard of ⟨A⟩", "by officers of the ⟨A⟩": a doer after "by", a few words of its men between. */
const BY_DOER = String.raw`\bby (?:the )?(?:[\w-]+ ){0,3}?(?:of (?:the )?)?⟨(\d+)⟩`;
const BY = new RegExp(BY_DOER);
/** A clause in the passive and its doer: "had been handed to ⟨C⟩ by officers of ⟨B⟩". */
const PASSIVE_BY = new RegExp(
  String.raw`\b(?:was|were|is|are|has been|have been|had been|being) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn|nt)\b[^;]*?${BY_DOER}`,
);

/** "⟨A⟩'s support", "⟨A⟩'s shadow fleet": what follows a possessive is ⟨A⟩'s doing, unless it is ⟨A⟩'s land, people or good. */
const DOING_POSSESSIVE =
  /^[’']s (?!(?:own )?(?:territory|territorial|border|borders|airspace|waters|sovereignty|people|citizens|civilians|population|security|interests?|capital|soil)\b)/;

/** A preposition of place, direction or source before a name: what follows it is where, not who does. */
const PLACED = /\b(?:on|in|into|to|from|at|toward|towards|inside|within|across|over)\s+(?:the\s+)?$/i;

/**
 * Who a judgement is aimed at: the actor its clause names as doing
 * something (its subject, "by ⟨A⟩", "by the coast guard of ⟨A⟩", "⟨A⟩'s"), else the first actor named
 * other than as an object, a victim or a place ("the problems of ⟨B⟩",
 * "its attack on ⟨B⟩", "aid to ⟨B⟩" are not aimed at ⟨B⟩); null when none
 * is.
 */
export function agentOf(entities: Entities, words: string, units: Unit[], speakers: string[] = []): number | null {
  const typeOf = (i: number) => entities.get(units[i]!.mention.key)?.type ?? '';
  const actor = (i: number) => isActorType(typeOf(i)) && !speakers.includes(units[i]!.mention.key);
  const subject = subjectOf(words, units);
  if (subject !== null && actor(subject)) return subject;
  const by = BY.exec(words);
  if (by && actor(Number(by[1]))) return Number(by[1]);
  // "it was absurd for ⟨B⟩ to sponsor ...", "⟨American⟩ warships had no business ...": the doer, named otherwise than as
  // the subject (referents.json agent).
  for (const re of [AGENT_OF_INFINITIVE, AGENT_MEN]) {
    const m = re.exec(words);
    if (m && actor(Number(m[1]))) return Number(m[1]);
  }
  for (const m of words.matchAll(/⟨(\d+)⟩/g)) {
    const i = Number(m[1]);
    const before = words.slice(0, m.index);
    if (!actor(i)) continue;
    // "talk of arming ⟨B⟩": whom the act is done to or for is not its doer.
    if (PATIENT_BEFORE.test(before)) continue;
    const after = words.slice(m.index + m[0].length);
    // "a further escalation of ⟨A⟩'s support", "the ⟨Israeli⟩ restrictions": what ⟨A⟩ does, wherever it is named; not
    // a possessive after where or whence ("corvettes ordered from ⟨B⟩'s shipyards", "the attack on ⟨B⟩'s embassy").
    if (DOING_POSSESSIVE.test(after) && !PLACED.test(before)) return i;
    if (units[i]!.mention.form === 'demonym') {
      if (new RegExp(`^ (?:[a-z-]+ )?${DONE_BY}`, 'i').test(after)) return i;
      continue;
    }
    if (
      // "from ⟨B⟩'s ⟨Hyundai⟩": a name after a possessor stands where the possessor does.
      /\b(?:of|on|in|into|against|to|for|from|with|about|over|at|toward|towards|inside|within|across|between|among|and|or|than)\s+(?:the\s+)?(?:⟨\d+⟩[’']s\s+)?$/i.test(
        before,
      )
    )
      continue;
    return i;
  }
  return null;
}

/**
 * The doer a clause in the passive names ("had been handed to ⟨C⟩ by
 * officers of ⟨B⟩", "were fired by ⟨B⟩'s forces"): an actor after "by",
 * null when the clause is not passive or its "by" names no actor.
 */
export function passiveDoer(entities: Entities, words: string, units: Unit[]): number | null {
  const m = PASSIVE_BY.exec(words);
  return m && isActorType(entities.get(units[Number(m[1])]!.mention.key)?.type) ? Number(m[1]) : null;
}

/**
 * Whom a warning is aimed at: the party its clause names as acting ("⟨B⟩ will pay"), the condition's subject
 * ("if ⟨B⟩ insists ..."), whom the measures fall on or protect from ("sanctions on ⟨B⟩", "protect its citizens
 * from ⟨B⟩", "never allow ⟨B⟩ to ..."), or whose forces it names ("the participation of ⟨B's⟩ troops"); null
 * when it names none of these (the place it speaks of, "on ⟨B's⟩ territory", is not whom it warns).
 */
export function warnedOf(entities: Entities, words: string, units: Unit[], own: string[] = []): number | null {
  const actor = (i: number) =>
    isActorType(entities.get(units[i]!.mention.key)?.type) && !own.includes(units[i]!.mention.key);
  const subject = subjectOf(words, units);
  if (subject !== null && actor(subject)) return subject;
  const patterns = [
    /\b[Ii]f (?:the )?⟨(\d+)⟩/,
    /\b(?:on|against|from|by|allow|let|permit) (?:the )?⟨(\d+)⟩(?![’']s (?:territory|soil|border|airspace|waters))/,
    // "would keep striking ⟨B⟩ positions": whom the act threatened falls on.
    /\b(?:strik(?:e|es|ing)|attack(?:s|ing)?|target(?:s|ing)?|hit(?:s|ting)?|punish(?:es|ing)?|sanction(?:s|ing)?|respond(?:s|ing)? to|pursu(?:e|es|ing)|hunt(?:s|ing)? down|track(?:s|ing)? down) (?:the )?⟨(\d+)⟩/,
    // "will target any ship linked to ⟨B⟩": a threat to all that belongs to a party is aimed at that party.
    /\b(?:any|every|all) (?:[\w-]+ ){1,2}(?:linked to|tied to|connected (?:to|with)|belonging to|bound for|owned by|headed for|heading to|serving|trading with) (?:the )?⟨(\d+)⟩/,
  ];
  for (const re of patterns) {
    const m = re.exec(words);
    if (m && actor(Number(m[1])) && (re === patterns[0] || units[Number(m[1])]!.mention.form !== 'demonym'))
      return Number(m[1]);
  }
  const forces = new RegExp(`⟨(\\d+)⟩ (?:[a-z-]+ )?${DONE_BY}`).exec(words);
  if (forces && actor(Number(forces[1]))) return Number(forces[1]);
  return ownerOfSubject(entities, words, units, own);
}

/**
 * Whose doing a clause's subject is, named by a possessive: "the entity's moves threaten ...", "ships of ⟨B⟩'s shadow
 * fleet were endangering cables" are ⟨B⟩'s; null when the subject names no actor so, or names what is its own
 * ("⟨B⟩'s territory").
 */
export function ownerOfSubject(entities: Entities, words: string, units: Unit[], own: string[] = []): number | null {
  const m = /^\s*(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?⟨(\d+)⟩(?=[’']s)/.exec(words);
  if (!m) return null;
  const key = units[Number(m[1])]!.mention.key;
  return isActorType(entities.get(key)?.type) && !own.includes(key) && DOING_POSSESSIVE.test(words.slice(m[0].length))
    ? Number(m[1])
    : null;
}

/** The state named last before a point of the text, within `within` characters of it. */
export function lastStateBefore(entities: Entities, at: number, within = Infinity): string | null {
  return entities.lastNamedBefore(at, (e) => e.type === 'State', within);
}

/** The table of parties named by what they are rather than by name (referents.json). */
const table = z
  .object({
    addressees: z.object({
      note: z.string(),
      entries: z.array(
        z.object({
          phrases: z.array(z.string()).min(1),
          kinds: z.array(z.string()).min(1),
          party: z.string(),
          unless: z.string().optional(),
        }),
      ),
    }),
    repeated: phraseGroup,
    circle: z.object({ note: z.string(), phrases: z.array(z.string()).min(1) }),
    drafter: z.object({
      reason: z.array(z.string()),
      voteReason: z.object({
        note: z.string(),
        votes: z.array(z.string()).min(1),
        because: z.array(z.string()).min(1),
      }),
      note: z.string(),
      opening: z.array(z.string()).min(1),
      before: z.array(z.string()).min(1),
      after: z.array(z.string()).min(1),
    }),
    authored: z.object({ note: z.string(), nouns: z.array(z.string()).min(1) }),
    agent: z.object({
      note: z.string(),
      infinitive: z.array(z.string()).min(1),
      men: z.array(z.string()).min(1),
      patientOf: z.array(z.string()).min(1),
    }),
    document: z.object({
      note: z.string(),
      determiners: z.array(z.string()).min(1),
      nouns: z.array(z.string()).min(1),
    }),
    judgedText: z.object({
      note: z.string(),
      measures: z.array(z.string()).min(1),
      madeBy: z.object({ note: z.string(), participles: z.array(z.string()).min(1) }),
    }),
    vetoer: z.object({ note: z.string(), opening: z.array(z.string()).min(1) }),
    doerAsked: phraseGroup,
    warnedOf: z.object({
      note: z.string(),
      refusals: z.array(z.string()).min(1),
      consequences: z.array(z.string()).min(1),
    }),
  })
  .parse(dataTable('referents.json'));

/**
 * "it was absurd for ⟨B⟩ to sponsor", "it is irresponsible of ⟨B⟩ to send": the party an infinitive's act is told of,
 * after an impersonal verdict; not "the ability of ⟨B⟩ to deliver", "the calls of ⟨B⟩ to talk".
 */
const AGENT_OF_INFINITIVE = new RegExp(
  String.raw`\b(?:it|this|that) (?:is|was|were|would be|had been|has been|will be|seems|seemed) (?:[\w-]+ ){1,3}?(?:${table.agent.infinitive.join('|')}) (?:the )?⟨(\d+)⟩ (?:not )?to (?!the\b|a\b|an\b)[a-z]+`,
  'i',
);
/** "⟨American⟩ warships had ...", opening the words: a party's men or craft, named by its demonym. */
const AGENT_MEN = new RegExp(String.raw`^\s*(?:that\s+)?(?:the\s+)?⟨(\d+)⟩ (?:${table.agent.men.join('|')})\b`, 'i');
/** "arming ⟨B⟩", "of supplying the ⟨B⟩": a gerund before a party whom the act is done to or for. */
const PATIENT_BEFORE = new RegExp(String.raw`\b(?:${table.agent.patientOf.join('|')})\s+(?:the\s+)?$`, 'i');

/** "our allies", "members": a body named by what its members are to the speaker, opening the words of a claim of these kinds. */
export const ADDRESSEES = table.addressees.entries.map((e) => ({
  opening: new RegExp(String.raw`^(?:${e.phrases.join('|')})(?![\p{L}-])`, 'iu'),
  // Read with its case: "all Members" of the Organization are not "all members" of the Council.
  unless: e.unless ? new RegExp(e.unless, 'u') : null,
  kinds: e.kinds,
  party: e.party,
}));

/** "our partners in the ⟨EU⟩ ...": the speaker's circle by where its members sit, before the party it names. */
export const CIRCLE = new RegExp(String.raw`^(?:${table.circle.phrases.join('|')})`, 'iu');

/** "stop its raids", "Azerbaijan withdraw its troops": a demand only the doer of an act can meet, opening the words asked. */
export const DOER_ASKED = new RegExp(
  String.raw`^(?:that )?(?:(?:the )?(?:\p{Lu}[\p{L}’'-]*\s+){1,4})?(?:to )?(?:(?:immediately|also|urgently|fully|strictly) )?(?:${table.doerAsked.phrases.join('|')})(?![\p{L}])`,
  'u',
);

/** "any further violation", "any new incursion": an act warned against as done again. */
export const REPEATED = new RegExp(String.raw`\b(?:${table.repeated.phrases.join('|')})\b`, 'i');

/** "the penholder had ignored ...": a claim whose words open with the member that drafted the text voted on. */
export const DRAFTER = new RegExp(
  String.raw`(?:^|\b(?:${table.drafter.reason.join('|')}) )(?:${table.drafter.opening.join('|')})\b`,
  'i',
);
const DRAFTED_BY = new RegExp(String.raw`(?:${table.drafter.before.join('|')})$`, 'i');
const WHICH_DRAFTED = new RegExp(String.raw`^(?:${table.drafter.after.join('|')})`, 'i');

/** "The draft (document S/...), tabled by ⟨A⟩, received ...": a sentence opening on the text voted on. */
export const OPENS_ON_DOCUMENT = new RegExp(
  String.raw`^\s*(?:${table.document.determiners.join('|')}) (?:[\w-]+ ){0,2}?(?:${[...table.authored.nouns, ...table.document.nouns].join('|')})\b(?! of\b)`,
  'i',
);

/**
 * "the text was one-sided and ignored ...", "sanctions had failed to stop ...", "abstained because the draft would
 * have ...": words that open on the text voted on or its measures, after the reason for a vote if any.
 */
export const OPENS_ON_TEXT = new RegExp(
  String.raw`^(?:[^;]{0,80}?\b(?:${table.drafter.voteReason.votes.join('|')})\b[^;]{0,60}?\b(?:${table.drafter.voteReason.because.join('|')}) )?(?:(?:${table.document.determiners.join('|')}) (?:[\w-]+ ){0,2}?(?:${[...table.authored.nouns, ...table.document.nouns].join('|')})|${table.judgedText.measures.join('|')})\b(?! of\b)`,
  'i',
);

/** "the measures taken by ⟨B⟩": the words before a party named as the maker of the text or the measures. */
export const MADE_BY = new RegExp(
  String.raw`\b(?:${table.judgedText.madeBy.participles.join('|')}) by (?:the )?$`,
  'i',
);

/** "one permanent member had blocked ...": a claim whose words open with the member that cast the veto. */
export const VETOER = new RegExp(String.raw`^(?:that )?(?:${table.vetoer.opening.join('|')})\b`, 'i');

/** The state the draft records as casting a veto, when it records exactly one. */
export function vetoerOf(entities: Entities): string | null {
  const found = new Set<string>();
  for (const e of entities.byKey.values())
    if (e.type === 'Event' && e.props.category === 'VETO')
      for (const l of entities.links)
        if (l.type === 'PARTICIPATED_IN' && l.to === e.key && entities.get(l.from)?.type === 'State') found.add(l.from);
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The state a text names as drafting the text voted on ("tabled by ⟨A⟩", "⟨A⟩, which drafted the text",
 * "the representative of ⟨A⟩, penholder on the file"), when it names exactly one.
 */
export function drafterOf(text: string, entities: Entities): string | null {
  const found = new Set<string>();
  for (const e of entities.byKey.values()) {
    if (e.type !== 'State') continue;
    for (const m of e.mentions)
      if (
        DRAFTED_BY.test(text.slice(Math.max(0, m.start - 80), m.start)) ||
        WHICH_DRAFTED.test(text.slice(m.end, m.end + 80))
      )
        found.add(e.key);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** "⟨A⟩ would not tolerate a ⟨B⟩ base": the party whose act or presence is refused, named by name or by its people. */
const REFUSED = new RegExp(
  String.raw`^\s*(?:[^⟨,;]{0,30}?\bthat\s+)?(?:(?:the\s+)?⟨\d+⟩|it|we|they)\s+(?:would|will|could|can|shall|did|does|do)?\s*(?:not|never)\s+(?:(?:ever|again)\s+)?(?:${table.warnedOf.refusals.join('|')})\s+(?:any\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:the\s+)?⟨(\d+)⟩`,
  'i',
);
/**
 * "any transfer of ⟨B⟩ missiles to ⟨C⟩ would ...": the party whose act, any one of them, opens what will follow; not
 * one the act is done to or in ("any attack on ⟨Venezuelan⟩ territory", "any ship entering ⟨Canadian⟩ waters").
 */
const ANY_ACT = new RegExp(
  String.raw`^\s*(?:[^⟨,;]{0,30}?\bthat\s+)?any\s+(?:[\w-]+\s+){0,6}?(?<!\b(?:on|against|into|in|to|at|over|near|across|towards?|within|inside|onto|upon|[a-z]+ing)\s+(?:the\s+)?)(?:the\s+)?⟨(\d+)⟩(?!\s+(?:[\w-]+\s+)?(?:territory|airspace|waters|soil|borders?|sovereignty|coast|shores?|side|people|citizens|nationals))[^,;]{0,40}?\s(?:${table.warnedOf.consequences.join('|')})\b`,
  'i',
);

/**
 * Whom a warning is aimed at when its subject is not (referents.json, warnedOf): the party whose act or presence the
 * subject refuses ("⟨A⟩ would not tolerate a ⟨Turkish⟩ base"), or whose act, any one, opens what will follow ("any
 * transfer of ⟨Iranian⟩ missiles would be met ..."); null otherwise, or when that party is the speaker's own.
 */
export function refusedParty(entities: Entities, words: string, units: Unit[], own: string[] = []): number | null {
  const m = REFUSED.exec(words) ?? ANY_ACT.exec(words);
  if (!m) return null;
  const key = units[Number(m[1])]!.mention.key;
  const party = entities.partOf.find((p) => p.from === key && entities.get(p.to)?.type === 'State')?.to ?? key;
  return isActorType(entities.get(key)?.type) && !own.includes(key) && !own.includes(party) ? Number(m[1]) : null;
}
