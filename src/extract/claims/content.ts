import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { LIST } from '../masked.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { ownSide, partyOf } from './own-side.js';
import type { ClaimDraft } from './types.js';

/**
 * What reported speech says, by class (content.json), read on the words of any
 * reporting frame: a party's resolve to act told in the third person ("⟨A⟩ would
 * not hesitate to defend ...") is a warning by that party, never one aimed at it;
 * a denial told by its content ("had no jurisdiction over ..."); blame told as
 * responsibility to come or as the condition of a wrong; evaluative predicates
 * of a party's conduct. lexicon.ts joins the denial, responsibility and criticism
 * classes to said.json's; said.ts and object.ts read the resolve.
 */

const table = z
  .object({
    resolve: group,
    denial: group,
    responsibility: group,
    guilt: group,
    condition: group,
    proxy: group,
    response: group.extend({ acts: z.array(z.string()).min(1) }),
    criticism: group,
  })
  .parse(dataTable('content.json'));

/** Denials told by their content, to be joined to the dismissals of said.json. */
export const CONTENT_DENIALS: string[] = table.denial.phrases;
/** Responsibility laid on a party, to be joined to the wrongs of said.json (read after the party). */
export const RESPONSIBILITY: string[] = table.responsibility.phrases;
/** Guilt asserted as what a party is ("⟨B⟩ is an aggressor"), to be joined to the wrongs of said.json (read after the party). */
export const GUILT: string[] = table.guilt.phrases;
/** Evaluative predicates, to be joined to the criticism of said.json. */
export const CONTENT_CRITICISM: string[] = table.criticism.phrases;

/** A party's resolve to act: a warning by the party that resolves. */
export const RESOLVE_TO_ACT = new RegExp(String.raw`\b(?:${table.resolve.phrases.join('|')})`, 'iu');

/** "⟨A⟩ would not hesitate to ...", "his country reserved the right to ...": a clause that opens on the resolving party. */
export const RESOLVING_SUBJECT = new RegExp(
  String.raw`^\s*(?:that\s+)?(?:the\s+)?(?:(?:${LIST})|(?:its|his|her|their|our) (?:own )?(?:country|government|state|side|delegation|forces|army|navy|military)|it|they|we)(?:[’']s (?:government|forces|army|navy|military|authorities))?,?\s+["“]?(?:[\w-]+\s+){0,2}?(?:${table.resolve.phrases.join('|')})`,
  'iu',
);

/** "the militia was a tool of ⟨B⟩": the party that wields another, in group 1. */
export const PROXY_OF = new RegExp(String.raw`\b(?:${table.proxy.phrases.join('|')}) (?:the )?(${LIST})`, 'iu');

/** "the strikes were a response to ...": what follows is the act answered. */
export const RESPONSE_TO = new RegExp(String.raw`\b(?:${table.response.phrases.join('|')})\s+`, 'iu');
/**
 * What a response answers, read in the words after RESPONSE_TO: the party whose act it is, named before the act
 * ("⟨Ukrainian⟩ attacks", group 1) or after "of" or "by" ("the actions of ⟨NATO⟩", group 2), never one the act was done
 * to ("the siege on ⟨Yemen⟩"); else a hostile act with no doer named.
 */
export const ANSWERED = new RegExp(
  String.raw`^(?:(?:the |an? )?(?:[\w-]+ ){0,3}?(?<!\b(?:on|upon|against|in|into|to|at|over|near|with) (?:the )?)(${LIST})|[^⟨,;]{0,60}?\b(?:of|by|from) (?:the )?(${LIST})|(?:[\w-]+ ){0,4}?(?:${table.response.acts.join('|')})\b)`,
  'iu',
);

/** "the attacks were possible only because ⟨B⟩ had supplied ...": the party a wrong needed, in group 1. */
export const POSSIBLE_THROUGH = new RegExp(
  String.raw`\b(?:${table.condition.phrases.join('|')}) (?:the )?(${LIST})`,
  'iu',
);

/** Whom a side's claims are most aimed at (conventions.ts adversaryOf), passed in so this module needs no conventions. */
type AdversaryOf = (c: ClaimDraft, claims: ClaimDraft[]) => string | null;

/**
 * "warned that ⟨A⟩ would not hesitate to defend ...", "said his country reserved the right to act": a warning told as
 * a party's resolve is aimed at the party it answers: whom the speaker's other claims of the sentence are aimed at
 * ("said the attacks were illegal, and that his country reserved the right ..."), else the adversary of the party
 * resolving, as its claims in the text show (the speaker's own side, or the state a commentator says will act), else
 * no one. Never at the party resolving, nor when it names no party ("will not hesitate to name those responsible").
 */
export function aimResolve(
  claims: ClaimDraft[],
  entities: Entities,
  text: string,
  adversaryOf: AdversaryOf,
  /** Words naming no party ("anyone who ...", "those responsible"): a resolve against them is aimed at no one. */
  unnamed: RegExp,
): ClaimDraft[] {
  const aimed: ClaimDraft[] = [];
  for (const c of claims) {
    const resolving = c.kind === 'WARN' && !c.target ? resolvingParty(c, entities, text) : null;
    if (
      c.kind !== 'WARN' ||
      c.target ||
      !RESOLVE_TO_ACT.test(c.allegation) ||
      unnamed.test(c.allegation) ||
      (!resolving && !OWN_OPENING.test(c.allegation))
    ) {
      aimed.push(c);
      continue;
    }
    const own = ownSide(c, entities);
    const besides = (k: string) => !own.has(k) && !own.has(partyOf(entities, k)) && k !== resolving;
    const sentence = claims.filter(
      (d) =>
        d !== c &&
        d.sentenceIndex === c.sentenceIndex &&
        d.speaker === c.speaker &&
        d.target &&
        d.kind !== 'WARN' &&
        ADVERSE.has(d.kind) &&
        besides(d.target),
    );
    const targets = [...new Set(sentence.map((d) => d.target!))];
    // "She said the Houthis had attacked ships ... She warned that ⟨A⟩ would not hesitate ...": else whom the speaker's
    // account just before opened on, the first party it held to account in the two sentences before.
    const told = claims.filter(
      (d) =>
        d.speaker === c.speaker &&
        d.sentenceIndex < c.sentenceIndex &&
        d.sentenceIndex >= c.sentenceIndex - 2 &&
        d.target &&
        ADVERSE.has(d.kind) &&
        besides(d.target),
    );
    if (!targets.length && told.length) targets.push(told[0]!.target!);
    if (!targets.length) {
      const side = resolving && !own.has(resolving) ? { ...c, speaker: resolving, onBehalfOf: null } : c;
      const adversary = adversaryOf(side, claims);
      if (adversary && besides(adversary)) targets.push(adversary);
    }
    if (!targets.length) aimed.push(c);
    for (const target of targets) aimed.push({ ...c, target, about: c.about.filter((k) => k !== target) });
  }
  return aimed;
}

/** A resolve whose words open on the speaker's own side, named by a pronoun: "his country reserved ...", "it would respond ...". */
const OWN_OPENING =
  /^(?:that\s+)?(?:(?:its|his|her|their|our) (?:own )?(?:country|government|state|side|delegation|forces)|it|they|we)\b/i;

/** The claims that take a side against someone, whose targets a resolve answers. */
const ADVERSE = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE', 'DENY']);

/** The party a resolve's words open on ("China would take ...", "the United States would not hesitate ..."), as its side. */
function resolvingParty(c: ClaimDraft, entities: Entities, text: string): string | null {
  const at = text.indexOf(c.allegation, c.sentence.start);
  if (at < 0) return null;
  const start = at + (/^(?:that\s+)?(?:the\s+)?/i.exec(c.allegation)?.[0].length ?? 0);
  for (const record of entities.byKey.values())
    if (isActorType(record.type) && record.mentions.some((m) => m.start === start))
      return partyOf(entities, record.key);
  return null;
}
