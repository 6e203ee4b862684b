import * as chrono from 'chrono-node';
import { MONTH_NAMES } from '../calendar.js';
import type { Span } from './types.js';

/**
 * Dates in a sentence, resolved against the publication date with
 * chrono-node and written at the precision the text gives: "in April" is
 * 2024-04, "Jan. 2" 2024-01-02, "last week" the month it fell in. News
 * reports what has happened, so a weekday or a month without a year is the
 * latest one on or before publication, unless the words before it speak of
 * what is to come ("will visit Seoul on April 20", "are due to meet on
 * 23 April", "at a meeting ... on March 26" after "would raise"): then it
 * is the next one. A span counted from now is counted back: "three years
 * after the veto" puts the veto three years ago, and "three years ago today"
 * is that very day.
 */

/**
 * Words that put what follows them in the future: a date after them without its year is the next such date. "Would
 * have" tells what did not happen ("a draft that would have deplored the downing ... on 4 January"): past.
 */
const FUTURE =
  /\b(?:will|shall|would(?!\s+(?:not\s+)?have\b)|(?:is|are|was|were) (?:due|scheduled|set|expected|to)|(?:is|are) planning|plans? to|(?:planned|scheduled|slated|set) for|(?:opens|begins|starts|resumes|convenes) (?:in|on|at)|next|upcoming|forthcoming|when (?:he|she|they|it|the \w+) meets?)\b/i;
/**
 * A past participle opening a clause of its own after the words of the future: "would undermine the search for a
 * settlement begun at the Geneva conference in January" dates what was begun, which is past ("will be signed in
 * January" is not: its participle follows "be").
 */
const PAST_CLAUSE =
  /\b(?<!\b(?:be|been|being|is|are|was|were)\s)(?:begun|held|signed|agreed|adopted|reached|launched|started|convened|concluded|opened)\s+(?:at|in|on|by|during)\b(?![^]*\b(?:will|shall|would)\b)/i;

/** Whether the words before a date, from its sentence's start, put it in the future. */
function ahead(lead: string): boolean {
  const future = FUTURE.exec(lead);
  return !!future && !PAST_CLAUSE.test(lead.slice(future.index + future[0].length));
}

/** A month chrono does not read: "early May", "late March", "mid March", and "last May"; not one with its year after. */
const MONTH_UNREAD = new RegExp(
  String.raw`\b(?<whole>(?:(?:early|late|mid)[ -]|(?<last>last) )(?<month>${MONTH_NAMES.join('|')}))\b(?!,? \d)`,
  'gi',
);

/** A month given by a year counted from now right after it: "in May last year", "in March of this year". */
const YEAR_AFTER_MONTH = /^,?\s+(?:of\s+)?(?<which>last|this|next)\s+year\b/i;

/** The first day of a range of days right before a day and its month: "16 and", "between 23 and", "from 3 to", "3-". */
const DAY_RANGE = /\b(?:(?:between|from)\s+)?(?<first>\d{1,2})(?:\s+(?:and|to)\s+|\s*[-–]\s*)$/i;

// prettier-ignore
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, 20 + 10 * i]),
);
/** Round tens alone before a span counted back ("Thirty years ago today"), not the tens of "twenty-seven". */
const ROUND_TENS = new RegExp(
  `(?<![\\w-])(?:${[...TENS.keys()].join('|')})(?= (?:year|month|week|day)s? (?:ago|after)\\b)`,
  'gi',
);
/** A count in figures or words up to ninety-nine ("a" is one); NaN for anything else. */
function countOf(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const i = ONES.indexOf(word);
  return i >= 0 ? i + 1 : (TENS.get(word) ?? NaN);
}

export interface FoundDate extends Span {
  iso: string;
  /** A day and month, or a month, given without its year: its year is publication's unless its context says. */
  yearless?: boolean;
  /**
   * A date counted from the one the narrative gave before it ("eleven days later", "the next day", "a year earlier",
   * "the same day"), not from publication: how far, in what unit. `iso` is counted from publication, for want of a
   * better anchor.
   */
  shift?: { unit: 'day' | 'week' | 'month' | 'year'; count: number };
  /** Counted back from a day its sentence gave before it ("on July 1 ..., two months after ..."), and of that day's year. */
  anchored?: boolean;
}

/**
 * Dates counted from the narrative's last one: "eleven days later", "a year earlier", "two weeks before" (ending the
 * phrase: "two weeks before the vote" counts from the vote, which the text names), "the next day", "the following
 * year", "the previous month", "the day before", "the same day", "earlier in the day", "later that day"; a part of the
 * same day ("the same evening", "that night", "hours earlier") is that day too.
 */
const NARRATIVE_SHIFT = new RegExp(
  String.raw`\b(?:(?<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)[ -](?<unit>day|week|month|year)s? (?<way>later|earlier|before(?! (?:the|a|an|it|its|their|this|that|his|her)\b| [A-Z\d⟨]))|the (?<next>next|following|previous|preceding) (?<unit2>day|week|month|year)|the (?<unit3>day|week|month|year) (?<way3>before|after)(?! (?:the|a|an|it|its|their|this|that|his|her)\b| [A-Z\d⟨])|(?<same>the same (?:day|morning|afternoon|evening|night)|that (?:same )?(?:morning|afternoon|evening|night)|(?:(?:a few|several|some|two|three) )?hours (?:earlier|later)|(?:earlier|later) (?:in the day|that day|on the same day)))\b`,
  'gi',
);

/** The narrative-relative dates of a text, each as a found date whose shift says how to count it. */
function narrativeShifts(text: string, offset: number, published: Date): FoundDate[] {
  return [...text.matchAll(NARRATIVE_SHIFT)].map((m) => {
    const g = m.groups!;
    let unit: 'day' | 'week' | 'month' | 'year' = 'day';
    let count = 0;
    if (g.count) {
      unit = g.unit!.toLowerCase() as typeof unit;
      count = countOf(g.count.toLowerCase()) * (/later/i.test(g.way!) ? 1 : -1);
    } else if (g.next) {
      unit = g.unit2!.toLowerCase() as typeof unit;
      count = /next|following/i.test(g.next) ? 1 : -1;
    } else if (g.unit3) {
      unit = g.unit3.toLowerCase() as typeof unit;
      count = /after/i.test(g.way3!) ? 1 : -1;
    }
    const iso = shifted(isoDay(published), { unit, count });
    return { start: offset + m.index!, end: offset + m.index! + m[0].length, iso, shift: { unit, count } };
  });
}

/** A date moved by a shift, at the precision of its unit (a day for days and weeks); the date's own when coarser. */
export function shifted(iso: string, shift: NonNullable<FoundDate['shift']>): string {
  const precision = shift.unit === 'year' ? 4 : shift.unit === 'month' ? 7 : 10;
  if (iso.length < precision) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12));
  if (shift.unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + shift.count);
  else if (shift.unit === 'month') date.setUTCMonth(date.getUTCMonth() + shift.count);
  else date.setUTCDate(date.getUTCDate() + shift.count * (shift.unit === 'week' ? 7 : 1));
  return isoDay(date).slice(0, precision);
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 12));
}

function isoDay(date: Date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Every date expression in `text` (which starts at `offset` in the article), as ISO at its precision. */
export function findDates(text: string, offset: number, publishedOn: string): FoundDate[] {
  const published = utcDate(publishedOn);
  // chrono reads no round tens ("thirty years ago", "fifty years after"): they are given to it as figures, padded with
  // zeros to their word's length so that every offset holds, and counted as any other span.
  const read = text.replace(ROUND_TENS, (w: string) => String(TENS.get(w.toLowerCase())).padStart(w.length, '0'));
  const results = chrono.parse(read, { instant: published, timezone: 0 }, { forwardDate: false });
  const found: FoundDate[] = [];
  let covered = 0;
  for (const r of results) {
    // "today" in "three years ago today" is part of the date before it.
    if (r.index < covered) continue;
    const certain = (c: 'year' | 'month' | 'day' | 'weekday') => (r.start.isCertain(c) ? r.start.get(c)! : undefined);
    const known = { year: certain('year'), month: certain('month'), day: certain('day'), weekday: certain('weekday') };
    const words = r.text.toLowerCase();
    let iso: string | null = null;
    let yearless = false;
    /** The length of the words after the month that give its year ("last year"), part of the date. */
    let yearSpan = 0;
    let anchored = false;
    // A duration ("for eight years", "for three months") dates nothing: chrono counts it forward from now.
    if (/^for (?:[a-z-]+|\d+) (?:year|month|week|day)s?$/.test(words)) continue;
    // A stretch reaching up to now ("over the past year") dates nothing.
    if (/\bpast\b.*\b(?:year|years|months)\b|\brecent\b/.test(words)) continue;
    if (/\b(?:last|this|past|previous) (?:week|weekend)\b/.test(words)) {
      // A week is finer than the month a claim is dated by, and may straddle two: the month of its middle.
      const middle = new Date(published.getTime() - (/this/.test(words) ? 0 : 7) * 86_400_000);
      iso = isoDay(middle).slice(0, 7);
    } else if (known.weekday !== undefined && known.day === undefined) {
      // "on Friday" in a report is the latest Friday, the day of publication included; "will brief the committee on
      // Tuesday" the next Tuesday, as a month without its year is.
      const lead = text.slice(Math.max(0, text.lastIndexOf('.', r.index) + 1), r.index);
      const back = (published.getUTCDay() - known.weekday + 7) % 7;
      const forward = (known.weekday - published.getUTCDay() + 7) % 7;
      iso = isoDay(new Date(published.getTime() + (ahead(lead) ? forward : -back) * 86_400_000));
    } else if (known.year !== undefined || known.month !== undefined || known.day !== undefined) {
      const date = r.start.date();
      let year = date.getUTCFullYear();
      const month = r.start.get('month')!;
      const day = r.start.get('day')!;
      if (known.year === undefined && known.month !== undefined) {
        yearless = true;
        // A month without its year: the latest one not after publication, or the next one when it is to come.
        const candidate = Date.UTC(year, month - 1, known.day ?? 1);
        const lead = text.slice(Math.max(0, text.lastIndexOf('.', r.index) + 1), r.index);
        const counted = YEAR_AFTER_MONTH.exec(text.slice(r.index + r.text.length));
        if (counted && known.day === undefined) {
          // "in May last year": the year the words after the month count from publication's.
          const which = counted.groups!.which!.toLowerCase();
          year = published.getUTCFullYear() + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
          yearSpan = counted[0].length;
        } else if (ahead(lead)) {
          if (candidate < published.getTime()) year += 1;
        } else if (candidate > published.getTime()) year -= 1;
      }
      if (known.day !== undefined && known.month !== undefined) iso = `${year}-${pad(month)}-${pad(day)}`;
      else if (known.day !== undefined) iso = isoDay(date);
      else if (known.month !== undefined) iso = `${year}-${pad(month)}`;
      else iso = String(year);
    }
    // "in May last year" gives its year.
    if (yearSpan) yearless = false;
    // "last night" in a morning's report or briefing is the night just ended, dated, as analysts date it, by that day.
    if (/^last night$/.test(words)) iso = isoDay(published);
    // "at the end of May", "the beginning of 2025": the month or the year, not its last or first day.
    if (iso && /^(?:the )?(?:end|beginning|start|middle|close) of\b/.test(words))
      iso = iso.slice(0, MONTH_NAMES.some((m) => words.includes(m.toLowerCase())) ? 7 : 4);
    let start = r.index;
    let end = r.index + r.text.length + yearSpan;
    // "on 16 and 17 May 2023", "between 23 and 25 January 2025", "from 3 to 5 March": days of one month are one
    // event's, dated by its first day; chrono reads the last. The span takes the words of the range, so that its
    // "between" or "from" is not read as the bound of another span.
    const range = known.day !== undefined && iso?.length === 10 ? DAY_RANGE.exec(text.slice(0, start)) : null;
    if (range && Number(range.groups!.first) < known.day!) {
      iso = `${iso!.slice(0, 8)}${pad(Number(range.groups!.first))}`;
      start = range.index;
    } else if (r.end && iso?.length === 10 && /\b(?:between|from)\s+$/i.test(text.slice(0, start))) {
      // A range chrono reads whole ("from 8 to 10 June") is dated by its first day already.
      start = text.slice(0, start).search(/\b(?:between|from)\s+$/i);
    }
    // "Three years after Russia's veto, ...": what came after is now, so what it came after is that long ago;
    // "three years ago today" is that very day. chrono reads "twenty-seven" as "seven": the tens are counted here.
    const tens = /\b([a-z]+)-$/i.exec(text.slice(0, start));
    const more = tens ? (TENS.get(tens[1]!.toLowerCase()) ?? 0) : 0;
    const counted = /(?:^|\s)([a-z]+|\d+) (year|month|week|day)s? (after|ago)$/.exec(words);
    const count = counted ? countOf(counted[1]!) + more : NaN;
    if (counted && count) {
      if (more) start = tens!.index;
      const today = counted[3] === 'ago' && /^ today\b/i.test(text.slice(end));
      if (today) end += ' today'.length;
      const unit = counted[2]!;
      // "On 4 December 1960, a week after ⟨A⟩ became independent, ...": a span after a day the sentence just gave is
      // counted back from that day, not from now.
      // So is one set off by a comma after a day or a month its clause gave: "The RB-47 had been shot down on July 1 by
      // a MiG-19 near the Kola Peninsula, two months after the U-2 ..." (a date without its year keeps that want).
      const prior = found.at(-1);
      const fine = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
      const between = prior ? text.slice(prior.end - offset, start) : '';
      anchored =
        counted[3] === 'after' &&
        !!prior &&
        !prior.shift &&
        (prior.iso.length === 10
          ? /^,\s*$/.test(between) || (/,\s*$/.test(between) && !/[.;:]/.test(between))
          : prior.iso.length >= fine && /,\s*$/.test(between) && !/[.;:]/.test(between));
      const from = anchored ? utcDate(prior!.iso.length === 7 ? `${prior!.iso}-01` : prior!.iso) : published;
      const back = new Date(from.getTime());
      if (unit === 'year') back.setUTCFullYear(back.getUTCFullYear() - count);
      else if (unit === 'month') back.setUTCMonth(back.getUTCMonth() - count);
      else back.setUTCDate(back.getUTCDate() - count * (unit === 'week' ? 7 : 1));
      const precision = today || unit === 'week' || unit === 'day' ? 10 : unit === 'month' ? 7 : 4;
      iso = isoDay(back).slice(0, precision);
      yearless = anchored && !!prior!.yearless;
      anchored &&= yearless;
    }
    covered = end;
    if (iso)
      found.push({
        start: offset + start,
        end: offset + end,
        iso,
        ...(yearless ? { yearless } : {}),
        ...(anchored ? { anchored } : {}),
      });
  }
  // Counted from the narrative's last date: these replace what chrono made of them, counted from publication.
  for (const n of narrativeShifts(text, offset, published)) {
    for (let i = found.length - 1; i >= 0; i--)
      if (found[i]!.start < n.end && n.start < found[i]!.end) found.splice(i, 1);
    found.push(n);
  }
  // chrono leaves "in early May", "in late March" and "last May" alone: a month without its year, as chrono reads one,
  // and "last May" the latest May before publication's month.
  for (const m of text.matchAll(MONTH_UNREAD)) {
    const start = offset + m.index! + m[0].length - m.groups!.month!.length;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === m.groups!.month!.toLowerCase()) + 1;
    const lead = text.slice(Math.max(0, text.lastIndexOf('.', m.index!) + 1), m.index!);
    const now = published.getUTCMonth() + 1;
    let year = published.getUTCFullYear();
    if (m.groups!.last) year -= month < now ? 0 : 1;
    else if (ahead(lead)) year += month < now ? 1 : 0;
    else year -= month > now ? 1 : 0;
    found.push({
      start: offset + m.index! + m[0].length - m.groups!.whole!.length,
      end: offset + m.index! + m[0].length,
      iso: `${year}-${pad(month)}`,
      ...(m.groups!.last ? {} : { yearless: true }),
    });
  }
  // chrono leaves a bare year ("in 2023", "In 2021, ...") alone.
  for (const m of text.matchAll(/\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y) ((?:19|20)\d\d)\b(?! [A-Z])/g)) {
    const start = offset + m.index! + m[0].length - 4;
    if (!found.some((f) => f.start <= start && start < f.end)) found.push({ start, end: start + 4, iso: m[1]! });
  }
  return found.sort((a, b) => a.start - b.start);
}
