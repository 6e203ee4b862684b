import { LIST } from '../../masked.js';
import { verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import type { SentenceReading } from '../types.js';
import { speakerMatches } from './matched.js';

/**
 * Words named by a noun, their speaker after "by" and what they say after
 * "that": "has taken note of the remarks by ⟨A⟩ that ...", "the
 * announcement made in ⟨X⟩ by ⟨A⟩ that ...", "remarks by the ⟨A⟩ Minister of
 * Defence that ..." (the minister's state speaking). What follows "that" is ⟨A⟩'s
 * claim, whatever the sentence's own speaker makes of it.
 */

const NAMED_WORDS = new RegExp(
  `\\b(?:remarks|comments|statements?|announcement|assertions?|suggestion)(?: made)?(?: [^⟨,.;]{0,40}?)? by (?:the )?(?<subject>${LIST})(?: (?:[A-Z][\\w-]*|of|for)){0,5}(?:, [^,;]{1,60},)? that `,
  'gu',
);

export function findNamedWords(r: SentenceReading, finder: ClaimFinder) {
  const { masked } = r;
  for (const { start, verbEnd, speakers } of speakerMatches(r, finder, NAMED_WORDS))
    r.found.push({
      speakers,
      verbEnd,
      kindVerb: 'said',
      verb: verbOf('said'),
      region: { start, end: masked.text.length },
      complement: { start: verbEnd, end: masked.text.length },
      inverted: false,
      onBehalf: r.onBehalf,
    });
}
