import { findDates } from '../dates.js';
import type { Masked } from '../masked.js';
import { within } from '../text.js';
import type { Span } from '../types.js';
import { PERFECT_WORDS, STANDING_WORDS } from '../verbs.js';
import type { SentenceContext } from './types.js';

/**
 * When a claim was made: a date in the sentence outside the words said
 * (before the speaker, or right after the verb), else the day of
 * publication for a past tense and its year for a present or perfect one
 * ("say", "have denied"), which tell of a standing position.
 */
export function dateOf(
  publishedOn: string,
  insideQuote: (offset: number) => boolean,
  ctx: SentenceContext,
  masked: Masked,
  frame: Span,
  verb: string,
): string | null {
  const frameSpan = masked.original(frame.start, frame.end);
  const dates = findDates(ctx.sentence.text, ctx.sentence.start, publishedOn).filter(
    (d) => within(d, frameSpan) && !insideQuote(d.start),
  );
  if (dates.length) return dates[dates.length - 1]!.iso;
  const sentenceText = ctx.sentence.text;
  // "Russia and China say", "have denied": a standing position, dated by its year.
  const standing = STANDING_WORDS.has(verb.toLowerCase());
  const perfect = new RegExp(`\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:${PERFECT_WORDS.join('|')}|repeatedly)\\b`).test(
    sentenceText,
  );
  if (standing || perfect) return publishedOn.slice(0, 4);
  // A past tense, or a statement's own present ("strongly condemns"): the day of publication.
  return publishedOn;
}
