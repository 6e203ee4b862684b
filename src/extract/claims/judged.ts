import { z } from 'zod';
import { dataTable, phraseGroup as group } from '../tables.js';
import { conjugate, spellings } from '../verbs.js';
import type { ClaimDraft } from './types.js';

/**
 * The vocabulary of judgement by class (judgments.json): what an act is
 * called when it is judged wrong ("a mistake", "theft", "blackmail"), what it
 * is said to be ("flawed", "amateurish"), the wrongs told in general terms
 * ("flouted", "risked blowing up the region"), and concern, which judges a
 * party's act but not a situation. A frame that gives no kind ("said", "called X Y", a quotation)
 * takes its kind from these words; lexicon.ts joins them to its own lists.
 */

const table = z
  .object({
    nouns: group,
    adjectives: group,
    predicates: group,
    danger: group,
    disappointment: group,
    hindsight: group,
    concern: group.extend({ situations: z.array(z.string()).min(1) }),
    admission: group,
    judging: z.object({ note: z.string(), verbs: z.array(z.string()).min(1) }),
    written: group,
  })
  .parse(dataTable('judgments.json'));

/**
 * "deeply concerned by the incursion of ...": concern, unless what it is about is a situation with no one's act named
 * ("deeply concerned about the humanitarian situation", "by the rising tensions"), which stays a position.
 */
const concern = String.raw`(?:${table.concern.phrases.join('|')})(?! (?:about|by|over|at|for|with) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:${table.concern.situations.join('|')})\b)`;

/** A danger to what all share ("threaten the freedom of navigation"): a criticism only of a party the words name. */
export const DANGER = new RegExp(String.raw`\b(?:${table.danger.phrases.join('|')})(?![\p{L}])`, 'iu');

/** "a grave mistake that ⟨A⟩ had investigated": a wrong its owner has looked into or answered for; group 1 the owner. */
const ADMISSION = new RegExp(String.raw`\b(?:${table.admission.phrases.join('|')})`, 'iu');

/**
 * The side's own wrong, owned: a judgement whose words say the speaker's side (`own`, or "we", "it", "our forces")
 * investigated or apologised for what is judged is its account of its own act, not a criticism of another.
 */
export function ownAdmission(words: string, own: (unit: number) => boolean): boolean {
  const m = ADMISSION.exec(words);
  return !!m && (m[1] === undefined || own(Number(m[1])));
}

/** The phrases that make a clause a criticism, to be joined to the criticism of said.json. */
export const JUDGEMENT_PHRASES: string[] = [
  ...table.nouns.phrases,
  ...table.adjectives.phrases,
  ...table.predicates.phrases,
  ...table.disappointment.phrases,
  ...table.hindsight.phrases,
  concern,
];

/**
 * "The ⟨Chinese side⟩ is shocked by this heinous act and strongly condemns it": a judgement is never aimed at the
 * speaker's own state, however its words open. A criticism aimed at the state its speaker speaks for (a state, a body
 * of it or an official of it) is aimed at no one named. Only the state itself is checked: which state a body named in
 * the words belongs to is read from the text less surely than whom a speaker speaks for.
 */
export function notAtOwnSide(
  claims: ClaimDraft[],
  sideOf: (key: string) => string | null,
  stateOf: (key: string) => string | null,
): void {
  const stateFor = (key: string | null | undefined) =>
    key ? (key.startsWith('state:') ? key : (stateOf(key) ?? sideOf(key))) : null;
  for (const c of claims) {
    if (c.kind !== 'CRITICIZE' || !c.target?.startsWith('state:')) continue;
    const own = stateFor(c.onBehalfOf) ?? stateFor(c.speaker);
    if (own === c.target) c.target = null;
  }
}

/** Every form of the judging verbs, longest first: "called", "describing", "labelled". */
const JUDGING_FORMS = [
  ...new Set(
    table.judging.verbs.flatMap((lemma) => Object.values(conjugate(lemma)).flatMap((form) => spellings(form))),
  ),
].sort((a, b) => b.length - a.length);

/** "called the detention an act of piracy", "described the move as a provocation", "considers these launches ...". */
const JUDGED_THING = new RegExp(
  String.raw`\b(?:${JUDGING_FORMS.join('|')})\s+((?:it|them|this|that|these|those|the|such|its|their|\p{Lu})(?:[\s\p{L}’'-]{0,40}))`,
  'u',
);

/**
 * "called the draft a cynical show", "described the report as biased": a text judged is aimed at whoever the rules
 * for texts find (its penholder, its authors), or at no one, not at the speaker's adversary.
 */
const WRITTEN = new RegExp(String.raw`\b(?:${table.written.phrases.join('|')})\b`, 'i');

/**
 * "had hoped that the draft would mention ⟨B⟩'s right ...", "the text should have been clearer about ...": a
 * verdict on a text is aimed at whoever the rules for texts find, not at a party the text is said to leave out.
 */
export const TEXT_JUDGED = new RegExp(
  String.raw`^(?:[^⟨;]*?\b(?:that|with|by|at|about|over) )?(?:the|this|that|its|their) (?:final |draft |adopted )?(?:${table.written.phrases.join('|')})\b`,
  'i',
);

/**
 * "⟨A⟩ called the detention an act of piracy", "⟨A⟩ described the survey ship's presence as a provocation": a
 * judgement of a thing named, by a side, whose doer no rule found, is aimed at the party that side's other claims in
 * the text are aimed at, when one stands out (adversaryOf); a commentator who speaks for no one judges the thing, and a
 * text judged (WRITTEN) is left to the rules for texts.
 */
export function aimJudgedThings(
  claims: ClaimDraft[],
  text: string,
  isPerson: (key: string) => boolean,
  adversaryOf: (c: ClaimDraft, claims: ClaimDraft[]) => string | null,
): void {
  for (const c of claims) {
    if (c.kind !== 'CRITICIZE' || c.target) continue;
    if (isPerson(c.speaker) && !c.onBehalfOf) continue;
    const judged = JUDGED_THING.exec(text.slice(c.sentence.start, c.sentence.end));
    if (!judged || WRITTEN.test(judged[1]!)) continue;
    const adversary = adversaryOf(c, claims);
    if (adversary) c.target = adversary;
  }
}
