import { LIST } from '../../masked.js';
import { verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import { side } from '../denied.js';
import type { ClaimDraft, SentenceReading } from '../types.js';
import { speakerMatches } from './matched.js';

/**
 * A denial in apposition to what was just said: "⟨A⟩ said ⟨B⟩'s troops had
 * laid mines, a charge ⟨B⟩ called baseless", "..., an accusation ⟨B⟩
 * denies", "..., a finding ⟨B⟩ has always denied", "..., which both ⟨B⟩ and
 * ⟨C⟩ deny". ⟨B⟩ denies the words before the comma, and those words end
 * there: the denial is not ⟨A⟩'s.
 */

const CHARGE = new RegExp(
  `, (?:(?:a|an|the) (?:charge|accusation|allegation|claim|assertion|finding|conclusion)s? (?:that |which )?|which )(?:the )?(?<subject>${LIST})(?: in ⟨\\d+⟩)?(?: (?:army|military|government|authorities|forces|side|officials))? (?:has |have |had |both )?(?:(?:also|repeatedly|strongly|flatly|always|long|consistently|categorically) )*(?<verb>called|calls|dismissed|dismisses|denied|denies|deny|rejected|rejects|reject|disputed|disputes|dispute)\\b`,
  'gu',
);

export function findCharge(r: SentenceReading, finder: ClaimFinder) {
  const { masked } = r;
  for (const { start, verbEnd, speakers } of speakerMatches(r, finder, CHARGE))
    r.found.push({
      speakers,
      verbEnd,
      kindVerb: 'denied',
      verb: verbOf('denied'),
      // The words of the claim before end at the comma.
      clauseStart: start,
      region: { start, end: masked.text.length },
      // What it calls them ("baseless"), or the charge itself when the verb has no object ("a charge ⟨B⟩ denies").
      complement: { start: start + 2, end: masked.text.length },
      inverted: false,
      onBehalf: r.onBehalf,
      charge: true,
    });
}

/**
 * The claims of a sentence before a denial in apposition, aimed at the denier: accusations it denies. The words just
 * before it that name no one ("said the brigade broke the treaty, which ⟨B⟩ denies") charge the denier all the same:
 * the denial says whom they were about.
 */
export function chargedAsAccusations(claims: ClaimDraft[]) {
  for (const [i, denial] of claims.entries()) {
    if (denial.kind !== 'DENY') continue;
    const denier = [denial.speaker, denial.onBehalfOf];
    for (const c of claims.slice(0, i))
      if (c.kind === 'STATE' && c.target && denier.includes(c.target)) c.kind = 'ACCUSE';
    const denied = claims[i - 1];
    if (denied?.kind === 'STATE' && !denied.target && !denier.includes(side(denied))) {
      denied.kind = 'ACCUSE';
      denied.target = side(denial);
    }
    // "⟨A⟩ accused ⟨B⟩ of ..., and ⟨C⟩ charged that ..., which ⟨B⟩ denied": the apposition answers the clause it
    // follows, ⟨C⟩'s, not every charge of the sentence (rules.ts answers it).
    const answered = claims
      .slice(0, i)
      .reverse()
      .find((c) => c.kind !== 'DENY');
    if (answered && !denier.includes(side(answered))) denial.chargeWords = answered.allegation;
  }
}
