import { isActorType, SECURITY_COUNCIL_KEY } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { ATTRIBUTION, BOTH_PARTIES, opensWithDescribed, REDRESS, UNNAMED } from './lexicon.js';
import { ADDRESSEES, CIRCLE, DRAFTER, drafterOf, lastStateBefore, REPEATED, VETOER, vetoerOf } from './referents.js';
import { LAID_MEASURE } from './measures.js';
import type { ClaimDraft } from './types.js';
import { side } from './denied.js';
import { aboutParty } from './about-party.js';
import { ownSide, partyOf } from './own-side.js';
import { passageState } from './reference.js';
import { CAPABILITY } from './own-voice.js';
import { demandOfWarring, onlyCalm, STATES_ONLY, WARRING } from './warring.js';
import { FORCES_OF_NONE, FORCES_TOLD, OWED } from './demanded.js';

/**
 * What a reader records for a claim whatever sentence form found it: a
 * position is aimed at no one, "both sides" are the two states the text
 * is about, and words that only say who spoke make no claim. Run on the
 * whole draft, after targets are chosen.
 */
export function settleClaims(claims: ClaimDraft[], entities: Entities, home?: string, text = ''): ClaimDraft[] {
  const parties = mainStates(entities);
  const drafter = drafterOf(text, entities);
  const vetoer = vetoerOf(entities);
  // The claims that take a side against someone, as drafted before any are settled: who each side's adversary is.
  const adversaries = claims.filter((c) => c.target && ADVERSARIAL.has(c.kind));
  const settled: ClaimDraft[] = [];
  // A denial's answer indexes the claims: kept pointing at the same claim, or at none when that one is left out.
  const moved = new Map<number, number>();
  claims.forEach((c, i) => {
    moved.set(i, settled.length);
    // The Security Council is where the speakers speak, not a party: what they warn of, find or deny is not aimed at
    // it ("warned that the Force could not protect civilians", "the report confirmed what his Government had told the
    // Council"); what they ask of it or fault it for is.
    // Thanking it, though, is aimed at it ("thanked the Council").
    // A denial of the Council's own charge ("imposed an embargo on ⟨B⟩, accusing it of ..., a charge ⟨B⟩ rejected") is.
    const answered = typeof c.answers === 'number' ? claims[c.answers] : undefined;
    const ownCharge = c.kind === 'DENY' && answered?.speaker === FORUM && answered.kind === 'ACCUSE';
    if (c.target === FORUM && !ADDRESSED.has(c.kind) && !c.thanked && !ownCharge) c.target = null;
    // "asked the ⟨Russian Embassy in Oslo⟩ for an explanation": what is asked of or held against an embassy is its state's.
    // A notice or thanks given to an embassy ("conveyed clearance to the Embassy") is aimed at the embassy itself.
    if (c.target && !(c.kind === 'STATE' && c.thanked)) c.target = envoyState(c.target, entities) ?? c.target;
    // "the penholder had ignored the views of the host country": the subject of what is judged is the member that drafted
    // the text, whatever other party the words name after it.
    if (AIMED.has(c.kind) && drafter && drafter !== side(c) && DRAFTER.test(c.allegation)) c.target = drafter;
    // "regretted that one permanent member had blocked ...": the member that vetoed, in coverage of a veto.
    if (VETOED.has(c.kind) && vetoer && vetoer !== side(c) && VETOER.test(c.allegation)) c.target = vetoer;
    if (c.kind === 'STATE') {
      // A position states where the speaker stands; whom its words name is not whom it is aimed at.
      if (onlyAttribution(c.allegation)) {
        moved.delete(i);
        return;
      }
      // "the Government of ⟨A⟩ has decided to break off relations with ⟨B⟩": a measure of the speaker's own is aimed at whom it falls on.
      // "the authorities in ⟨Tripoli⟩ had lost ...", "⟨Algerian⟩ gunboats could close ...": one whose subject is another
      // party is aimed at it (about-party.ts).
      // "thanked ⟨B⟩ for ...", "welcomed ⟨B⟩'s offer": a position aimed at the party thanked (thanked.ts) keeps its aim.
      // "barring the sale of weapons to ⟨B⟩": a deciding organ's measure is aimed at whom it falls on (measures.ts).
      if (!(c.target && (MEASURE.test(c.allegation) || LAID_MEASURE.test(c.allegation) || c.thanked)))
        c.target = aboutParty(c, entities, text);
    }
    // "urged both governments to exercise restraint", "called on the two neighbours to talk": a demand of each of the
    // two parties the text sets against each other (the gold's list of two addressees), aimed at neither when the text
    // sets no two apart.
    // "urged both sides to protect civilians" where the text names the fighting between two parties: of those two.
    if (c.kind === 'DEMAND' && !c.target && (BOTH_PARTIES.test(c.allegation) || WARRING.test(c.allegation))) {
      // "urged both governments to exercise restraint": calm alone asked of states as such, like a call for restraint, is
      // asked of no one in particular; "urged both sides to exercise restraint" names the two sides of the quarrel the
      // text tells, and asks it of each.
      const two =
        onlyCalm(c.allegation) && !SIDES.test(c.allegation)
          ? null
          : (demandOfWarring(c, text, entities) ??
            (BOTH_PARTIES.test(c.allegation) ? opposedPair(c, adversaries, entities, parties) : null));
      settled.push(...(two ? two.map((t) => ({ ...c, target: t, about: [...c.about] })) : [c]));
      return;
    }
    // "We call on our partners in the ⟨EU⟩ and ⟨NATO⟩ to ...": a demand of each party its circle is named by.
    const circle = !c.target && c.kind === 'DEMAND' ? circleOf(c, entities, text) : [];
    if (circle.length) {
      settled.push(...circle.map((t) => ({ ...c, target: t, about: [...c.about] })));
      return;
    }
    if (!c.target && AIMED.has(c.kind) && opensWithDescribed(c.allegation))
      c.target = describedParty(c, entities, parties, text);
    // "We call on our allies to ...", "called on members to lift it": a body named by what its members are to the speaker.
    else if (!c.target && addresseeOf(c, entities)) c.target = addresseeOf(c, entities);
    // "Poland will respond to any further violation of its airspace": a warning against doing it again is aimed at whoever
    // the speaker holds did it, the party its other claims in the text are aimed at.
    else if (!c.target && c.kind === 'WARN' && REPEATED.test(c.allegation)) c.target = adversaryOf(c, adversaries);
    // "It is not ⟨A⟩ that invaded a neighbour": a charge the speaker's side turns away from itself, at its adversary.
    else if (!c.target && c.kind === 'ACCUSE' && DISOWNED.test(c.allegation)) c.target = adversaryOf(c, adversaries);
    // "⟨A⟩ will take all necessary measures", "strongly condemns this act": in a state's own statement or briefing, its
    // warning or criticism that names no one is aimed at its adversary, the other state the text is about, when one stands out.
    else if (
      !c.target &&
      (c.kind === 'WARN' || c.kind === 'CRITICIZE') &&
      !(c.kind === 'WARN' && (UNNAMED.test(c.allegation) || CAPABILITY.test(c.allegation))) &&
      home &&
      [c.speaker, c.onBehalfOf].includes(home)
    )
      c.target = otherParty(c, entities, parties);
    // "demands the immediate release of our fishermen": redress asked for in a state's own statement is asked of its adversary.
    else if (c.kind === 'CALL_FOR' && home && [c.speaker, c.onBehalfOf].includes(home) && REDRESS.test(c.allegation)) {
      c.target = otherParty(c, entities, parties);
      if (c.target) c.kind = 'DEMAND';
    }
    // "demanded that the restrictions be lifted", "demanding that samples be handed over": what is to be done, told in
    // the passive after a verb of demanding, is asked of the party the speaker's side stands against, which alone can do
    // it ("urged that the facts be established" asks it of no one in particular).
    if (!c.target && (c.kind === 'DEMAND' || c.kind === 'CALL_FOR') && demandedDone(c, text)) {
      const owing = lastOpposed(c, adversaries) ?? adversaryOf(c, adversaries);
      if (owing) [c.target, c.kind] = [owing, 'DEMAND'];
    }
    // "demanded that the troops withdraw at once": men or craft told to act after "demand" are asked it, of the party the
    // speaker's side stands against; "demanded that foreign warships leave the strait" names men of no one in particular.
    else if (!c.target && c.kind === 'CALL_FOR' && demandedOfForces(c, text))
      [c.target, c.kind] = [
        FORCES_OF_NONE.test(c.allegation) ? null : (lastOpposed(c, adversaries) ?? adversaryOf(c, adversaries)),
        'DEMAND',
      ];
    // "demanded an explanation", "demanded the immediate release of the crew": what only a wrong's doer can give is
    // asked of the party the speaker's side stands against.
    else if (!c.target && c.kind === 'CALL_FOR' && OWED.test(c.allegation) && afterDemanding(c, text)) {
      const owing = lastOpposed(c, adversaries) ?? adversaryOf(c, adversaries);
      if (owing) [c.target, c.kind] = [owing, 'DEMAND'];
    }
    settled.push(c);
  });
  for (const c of settled) if (typeof c.answers === 'number') c.answers = moved.get(c.answers) ?? null;
  return settled;
}

/** "It is not ⟨A⟩ that ...", "it was not we who ...": a wrong the speaker's side says is not its own. */
const DISOWNED = /\b[Ii]t (?:is|was) not\b[^.;]{1,60}? (?:that|who|which)\b/;

/**
 * The party the speaker's side stood against last, in the claim's own sentence or the two before it: whom a demand
 * following up a charge ("accused ⟨B⟩ of staging a show ..., demanding that samples be handed over") asks.
 */
function lastOpposed(c: ClaimDraft, adversaries: ClaimDraft[]): string | null {
  const own = [c.speaker, c.onBehalfOf].filter(Boolean) as string[];
  const before = adversaries.filter(
    (d) =>
      d !== c &&
      d.sentenceIndex <= c.sentenceIndex &&
      d.sentenceIndex >= c.sentenceIndex - 2 &&
      [d.speaker, d.onBehalfOf].some((s) => s && own.includes(s)) &&
      !own.includes(d.target!) &&
      d.target !== FORUM,
  );
  return before.at(-1)?.target ?? null;
}

/** A passive that-clause, what is to be done with no doer named: "that the fine be annulled", "such acts not be repeated". */
const DONE_ASKED = /^(?:that )?(?!all\b|every\b|each\b)[^⟨,;]{0,60}? (?:not )?be [a-z]+(?:ed|en|wn)\b/i;
/** A verb of demanding right before a claim's words: "demanded that", "demanding". */
const DEMANDING = /\bdemand(?:s|ed|ing)?(?: that)?\s*$/i;

/** A claim asking in the passive, after "demand", that something be done. */
function demandedDone(c: ClaimDraft, text: string): boolean {
  return DONE_ASKED.test(c.allegation) && afterDemanding(c, text);
}

/** A demand, after "demand", that forces or craft do something. */
function demandedOfForces(c: ClaimDraft, text: string): boolean {
  return FORCES_TOLD.test(c.allegation) && afterDemanding(c, text);
}

/** Whether a claim's words follow a verb of demanding in its sentence. */
function afterDemanding(c: ClaimDraft, text: string): boolean {
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const at = sentence.indexOf(c.allegation);
  return at > 0 && DEMANDING.test(sentence.slice(0, at));
}

/** "both sides", "the two sides", "both parties": the two sides of a quarrel, not states as such ("both governments"). */
const SIDES = /^(?:both|the two) (?:sides|parties)\b/i;

/** A decision the speaker's side has taken, or sanctions it imposed, told as done: a measure, whose words name whom it falls on. */
const MEASURE =
  /\b(?:has|have|had) (?:today |now |therefore |also |consequently )?decided (?:today |therefore |also )?(?:to|that)\b|\b(?:imposed|adopted) (?:[\w-]+ ){0,5}?sanctions (?:on|against)\b/i;

/** An embassy, a consulate or a high commission: whom a claim aimed at it is aimed at, the state it serves. */
function envoyState(key: string, entities: Entities): string | null {
  const record = entities.get(key);
  if (record?.type !== 'Organization' || !/\b(?:Embassy|Consulate|High Commission)\b/i.test(record.name)) return null;
  return entities.partOf.find((p) => p.from === key && entities.get(p.to)?.type === 'State')?.to ?? null;
}

/** The body the speakers of a meeting address, and the kinds of claim that may be aimed at it. */
const FORUM = SECURITY_COUNCIL_KEY;
const ADDRESSED = new Set<ClaimDraft['kind']>(['DEMAND', 'CRITICIZE', 'CALL_FOR']);

/** The kinds of claim a vetoing member named by what it is may be the target of. */
const VETOED = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE']);

/** The kinds of claim whose words open with whom they are aimed at ("accused the military of ..."). */
const AIMED = new Set<ClaimDraft['kind']>(['ACCUSE', 'DEMAND', 'CRITICIZE', 'WARN', 'DENY']);

/**
 * "accused the government of ...", "urged the administration to ...", "accused its neighbour of ...": a party
 * named by what it is. A state speaking means another state, the one the text is most about beside it, when
 * one is (a state's "neighbour" is never itself); a voice of no state (a party, a rights group, an analyst) means the
 * state the text has just been speaking of.
 */
function describedParty(c: ClaimDraft, entities: Entities, parties: string[], text: string): string | null {
  const side = c.onBehalfOf ?? c.speaker;
  if (side.startsWith('state:')) return otherParty(c, entities, parties);
  // "Opposition deputy ⟨X⟩ accused the government of ...": the opposition's government is that of the country the text
  // is about, the state it names most, whichever state was named last.
  if (OPPOSITION.test(text.slice(c.sentence.start, c.sentence.end)) && parties[0]) return parties[0];
  // What is asked of "the government" is asked of the one last named; what it is faulted for, of the state the passage
  // is about (reference.ts).
  if (c.kind !== 'ACCUSE' && c.kind !== 'CRITICIZE') return lastStateBefore(entities, c.sentence.start);
  const at = text.indexOf(c.allegation, c.sentence.start);
  return passageState(entities, text, c.sentence, at >= 0 ? at : c.sentence.start, ownSide(c, entities));
}

/** A voice of a country's opposition: "Opposition deputy ...", "The opposition ... Party". */
const OPPOSITION =
  /\b[Oo]pposition (?:(?:deputy|lawmaker|leader|legislator|senator|MP|politician|figure|member)\b|\p{Lu})/u;

/** The state the text is most about beside the claim's own, when one is ("Peru and Chile held talks" names neither). */
function otherParty(c: ClaimDraft, entities: Entities, parties: string[]): string | null {
  const side = c.onBehalfOf ?? c.speaker;
  const [first, second] = parties.filter((s) => s !== side).map((k) => ({ k, n: entities.get(k)!.mentions.length }));
  return first && (!second || first.n > second.n) ? first.k : null;
}

/**
 * "Colonel ⟨X⟩ told reporters in ⟨Y⟩", "⟨X⟩ said in ⟨Y⟩", "a news conference": words that say only who spoke
 * and where, names and these words alone.
 */
function onlyAttribution(words: string): boolean {
  const rest = words
    .replace(ATTRIBUTION, ' ')
    .replace(/\b\p{Lu}[\p{L}.'’-]*/gu, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return rest === '';
}

/** The states the text names most often, the most named first. */
function mainStates(entities: Entities): string[] {
  return [...entities.byKey.values()]
    .filter((e) => e.type === 'State' && e.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((e) => e.key);
}

/** The kinds of claim that take a side against someone: whom a side's adversary is, is read from them. */
export const ADVERSARIAL = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE', 'WARN', 'DENY']);

/**
 * The party a side's other claims in the text are most often aimed at (itself aside), when one stands out: a
 * statement, a spokesperson or a delegate in a dispute takes one side against one other. A claim of c's own sentence
 * counts `sameSentence` (a denial's own sentence says the speaker's charge, not whom the denial answers).
 */
export function adversaryOf(c: ClaimDraft, claims: ClaimDraft[], sameSentence = 1): string | null {
  const own = [c.speaker, c.onBehalfOf].filter(Boolean) as string[];
  const counts = new Map<string, number>();
  for (const d of claims)
    if (
      d !== c &&
      d.target &&
      ADVERSARIAL.has(d.kind) &&
      [d.speaker, d.onBehalfOf].some((s) => s && own.includes(s)) &&
      !own.includes(d.target) &&
      // The body a meeting's speakers address, faulted for failing to act, is not the side they stand against.
      d.target !== FORUM
    )
      counts.set(d.target, (counts.get(d.target) ?? 0) + (d.sentenceIndex === c.sentenceIndex ? sameSentence : 1));
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 1 && (!second || second[1] < first[1]) ? first[0] : null;
}

/** The body a demand opening with what its members are to the speaker is aimed at, when the text names that body. */
function addresseeOf(c: ClaimDraft, entities: Entities): string | null {
  const entry = ADDRESSEES.find(
    (a) => a.kinds.includes(c.kind) && a.opening.test(c.allegation) && !a.unless?.test(c.allegation),
  );
  return entry && entities.get(entry.party) ? entry.party : null;
}

/**
 * "our partners in the ⟨European Union⟩ and ⟨NATO⟩": the parties named right after the speaker's circle, one or several
 * joined by commas and "and"; none when the words do not open so.
 */
function circleOf(c: ClaimDraft, entities: Entities, text: string): string[] {
  const circle = CIRCLE.exec(c.allegation);
  const at = circle ? text.indexOf(c.allegation, c.sentence.start) : -1;
  if (!circle || at < 0) return [];
  const end = at + c.allegation.length;
  const mentions = [...entities.byKey.values()]
    .filter((e) => isActorType(e.type) && e.type !== 'Person')
    .flatMap((e) => e.mentions.filter((m) => m.start >= at && m.end <= end).map((m) => ({ key: e.key, ...m })))
    .sort((a, b) => a.start - b.start);
  const named: string[] = [];
  let from = at + circle[0].length;
  for (const m of mentions) {
    if (m.start < from) continue;
    if (!(named.length ? /^(?:,|,? and) (?:the )?$/ : /^$/).test(text.slice(from, m.start))) break;
    if (!named.includes(m.key)) named.push(m.key);
    from = m.end;
  }
  return named;
}

/**
 * The two parties a text sets against each other, neither of them the claim's own side: of the parties its drafted
 * accusations, criticisms, warnings and denials join (one aimed at the other; an armed service or a ministry counting
 * as its state), the state the text names most and the party joined to it most often (the more named first on a tie);
 * else the two states the text names most when a third trails them; null when no two stand apart.
 */
function opposedPair(c: ClaimDraft, adversaries: ClaimDraft[], entities: Entities, parties: string[]): string[] | null {
  const own = [c.speaker, c.onBehalfOf].map((k) => k && partyOf(entities, k));
  const n = (k?: string) => (k ? (entities.get(k)?.mentions.length ?? 0) : 0);
  const pairs = adversaries
    .map((a) => [partyOf(entities, side(a)), partyOf(entities, a.target!)] as const)
    .filter(([x, y]) => x !== y && ![x, y].some((k) => own.includes(k) || !isParty(entities, k, c.allegation)));
  const top = parties.find((s) => !own.includes(s) && pairs.some((p) => p.includes(s)));
  const counts = new Map<string, number>();
  for (const [x, y] of pairs)
    if (top && (x === top || y === top)) counts.set(x === top ? y : x, (counts.get(x === top ? y : x) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || n(b[0]) - n(a[0]));
  if (top && best) return [top, best[0]];
  const states = parties.filter((s) => !own.includes(s));
  return states.length >= 2 && n(states[1]) > n(states[2]) ? states.slice(0, 2) : null;
}

/** A party "both sides" may name: a state, or a body or armed group the text names; "both governments" only a state. */
function isParty(entities: Entities, key: string, words: string): boolean {
  const type = entities.get(key)?.type ?? '';
  return type === 'State' || (type === 'Organization' && !STATES_ONLY.test(words));
}
