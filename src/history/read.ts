import DataLoader from 'dataloader';
import type { PageRow } from '../neo4j/graph.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { CHANGE_ID } from './change-log.js';

/**
 * Reading the history: a node's entries and the feed of changes, newest
 * first, in pages after keyset cursors (the time and change id of the last
 * entry seen), so that what is recorded meanwhile never shifts a page. Lists
 * of parents ask in one statement per page, through per-request loaders.
 */

export const MAX_HISTORY_PAGE = 100;
const DEFAULT_PAGE = 20;

/** A history entry as the read statements return it: JSON text parsed, times as ISO text. */
export interface ChangeShape {
  id: string;
  at: string;
  actor: string;
  operation: string;
  itemCount: number;
  /** What an import created in bulk, by kind (a label or a relationship type), without items of its own. */
  created: { kind: string; count: number }[];
  restores: string | null;
  restoredBy: string | null;
}

export interface ChangeItemShape {
  change: string;
  at: string;
  actor: string;
  operation: string;
  nodeKey: string;
  kind: string;
  status: 'created' | 'updated' | 'removed' | 'restored';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  linksAdded: LinkShape[];
  linksRemoved: LinkShape[];
  linksChanged: LinkShape[];
}

export interface LinkShape {
  type: string;
  from: string;
  to: string;
  key?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export interface KeysetPage<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface KeysetArgs {
  first?: number | null;
  after?: string | null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function encodeCursor(at: string, id: string): string {
  return Buffer.from(`change:${at}|${id}`).toString('base64');
}

function decodeCursor(cursor: string, argument: string): { at: string; id: string } {
  const text = cursor.length <= 200 ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const match = /^change:([^|]+)\|(.+)$/.exec(text);
  if (!match || !ISO_INSTANT.test(match[1]!) || !CHANGE_ID.test(match[2]!)) {
    throw badInput(`${argument}: not a cursor returned by this list`, { argument });
  }
  return { at: match[1]!, id: match[2]! };
}

function window(args: KeysetArgs) {
  const first = args.first ?? DEFAULT_PAGE;
  if (first < 0 || first > MAX_HISTORY_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_HISTORY_PAGE} (got ${first})`, {
      argument: 'first',
      max: MAX_HISTORY_PAGE,
    });
  }
  const after = args.after != null ? decodeCursor(args.after, 'after') : null;
  return { first, after };
}

function keysetPage<T>(
  totalCount: number,
  rows: T[],
  first: number,
  hadCursor: boolean,
  cursorOf: (item: T) => string,
): KeysetPage<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A history item as history/*.cypher return it: the before, after and link lists as JSON text. */
type ChangeItemRow = Omit<ChangeItemShape, 'before' | 'after' | 'linksAdded' | 'linksRemoved' | 'linksChanged'> &
  Record<'before' | 'after' | 'linksAdded' | 'linksRemoved' | 'linksChanged', string | null>;

/** A history entry as history/*.cypher return it. */
type ChangeRow = Omit<ChangeShape, 'itemCount' | 'restores' | 'restoredBy'> &
  Partial<Record<'itemCount', number | null> & Record<'restores' | 'restoredBy', string | null>>;

const parse = (text: unknown) => (typeof text === 'string' ? JSON.parse(text) : null);

export function toChangeItem(row: ChangeItemRow): ChangeItemShape {
  return {
    change: row.change,
    at: row.at,
    actor: row.actor,
    operation: row.operation,
    nodeKey: row.nodeKey,
    kind: row.kind,
    status: row.status,
    before: parse(row.before),
    after: parse(row.after),
    linksAdded: parse(row.linksAdded) ?? [],
    linksRemoved: parse(row.linksRemoved) ?? [],
    linksChanged: parse(row.linksChanged) ?? [],
  };
}

function toChange(row: ChangeRow): ChangeShape {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    operation: row.operation,
    itemCount: row.itemCount ?? 0,
    created: Object.entries((parse(row.created) ?? {}) as Record<string, number>).map(([kind, count]) => ({
      kind,
      count,
    })),
    restores: row.restores ?? null,
    restoredBy: row.restoredBy ?? null,
  };
}

// ---------------------------------------------------------------------------
// Per-request loaders

const loadersOf = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

function loader<T>(ctx: Context, id: string, batch: (keys: readonly string[]) => Promise<T[]>): DataLoader<string, T> {
  let byId = loadersOf.get(ctx);
  if (!byId) loadersOf.set(ctx, (byId = new Map()));
  let found = byId.get(id);
  if (!found) byId.set(id, (found = new DataLoader<string, T>(batch, { maxBatchSize: 1000 })));
  // The id names the statement, and the statement what its loader holds.
  return found as DataLoader<string, T>;
}

/**
 * One page of items for each of many parents (nodes by key, changes by id),
 * from a statement that takes `$keys` and returns `key`, `totalCount` and
 * `items`; parents asking for the same page share one statement.
 */
function itemPage(ctx: Context, statement: string, params: Record<string, unknown>, key: string) {
  return loader<{ totalCount: number; items: ChangeItemShape[] }>(
    ctx,
    `${statement}|${JSON.stringify(params)}`,
    async (keys) => {
      const rows = await ctx.graph.read<PageRow<ChangeItemRow>>(statement, { keys, ...params });
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return keys.map((k) => {
        const row = byKey.get(k);
        return { totalCount: row?.totalCount ?? 0, items: (row?.items ?? []).map(toChangeItem) };
      });
    },
  ).load(key);
}

/** One page of a node's history, newest first. */
export async function historyOf(ctx: Context, key: string, args: KeysetArgs): Promise<KeysetPage<ChangeItemShape>> {
  const { first, after } = window(args);
  const page = await itemPage(
    ctx,
    'history/of-nodes',
    { afterAt: after?.at ?? null, afterChange: after?.id ?? null, limit: first + 1 },
    key,
  );
  return keysetPage(page.totalCount, page.items, first, after !== null, (i) => encodeCursor(i.at, i.change));
}

/** The feed of changes, newest first. */
export async function changesFeed(
  ctx: Context,
  filters: { since: string | null; actor: string | null },
  args: KeysetArgs,
): Promise<KeysetPage<ChangeShape>> {
  const { first, after } = window(args);
  const [row] = await ctx.graph.read<Omit<PageRow<ChangeRow>, 'key'>>('history/changes', {
    ...filters,
    afterAt: after?.at ?? null,
    afterId: after?.id ?? null,
    limit: first + 1,
  });
  return keysetPage(row!.totalCount, row!.items.map(toChange), first, after !== null, (c) => encodeCursor(c.at, c.id));
}

/** A history entry by id; null when there is none. */
export function changeById(ctx: Context, id: string): Promise<ChangeShape | null> {
  if (!CHANGE_ID.test(id)) return Promise.resolve(null);
  return loader<ChangeShape | null>(ctx, 'change', async (ids) => {
    const rows = await ctx.graph.read<{ id: string; change: ChangeRow }>('history/changes-by-id', { ids });
    const byId = new Map(rows.map((r) => [r.id, toChange(r.change)]));
    return ids.map((id) => byId.get(id) ?? null);
  }).load(id);
}

/** One page of what a change did, node by node. */
export function itemsOf(ctx: Context, id: string, window: { offset: number; limit: number }) {
  return itemPage(ctx, 'history/change-items', window, id);
}

/** `since` as a lower bound: an ISO date or date and time; BAD_USER_INPUT otherwise. */
export function sinceArgument(value: string | null | undefined): string | null {
  if (value == null) return null;
  const shape = /^\d{4}-\d{2}-\d{2}$/.test(value) || ISO_INSTANT.test(value);
  const time = shape ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw badInput('since: expected an ISO 8601 date or date and time, such as 2024-06-28 or 2024-06-28T09:30:00Z', {
      argument: 'since',
    });
  }
  return new Date(time).toISOString();
}
