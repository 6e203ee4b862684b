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

/** The party the words denied open on ("Kenya is merely offering ..."), if they open on one. */
export type OpeningOf = (denial: ClaimDraft, words: string) => string | null;

/** The party named first in words of a denial's sentence, found by where the text's mentions start. */
export function openingIn(text: string, mentions: { key: string; start: number }[]): OpeningOf {
  return (denial, words) => {
    const at = text.indexOf(words, denial.sentence.start);
    if (at < 0) return null;
    const lead = /^(?:the |["“])?/i.exec(words)![0].length;
    return mentions.find((m) => m.start === at + lead)?.key ?? null;
  };
}

/**
 * ⟨A⟩'s accusation of the denier, in the words the denial gives, added to the draft and answered by the denial. Words
 * that open on ⟨A⟩'s own side ("the claim by ⟨A⟩'s ministry that ⟨A⟩ is merely offering a neutral platform") tell
 * what ⟨A⟩ says of itself: a position of ⟨A⟩, aimed at no one, which the denial answers all the same.
 */
function addAccusation(
  claims: ClaimDraft[],
  denial: ClaimDraft,
  accuser: string,
  words: string,
  sideOf: SideOf,
  openingOf: OpeningOf,
) {
  const own = accuser.startsWith('state:') ? null : sideOf(accuser);
  const opening = openingOf(denial, words);
  const ofItself = !!opening && [accuser, own].includes(sideOf(opening) ?? opening);
  denial.answers = claims.length;
  claims.push({
    ...denial,
    kind: ofItself ? 'STATE' : 'ACCUSE',
    speaker: accuser,
    onBehalfOf: own === accuser ? null : own,
    target: ofItself ? null : side(denial),
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
export function accusationsDenied(claims: ClaimDraft[], sideOf: SideOf, openingOf: OpeningOf = () => null) {
  for (const denial of [...claims]) {
    if (denial.kind !== 'DENY' || denial.answers !== null || !denial.deniedAccuser) continue;
    if (denial.denies?.length && !denial.denies.includes('ACCUSE')) continue;
    const words = /\b(?:accusations?|allegations?|claims?|charges?|assertions?)\b[^"“]*?\bthat\s+(.{12,})$/i.exec(
      denial.allegation,
    );
    if (!words || side(denial) === denial.deniedAccuser) continue;
    addAccusation(claims, denial, denial.deniedAccuser, words[1]!, sideOf, openingOf);
  }
}

/**
 * A denial answers the state whose organ made the charge ("rejects the claim by the ⟨Kenyan⟩ Ministry of Foreign
 * Affairs that ...", "dismissed the remarks" of a foreign ministry's spokeswoman): the corpus README aims a denial at
 * the state when a ministry of it made the accusation. Run once every denial is answered and aimed.
 */
export function deniedOrgansAsStates(claims: ClaimDraft[], stateOf: SideOf) {
  for (const denial of claims) {
    if (denial.kind !== 'DENY' || !denial.target) continue;
    const state = stateOf(denial.target);
    if (state && state !== side(denial)) denial.target = state;
  }
}
