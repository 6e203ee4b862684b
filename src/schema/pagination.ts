import { badInput } from '../errors.js';
import type { Page } from '../context.js';

/**
 * Offset cursors over a stable order (every list has a total order ending in
 * the key), with page sizes bounded so no request asks for the whole graph.
 */
export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;
const PREFIX = 'offset:';

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

function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0 || offset > 10_000_000 || cursor.length > 64) {
    throw badInput(`${argument}: not a cursor returned by this list`, { argument });
  }
  return offset;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64');
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
