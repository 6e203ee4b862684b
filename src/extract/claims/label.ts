import type { Masked } from '../masked.js';
import type { SentenceContext } from './types.js';

/** The speaker's label that opens a transcript's paragraph ("MR MAHLANGU: "), as the masked text shows it. */
export const LABEL = /^[^:]{1,60}:\s+/;

/** Where a sentence's own words begin: after the label, when the sentence opens the labelled paragraph. */
export function labelEnd(ctx: SentenceContext, masked: Masked): number {
  if (ctx.voice?.label.start !== ctx.sentence.start) return 0;
  return LABEL.exec(masked.text)?.[0].length ?? 0;
}
