import { parseDate } from './dates.js';
import type { Output, Row } from './source.js';

/**
 * Reading cells: a column's tidied text, numbers as the exports write them
 * (`13`, `13.0`, `1,234`), yes/no flags, and the check every row gets
 * against its header's width.
 */

/** Whitespace other than single inner spaces: what cellAt tidies. */
const SPACES = /^\s|\s$|\s\s|[^\S ]/;

/** The tidied text of a column (null when empty or absent). */
export function cellAt(cells: string[], index: number | undefined): string | null {
  if (index === undefined) return null;
  const cell = cells[index];
  if (!cell) return null;
  // Most cells need no tidying: the test is cheaper than the replace.
  const text = SPACES.test(cell) ? cell.replace(/\s+/g, ' ').trim() : cell;
  return text ? text : null;
}

/** A number, or null when the cell is empty; NaN when it is not a number. */
export function parseNumber(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : NaN;
}

const YES = new Set(['1', 'yes', 'y', 'true', 't', 'x', '✓', '?']);
const NO = new Set(['0', 'no', 'n', 'false', 'f', '-']);

/** A yes/no cell (empty is no); null when it is neither. */
export function parseFlag(text: string | null): boolean | null {
  if (text === null) return false;
  const value = text.toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

/** False (and the row reported) when the row's cell count differs from the header's. */
export function hasWidth(row: Row, width: number, out: Output): boolean {
  if (row.cells.length === width) return true;
  out.skip(row.line, 'wrong number of columns', `${row.cells.length} cells, the header has ${width}`);
  return false;
}

/** The date in a column, or null with the row reported as unparseable. */
export function dateAt(row: Row, index: number | undefined, out: Output): string | null {
  const text = cellAt(row.cells, index);
  const date = parseDate(text);
  if (!date) out.skip(row.line, 'unparseable date', text ?? '(empty)');
  return date;
}
