import type { ImportSource, Row } from './source.js';

/**
 * Finds a file's header among its first rows (exports put a title, notes
 * and a "generated on" line before it) and refuses a file of another kind
 * before anything is written, naming the header it expected.
 */

/** How many rows may come before the header. */
export const TITLE_LINES = 40;

export class WrongFileError extends Error {
  constructor(file: string, source: ImportSource, seen: string[] | null) {
    const found = seen ? `its first line reads "${truncate(seen.join(','))}"` : 'it has no rows';
    super(
      `${file} is not ${source.title}: expected ${source.headerless ? 'rows' : 'a header'} like "${source.expected}", but ${found}. Nothing was written.`,
    );
    this.name = 'WrongFileError';
  }
}

function truncate(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export interface Header<Layout> {
  layout: Layout;
  /** The rows before the header (title and notes). */
  titleLines: string[][];
  /** Rows read past the header that are data (a headerless file's first row). */
  pending: Row[];
}

/** Reads rows until the source recognises its header; throws WrongFileError when it never does. */
export async function findHeader<Layout>(
  rows: AsyncIterator<Row>,
  source: ImportSource<Layout>,
  file: string,
): Promise<Header<Layout>> {
  const titleLines: string[][] = [];
  const limit = source.headerless ? 1 : TITLE_LINES;
  while (titleLines.length < limit) {
    const next = await rows.next();
    if (next.done) break;
    const layout = source.recognise(next.value.cells);
    if (layout !== null) return { layout, titleLines, pending: source.headerless ? [next.value] : [] };
    titleLines.push(next.value.cells);
  }
  throw new WrongFileError(file, source, titleLines[0] ?? null);
}

/** A column name as headers vary it: case, spaces and underscores do not matter. */
export function foldColumn(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * The position of each named column, found by name in any order (extra
 * columns are ignored), or null when a required one is missing.
 */
export function columnsByName<Required extends string, Optional extends string = never>(
  cells: string[],
  required: readonly Required[],
  optional: readonly Optional[] = [],
): ({ [K in Required]: number } & { [K in Optional]?: number }) | null {
  const position = new Map<string, number>();
  cells.forEach((cell, i) => {
    const name = foldColumn(cell);
    if (name && !position.has(name)) position.set(name, i);
  });
  const columns: Record<string, number> = {};
  for (const name of required) {
    const at = position.get(foldColumn(name));
    if (at === undefined) return null;
    columns[name] = at;
  }
  for (const name of optional) {
    const at = position.get(foldColumn(name));
    if (at !== undefined) columns[name] = at;
  }
  return columns as { [K in Required]: number } & { [K in Optional]?: number };
}
