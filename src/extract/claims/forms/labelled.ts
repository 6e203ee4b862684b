import { LIST } from '../../masked.js';
import { verbOf } from '../../verbs.js';
import type { ClaimDraft, SentenceReading } from '../types.js';
import type { ClaimFinder } from '../finder.js';
import { speakerMatches } from './matched.js';

/**
 * An act judged in apposition to the words that tell it: "⟨A⟩ accused ⟨B⟩ of aiming a radar at its aircraft, an act
 * ⟨P⟩ called 'extremely dangerous'", "..., a move the ⟨C⟩ government described as a provocation", "..., what ⟨P⟩
 * termed a breach of the truce". ⟨P⟩ judges the act the words before the comma tell; those words end there, and the
 * judgement is aimed at whom they are (aimAtApposed). What it calls the act gives the kind, as with "called it ...".
 */

const LABELLED = new RegExp(
  `, (?:(?:a|an|the|one) (?:[a-z-]+ )?(?:act|action|move|step|decision|incident|manoeuvre|maneuver|measure|practice|behaviou?r|conduct|operation|deployment|launch|test|episode)s? (?:that |which )?|what )(?:the )?(?<subject>${LIST})(?: (?:army|military|government|authorities|officials|side))? (?:has |have |had )?(?:(?:also|repeatedly|publicly|strongly|later|quickly|swiftly|immediately) )*(?:called|calls|described as|describes as|termed|terms|branded|brands|labell?ed|labels)\\b`,
  'gu',
);

/** The verb row of "called it ...": a judgement whose words give the kind, a position when they find no fault. */
const JUDGING = verbOf('called', 'active', ' it');

export function findLabelled(r: SentenceReading, finder: ClaimFinder) {
  const { masked } = r;
  for (const { start, verbEnd, speakers } of speakerMatches(r, finder, LABELLED))
    r.found.push({
      speakers,
      verbEnd,
      kindVerb: 'called',
      verb: JUDGING,
      clauseStart: start,
      region: { start, end: masked.text.length },
      complement: { start: verbEnd, end: masked.text.length },
      inverted: false,
      onBehalf: r.onBehalf,
      apposed: true,
    });
}

/**
 * The judgements in apposition among a sentence's claims (`from` on), which name no one, take the target of the claim
 * told just before them in the sentence, the act they judge; one naming a party keeps it. A label that finds no fault
 * ("a step ⟨B⟩ called a reward for ⟨C⟩") is left out: what the act is called is no position of the labeller's own.
 */
export function aimAtApposed(claims: ClaimDraft[], before: number, from: number) {
  claims.splice(from, claims.length - from, ...claims.slice(from).filter((c) => c.kind !== 'STATE'));
  const told = claims
    .slice(before, from)
    .findLast((c) => c.target && (c.kind === 'ACCUSE' || c.kind === 'CRITICIZE' || c.kind === 'STATE'));
  if (!told) return;
  for (const c of claims.slice(from)) if (c.kind === 'CRITICIZE' && !c.target) c.target = told.target;
}
