import { UNNAMED_PARTIES } from './lexicon.js';
import type { ClaimDraft } from './types.js';

/**
 * What a denial says about the accusation it answers, read over the whole
 * draft once denials are answered (rules.ts): a statement denied is an
 * accusation of the denier, and an accusation a denial gives the words of
 * ("the claim by ⟨A⟩ that ...") is ⟨A⟩'s.
 */

/** Whom a claim's speaker speaks for: a state speaking on behalf of others is still itself. */
export const side = (c: ClaimDraft) => (c.speaker.startsWith('state:') ? c.speaker : (c.onBehalfOf ?? c.speaker));

type SideOf = (key: string) => string | null;

/** Words that open on parties the speaker does not name: "certain countries were arming ...". */
const UNNAMED_DOERS = new RegExp(String.raw`^["“]?(?:that )?${UNNAMED_PARTIES}`, 'i');

/** A denial of a reading ("rejects this interpretation", "that description", "that argument") answers a position, which stays one. */
const OF_A_READING =
  /\b(?:interpretations?|descriptions?|characteri[sz]ations?|positions?|views?|narratives?|versions?|readings?|arguments?|contentions?)\b/i;

/**
 * What a side denies was said against it: a plain statement that a denial
 * answers ("⟨A⟩'s embassy says ⟨B⟩ abandoned its neutrality ... No, ⟨B⟩ has
 * not") is an accusation of the denier's side, whatever its words, and so is an
 * accusation that names no one.
 */
export function deniedAsAccusations(claims: ClaimDraft[]) {
  for (const denial of claims) {
    if (denial.kind !== 'DENY' || typeof denial.answers !== 'number' || OF_A_READING.test(denial.allegation)) continue;
    const answered = claims[denial.answers];
    // Until claims are settled (claims/conventions.ts) a statement may be aimed at whom its words name: the denier, or another.
    // An accusation aimed at no one ("the program is a cover for spying") that a side denies was aimed at that side.
    // Not one that charges parties it leaves unnamed ("certain countries were arming ⟨B⟩"): ⟨B⟩ denying it is not the accused.
    const aimless = answered?.kind === 'ACCUSE' && !answered.target && !UNNAMED_DOERS.test(answered.allegation);
    // Thanks or praise ("has praised the seizure") is no charge, whatever a denial after it answers.
    if (!answered || answered.thanked || (answered.kind !== 'STATE' && !aimless)) continue;
    if (answered.target && answered.target !== side(denial)) continue;
    answered.kind = 'ACCUSE';
    answered.target = side(denial);
  }
}

/** ⟨A⟩'s accusation of the denier, in the words the denial gives, added to the draft and answered by the denial. */
function addAccusation(claims: ClaimDraft[], denial: ClaimDraft, accuser: string, words: string, sideOf: SideOf) {
  const own = accuser.startsWith('state:') ? null : sideOf(accuser);
  denial.answers = claims.length;
  claims.push({
    ...denial,
    kind: 'ACCUSE',
    speaker: accuser,
    onBehalfOf: own === accuser ? null : own,
    target: side(denial),
    about: [...denial.about],
    allegation: words,
    quotes: [],
    answers: null,
    deniesAccusation: false,
    deniedAccuser: null,
    denies: [],
  });
}

/**
 * "rejects the claim by ⟨A⟩ that ...", "dismissed ⟨A⟩'s allegation that
 * ...": a denial that gives the words of an accusation no sentence of the
 * text made is answered by that accusation, ⟨A⟩'s, aimed at the denier's
 * side.
 */
export function accusationsDenied(claims: ClaimDraft[], sideOf: SideOf) {
  for (const denial of [...claims]) {
    if (denial.kind !== 'DENY' || denial.answers !== null || !denial.deniedAccuser) continue;
    if (denial.denies?.length && !denial.denies.includes('ACCUSE')) continue;
    const words = /\b(?:accusations?|allegations?|claims?|charges?|assertions?)\b[^"“]*?\bthat\s+(.{12,})$/i.exec(
      denial.allegation,
    );
    if (!words || side(denial) === denial.deniedAccuser) continue;
    addAccusation(claims, denial, denial.deniedAccuser, words[1]!, sideOf);
  }
}
