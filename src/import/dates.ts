import { MONTH_NAMES } from '../calendar.js';

/**
 * Dates as the datasets write them, to the graph's ISO strings at their
 * precision (`2024`, `2024-03`, `2024-03-28`): ISO dates and timestamps,
 * `20240328`, `28 March 2024`, `28 Mar 2024`, `March 28, 2024`. Anything
 * else is null, and the row is reported, never guessed at.
 */

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

function monthOf(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i === -1 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day as YYYY-MM-DD, or null. */
function day(year: number, month: number, date: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, date));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return null;
  return `${year}-${pad(month)}-${pad(date)}`;
}

export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    if (!m[2]) return m[1]!;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return m[3] ? day(year, month, Number(m[3])) : `${m[1]}-${m[2]}`;
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})\b/.exec(value);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? day(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? day(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/** A four-digit year (1900-2100) as a number, or null. */
export function parseYear(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /^\s*(\d{4})\s*$/.exec(text);
  const year = m ? Number(m[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : null;
}

/**
 * Whether a period [start, end] meets [since, until], each ISO at any
 * precision and null where open: dates are compared at the coarser of the
 * two precisions, so `2019` meets `since 2019-06-01`.
 */
export function overlaps(
  period: { start: string | null; end: string | null },
  since: string | null,
  until: string | null,
): boolean {
  const atMost = (a: string, b: string) => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n) <= b.slice(0, n);
  };
  const end = period.end ?? period.start;
  const start = period.start ?? period.end;
  if (since && end && !atMost(since, end)) return false;
  if (until && start && !atMost(start, until)) return false;
  return true;
}
