import type { Entities } from '../entities.js';
import type { Masked } from '../masked.js';
import type { Span } from '../types.js';
import { INVERTED_VERB } from '../verbs.js';

/**
 * The words of a claim: its allegation (the words said, without who said
 * them or where) and its quotation pieces, as the text's own characters.
 */

/** The words of an allegation: from `start` to the end of its clause, without quotation marks. */
export function cut(text: string, entities: Entities, masked: Masked, start: number, end: number): string {
  let stretch = masked.text.slice(start, end);
  // "protests yesterday's launch": a day read as when it was said leaves its possessive behind.
  if (/^[’']s\s/.test(stretch)) {
    start -= /\S*$/.exec(masked.text.slice(0, start))![0].length;
    stretch = masked.text.slice(start, end);
  }
  // ", a U.S. official said on Wednesday", ", Yonhap news agency reported": who said it, not what was said.
  const attribution = new RegExp(
    `,["”’]?\\s+(?:(?:a|an|the|its|their|his|her|one|two|several)\\s+)?[^,;"“”]{0,60}?\\b(?:${INVERTED_VERB})\\b[^;"“”]*$`,
  ).exec(stretch);
  if (attribution && attribution.index > 0) stretch = stretch.slice(0, attribution.index);
  const stop =
    /,\s+(?:which|who|where|describing|saying|adding|calling|and said|but|while|as|after|before|during|when|in a)\b|;|\s+[-–—]\s+|\(|,\s+(?:said|says|according to)\b|,\s+(?:(?:its|their|his|her|the)\s+)?⟨\d+⟩\s+(?:said|says|added|told)\b/.exec(
      stretch,
    );
  if (stop && stop.index > 12) stretch = stretch.slice(0, stop.index);
  // "condemned the attack at the ⟨Security Council⟩ on Wednesday": where it was said, not what.
  const venue =
    /\s+(?:at|during|before) (?:a (?:meeting|session) of )?(?:the )?⟨(\d+)⟩(?:\s+(?:on \w+|this \w+|today))?[\s.]*$/.exec(
      stretch,
    );
  if (
    venue &&
    venue.index > 0 &&
    entities.get(masked.units[Number(venue[1])]?.mention.key ?? '')?.type === 'Organization'
  )
    stretch = stretch.slice(0, venue.index);
  const span = masked.original(start, start + stretch.length);
  let words = text
    .slice(span.start, span.end)
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
    // The date a claim was made on is its madeOn, not part of what it says.
    .replace(/\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)$/, '');
  // No phrase ends on a word that needs another after it ("..., a", "... and").
  for (let before = ''; before !== words;) {
    before = words;
    words = words.replace(
      /[\s,;:]+(?:and|or|but|of|to|in|on|at|for|by|with|from|the|a|an|that|which|who|as|its|their|his|her)$/i,
      '',
    );
  }
  return words.length <= 300 ? words : words.slice(0, 300).replace(/\s+\S*$/, '');
}

/** A quotation piece without the marks and spaces around it. */
export function trimQuote(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"“”‘’,]/.test(text[start]!)) start++;
  while (end > start && /[\s"“”‘’,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
