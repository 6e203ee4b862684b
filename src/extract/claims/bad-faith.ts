import type { Masked } from '../masked.js';
import type { ClaimFinder } from './finder.js';
import { side } from './denied.js';
import { BAD_FAITH } from './own-voice.js';
import type { SentenceContext } from './types.js';
import { LABEL } from './label.js';

/**
 * "⟨B⟩ claims that its balloons are a response to leaflets. This is an
 * attempt to shift responsibility for its own provocations.": what another
 * party was reported claiming in the sentence before, called in the
 * speaker's own voice an attempt to shift the blame, a pretext or a ploy
 * (own-voice.json), is denied, and the denial is aimed at that party. The
 * claims the sentence was read as (a criticism of bad faith) give way to the
 * denial. Only when the sentence before reports a claim of another side: a
 * statement's own account of an act is not a claim to deny.
 */
const SUBJECT_PARTY = /^(?:(?:such|these|those|the) )?⟨(\d+)⟩/i;

export function badFaithDenied(
  finder: ClaimFinder,
  ctx: SentenceContext,
  masked: Masked,
  own: string[],
  before: number,
) {
  const words = masked.text.replace(LABEL, '');
  if (!BAD_FAITH.test(words)) return;
  const sides = new Set(finder.speakers.withSides(own));
  // "The ⟨Israeli⟩ letter is a pretext ...": the subject names whose words they are.
  const named = SUBJECT_PARTY.exec(words);
  const author = named ? masked.units[Number(named[1])]?.mention.key : undefined;
  const authorSide = author ? (finder.speakers.sideOf(author) ?? author) : undefined;
  const reported = finder.claims
    .slice(0, before)
    .filter((c) => c.sentenceIndex === ctx.sentence.index - 1 && !sides.has(c.speaker) && !sides.has(side(c)));
  const claimant = reported.at(-1);
  const target = authorSide && !sides.has(authorSide) ? authorSide : claimant ? side(claimant) : undefined;
  if (!target) return;
  const made = finder.claims.slice(before);
  finder.claims.splice(before, made.length, ...made.filter((c) => !own.includes(c.speaker)));
  finder.emitTold(
    { kind: 'DENY', speakers: own, targetKeys: [target], masked, ctx, tense: 'states' },
    { start: masked.text.length - words.length, end: masked.text.length },
  );
  if (!claimant) return;
  for (const c of finder.claims.slice(before))
    if (c.kind === 'DENY' && own.includes(c.speaker))
      c.answering = { sentenceIndex: claimant.sentenceIndex, speaker: claimant.speaker };
}
