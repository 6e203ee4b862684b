import { badInput } from '../errors.js';
import type { Page } from '../context.js';

/**
 * Cursors over a stable order (every list has a total order ending in the
 * key), with page sizes bounded so no request asks for the whole graph.
 *
 * Root lists (accusations, claims, resolutions, weapons transfers) page by
 * keyset: a cursor holds the sort value and key of its item, and the next
 * page is what sorts after it, so a page deep in the list costs what the
 * first page costs. A parent's lists (an entity's claims, an article's
 * entities) are short and batched across parents: they page by offset.
 */
export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;
const OFFSET = 'offset:';
const KEYSET = 'keyset:';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Window {
  offset: number;
  limit: number;
}

const notACursor = (argument: string) => badInput(`${argument}: not a cursor returned by this list`, { argument });

function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = text.startsWith(OFFSET) ? Number(text.slice(OFFSET.length)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0 || offset > 10_000_000 || cursor.length > 64) throw notACursor(argument);
  return offset;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`${OFFSET}${offset}`).toString('base64');
}

function checkSize(value: number | null | undefined, argument: string) {
  if (value != null && (value < 0 || value > MAX_PAGE)) {
    throw badInput(`${argument} must be between 0 and ${MAX_PAGE} (got ${value})`, { argument, max: MAX_PAGE });
  }
}

export function pageWindow(args: PageArgs, defaultSize = DEFAULT_PAGE): Window {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  let start = args.after != null ? decodeCursor(args.after, 'after') + 1 : 0;
  let end = args.before != null ? decodeCursor(args.before, 'before') : Number.POSITIVE_INFINITY;
  if (args.last != null) {
    if (!Number.isFinite(end)) throw badInput('last needs before (page backwards from a cursor)', { argument: 'last' });
    start = Math.max(start, end - args.last);
  }
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.first == null && args.last == null) end = Math.min(end, start + defaultSize);
  return { offset: start, limit: Math.max(0, end - start) };
}

export function toConnection<T>(page: Page<T>, window: Window) {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: window.offset + page.items.length < page.totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

// ------------------------------------------------------------------ keyset

/** Where an item sits in a root list: its sort value (a date, or "~" for none: undated items sort first) and key. */
export interface Position {
  sort: string;
  key: string;
}

/**
 * No bound on that side. The "after" bound sorts after every date and "~"
 * and the "before" bound before them, whatever the key. Neo4j plans a
 * statement per length class of its string parameters (1-10, 11-100
 * characters): these are a date's and a key's, so the first page and later
 * ones share one plan.
 */
const OPEN_KEY = '~'.repeat(16);
const OPEN_AFTER: Position = { sort: '~'.repeat(10), key: OPEN_KEY };
const OPEN_BEFORE: Position = { sort: ' '.repeat(10), key: OPEN_KEY };

export function encodeKeyset(position: Position): string {
  return Buffer.from(`${KEYSET}${JSON.stringify([position.sort, position.key])}`).toString('base64');
}

function decodeKeyset(cursor: string, argument: string): Position {
  if (typeof cursor !== 'string' || cursor.length > 600) throw notACursor(argument);
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith(KEYSET)) throw notACursor(argument);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(KEYSET.length));
  } catch {
    throw notACursor(argument);
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    parsed[0].length > 32 ||
    parsed[1].length > 256
  ) {
    throw notACursor(argument);
  }
  return { sort: parsed[0], key: parsed[1] };
}

/** The parameters every keyset statement takes: the bounds, the direction and how many rows to read. */
export interface KeysetParams {
  afterSort: string;
  afterKey: string;
  beforeSort: string;
  beforeKey: string;
  /** Read backwards from `before` (for `last`), newest last. */
  backward: boolean;
  /** One more than the page, to learn whether another page follows. */
  limit: number;
}

export interface KeysetWindow {
  params: KeysetParams;
  size: number;
  /** For `first` with `last`: the first of the last items. */
  keep?: number;
  after: boolean;
  before: boolean;
}

export function keysetWindow(args: PageArgs, defaultSize = DEFAULT_PAGE): KeysetWindow {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  const after = args.after != null ? decodeKeyset(args.after, 'after') : OPEN_AFTER;
  const before = args.before != null ? decodeKeyset(args.before, 'before') : OPEN_BEFORE;
  const backward = args.last != null;
  if (backward && args.before == null)
    throw badInput('last needs before (page backwards from a cursor)', { argument: 'last' });
  const size = backward ? args.last! : (args.first ?? defaultSize);
  return {
    params: {
      afterSort: after.sort,
      afterKey: after.key,
      beforeSort: before.sort,
      beforeKey: before.key,
      backward,
      limit: size + 1,
    },
    size,
    keep: backward && args.first != null ? args.first : undefined,
    after: args.after != null,
    before: args.before != null,
  };
}

/** A page of a root list read with keysetWindow's parameters; items carry their position in `_sort` and `key`. */
export function toKeysetConnection<T extends { key: string; _sort?: unknown }>(
  rows: T[],
  totalCount: number | null,
  window: KeysetWindow,
) {
  const more = rows.length > window.size;
  let items = more ? rows.slice(0, window.size) : rows;
  if (window.params.backward) items = items.reverse();
  if (window.keep !== undefined) items = items.slice(0, window.keep);
  const edges = items.map((node) => ({ cursor: encodeKeyset({ sort: String(node._sort), key: node.key }), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: window.params.backward ? window.before : more,
      hasPreviousPage: window.params.backward ? more : window.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
