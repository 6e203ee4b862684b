import { findDates } from '../dates.js';
import type { Span } from '../types.js';

/**
 * When something happened, as the text says it and as ISO dates at the
 * precision it gives: "between 2021 and 2023", "in late 2023", "from
 * January to March", "since 2023", "last month", "in September 2025".
 */

export interface Period {
  /** The words, as said ("between 2021 and 2023"). */
  words: string;
  start: string | null;
  end: string | null;
  span: Span;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = String.raw`(?:(?:\d{1,2} )?${MONTH}(?: \d{1,2},?)?(?: (?:19|20)\d\d)?|(?:19|20)\d\d)`;
const RANGE = new RegExp(
  String.raw`\b(?:between (?<a1>${DATE}) and (?<b1>${DATE})|from (?<a2>${DATE}) (?:to|until|through) (?<b2>${DATE})|since (?<a3>${DATE})|in (?:late |early |mid-)?(?<a4>${DATE})(?: and (?<b4>${DATE}))?|(?<rel>(?:later |earlier )?this year|last (?:month|year)|this month))\b`,
  'g',
);

/** One date expression at its precision, resolved against the publication date. */
function iso(words: string, publishedOn: string): string | null {
  const year = /^(?:19|20)\d\d$/.exec(words);
  if (year) return year[0];
  return findDates(`in ${words}`, 0, publishedOn)[0]?.iso ?? null;
}

/** The periods a stretch of text names, with their offsets (the stretch starts at `offset` in the article). */
export function periodsIn(text: string, offset: number, publishedOn: string): Period[] {
  const out: Period[] = [];
  for (const m of text.matchAll(RANGE)) {
    const g = m.groups!;
    const a = g.a1 ?? g.a2 ?? g.a3 ?? g.a4;
    const b = g.b1 ?? g.b2 ?? g.b4;
    let start: string | null;
    let end: string | null;
    if (g.rel) {
      start = end = findDates(g.rel, 0, publishedOn)[0]?.iso ?? null;
    } else {
      start = iso(a!, publishedOn);
      end = g.a3 ? null : b ? iso(b, publishedOn) : start;
    }
    if (!start) continue;
    out.push({ words: m[0], start, end, span: { start: offset + m.index!, end: offset + m.index! + m[0].length } });
  }
  return out;
}
