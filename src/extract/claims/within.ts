import { z } from 'zod';
import { isActorType, SECURITY_COUNCIL_KEY } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { dataTable, phraseGroup } from '../tables.js';
import type { Span } from '../types.js';
import { respondersIn } from './reference.js';
import { ownSide, partyOf } from './own-side.js';
import { ACCESS_DENIED, DONE_FROM_UNNAMED, opensWithDescribed } from './lexicon.js';
import { RESOLVE_TO_ACT } from './content.js';
import type { ClaimDraft } from './types.js';

/**
 * A claim drafted with no one to aim at, whose own words name the party it is about: "warned that any attack from
 * ⟨Belarusian⟩ territory would make ⟨Belarus⟩ a party to the war", "warned that further measures were possible if
 * ⟨Tehran⟩ continued", "condemned the beheading of civilians by ⟨the insurgents⟩", "⟨Bogota⟩ was trying to hide its
 * own failure". A warning is aimed at whom it warns, a criticism or an accusation at the doer of what it judges, a
 * finding at whom it implicates; in the words, that party is the one named other than as what is done to (after "on",
 * "against", "to", "of" ...: "any attack on ⟨Guyana⟩" warns the attacker, not ⟨Guyana⟩). Aimed only when one party,
 * not the speaker's own side, stands so named. Run on the whole draft, after targets are chosen and settled.
 */

const table = z
  .object({
    note: z.string(),
    clause: phraseGroup,
    relative: phraseGroup,
    agent: phraseGroup,
    addressee: phraseGroup,
    anaphor: phraseGroup,
    obliged: phraseGroup,
    organs: phraseGroup,
  })
  .parse(dataTable('within.json'));

/** What may stand between the words that place a party and its name: an article, a possessive, "the former". */
const DETERMINER = String.raw`(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|any|former|new|current)\s+)*`;
const before = (phrases: string[], opening = false) =>
  new RegExp(
    String.raw`${opening ? '(?:^|' : '(?:'}(?:${phrases.map((p) => (/^\p{L}/u.test(p) ? String.raw`\b${p}` : p)).join('|')}))\s*${DETERMINER}$`,
    'iu',
  );

/** Where the subject of a clause stands: at the start of the words said, or after a word that opens a clause. */
const SUBJECT = before(table.clause.phrases, true);
/** Where the subject of a clause stands in the sentence before a criticism: as above, or after "which". */
const TOLD = before([...table.clause.phrases, ...table.relative.phrases], true);
/** Where the doer of a deed told in the passive stands: "by ⟨X⟩". */
const AGENT = before(table.agent.phrases);
/** Where a warning names whom it warns: "would make ⟨X⟩ a party". */
const ADDRESSEE = before(table.addressee.phrases);

/** A criticism's words opening with an act named before ("the test as reckless", "it premature"). */
const ANAPHOR = new RegExp(String.raw`^(?:${table.anaphor.phrases.join('|')})\b`, 'i');

/**
 * Words that are only a noun phrase, short, with no clause of their own ("the outcome", "the initiative from the
 * start"): what they name was told before. Words with a verb ("the draft had not been adopted", "the decision to
 * maintain ...") say what they judge themselves.
 */
const bareAct = (words: string) => words.split(/\s+/).length <= 6 && !CLAUSE.test(words);
const CLAUSE =
  /\b(?:is|are|was|were|be|been|being|had|has|have|would|will|could|can|should|must|may|might|did|does|do|to|which|that|who)\b|[,;]/i;

/**
 * "⟨X⟩ should", "⟨X⟩ members must": what follows a party that an outcome asked for is asked of; "⟨X⟩ must (not) be
 * allowed to ..." asks it of whoever would allow it, no one named.
 */
const OBLIGED = new RegExp(
  String.raw`^(?:[’']s)?(?:\s+(?:${table.organs.phrases.join('|')}))?\s+(?:${table.obliged.phrases.join('|')})\b(?!\s+(?:not\s+|never\s+)?(?:be|have been)\b)`,
  'i',
);
/** "it should", "they must": a party named before, obliged. */
const PRONOUN_OBLIGED = new RegExp(
  String.raw`^(?:it|they)\s+(?:${table.obliged.phrases.join('|')})\b(?!\s+(?:not\s+|never\s+)?(?:be|have been)\b)`,
  'i',
);

/**
 * Where each kind of claim names whom it is aimed at. A finding is left alone: a monitor's "delivered by ⟨X⟩" is, as
 * the reader records it, aimed at no one.
 */
const PLACES = new Map<ClaimDraft['kind'], RegExp[]>([
  ['WARN', [SUBJECT, AGENT, ADDRESSEE]],
  ['CRITICIZE', [SUBJECT, AGENT]],
  ['ACCUSE', [SUBJECT, AGENT]],
]);

/**
 * Aims each claim drafted with no target at the one party its words name as doer or addressee; else a criticism of an
 * act its words name as told before ("condemned the test as reckless") at the one party the sentence before names as
 * its subject ("... when a ⟨Russian⟩ missile destroyed a defunct satellite").
 */
export function aimWithin(claims: ClaimDraft[], entities: Entities, text: string, sentences: Span[]): ClaimDraft[] {
  for (const c of claims) {
    if (c.kind === 'CALL_FOR' && !c.target) obliged(c, entities, text);
    const places = PLACES.get(c.kind);
    // "⟨A⟩ would not hesitate to ...": the party resolving to act is the one warning, aimed by content.ts.
    if (c.target || !places || (c.kind === 'WARN' && RESOLVE_TO_ACT.test(c.allegation))) continue;
    // "the ⟨OSCE⟩ monitors had been denied access", "⟨B⟩ had been armed from abroad": the party the words open on
    // suffered the wrong, whose doer they leave unnamed (said.ts).
    if (c.kind === 'ACCUSE' && (ACCESS_DENIED.test(c.allegation) || DONE_FROM_UNNAMED.test(c.allegation))) continue;
    const span = wordsOf(c, text);
    if (!span) continue;
    const own = ownSide(c, entities);
    // "warned that ⟨Ankara⟩ would respond ...": the side that threatens to respond is not the one warned (reference.ts).
    if (c.kind === 'WARN') for (const k of respondersIn(entities, text, span)) own.add(k);
    c.target = onlyParty(entities, text, span, places, own);
    const before = sentences[c.sentenceIndex - 1];
    // A commentator speaking for no one judges a kind of act ("the veto has become a tool ..."), not its doer.
    const commentator = entities.get(c.speaker)?.type === 'Person' && !c.onBehalfOf;
    // "criticized the government for the delays" names a party by what it is, which the conventions read (conventions.ts).
    const act = ANAPHOR.test(c.allegation) && bareAct(c.allegation) && !opensWithDescribed(c.allegation);
    if (!c.target && c.kind === 'CRITICIZE' && before && !commentator && act)
      c.target = onlyParty(entities, text, before, [TOLD, AGENT], own);
  }
  return claims;
}

/**
 * "⟨Iran⟩ should stop arming militias", "⟨Council⟩ members should listen to the region", "If ⟨Iran⟩ is worried about
 * stability, it should stop ...": an outcome asked for whose words open with a party as the subject of an obligation
 * asks it of that party, a demand of it. Not of the speaker's own side ("our forces must ...").
 */
function obliged(c: ClaimDraft, entities: Entities, text: string) {
  const span = wordsOf(c, text);
  if (!span) return;
  const own = ownSide(c, entities);
  const words = text.slice(span.start, span.end);
  let party: string | null = null;
  for (const record of entities.byKey.values()) {
    if (!isActorType(record.type) || own.has(record.key) || own.has(partyOf(entities, record.key))) continue;
    for (const m of record.mentions)
      if (
        m.start >= span.start &&
        m.end <= span.end &&
        SUBJECT.test(text.slice(span.start, m.start)) &&
        OBLIGED.test(text.slice(m.end, span.end))
      )
        party ??= record.key;
  }
  // "If ⟨Iran⟩ is worried ..., it should ...": the pronoun stands for the one party the sentence named before it.
  const pronoun = /(?:^|[,;]\s+)(?=(?:it|they)\s)/i.exec(words);
  if (!party && pronoun && PRONOUN_OBLIGED.test(words.slice(pronoun.index + pronoun[0].length)))
    party = onlyParty(entities, text, { start: c.sentence.start, end: span.start + pronoun.index }, [/$/], own);
  if (!party) return;
  c.kind = 'DEMAND';
  c.target = party;
}

/** The one party, not of the speaker's own side, that a stretch of text names in one of the places given; else null. */
function onlyParty(entities: Entities, text: string, span: Span, places: RegExp[], own: Set<string>): string | null {
  const named = new Set<string>();
  for (const record of entities.byKey.values()) {
    if (!isActorType(record.type) || record.key === SECURITY_COUNCIL_KEY) continue;
    if (own.has(record.key) || own.has(partyOf(entities, record.key))) continue;
    for (const m of record.mentions)
      if (m.start >= span.start && m.end <= span.end && places.some((p) => p.test(text.slice(span.start, m.start))))
        named.add(record.key);
  }
  // A body and the state it is part of ("⟨Russia⟩'s ⟨Ministry of Defence⟩") are one party: the body, named more narrowly.
  const parties = [...named].filter((k) => ![...named].some((o) => o !== k && partyOf(entities, o) === k));
  return parties.length === 1 ? parties[0]! : null;
}

/** Where a claim's words stand in the text: the first place from its sentence on, else none. */
function wordsOf(c: ClaimDraft, text: string): Span | null {
  if (!c.allegation) return null;
  const at = text.indexOf(c.allegation, c.sentence.start);
  return at >= 0 && at < c.sentence.end ? { start: at, end: at + c.allegation.length } : null;
}
