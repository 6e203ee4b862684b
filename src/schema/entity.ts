import { builder } from './builder.js';
import { badInput } from '../errors.js';
import type { Context } from '../context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { keysetWindow, pageWindow, toConnection, toKeysetConnection, type PageArgs } from './pagination.js';
import { fromSelection, type Selection } from './selection.js';
import { ArticleConnection, ClaimConnection } from './connections.js';
import { ArticleRef, ClaimRef, EntityRef } from './refs.js';
import type { PageRow, Row } from '../neo4j/graph.js';
import { toNodes, type AnyNode, type ArticleNode } from './shapes.js';
import { claimPageResolver, originArgs } from './origin.js';

/**
 * The Entity interface every real-world thing in the graph implements, and
 * the helpers its type families share: loading by key, reading preloaded
 * relations, and paging a parent's lists through batched loaders.
 */

/** Related nodes already fetched with the parent, or fetched now in one batch for all parents. */
export async function partsOf<P extends object>(
  parent: { key: string; _parts?: P },
  ctx: Context,
  statement: string,
): Promise<P> {
  // The statement's columns are the relations the node's family declares in `_parts` (shapes.ts).
  return parent._parts ?? ((await ctx.loaders.parts(statement, parent.key)) as P);
}

/**
 * A root connection backed by one keyset statement (cypher/read/*.cypher)
 * that takes the filters, the bounds of keysetWindow, `$withCount` and the
 * flags `parts` derives from what the query selects beneath `edges.node`,
 * and returns `totalCount` (0 unless counted) and `items` (each with its
 * position in `_sort`).
 */
export async function rootPage<T extends AnyNode>(
  ctx: Context,
  info: GraphQLResolveInfo,
  statement: string,
  filters: Record<string, unknown>,
  args: PageArgs,
  parts: (node: Selection) => Record<string, boolean>,
  defaultSize?: number,
  /** Turns an item as the statement sends it into the node map its type reads (claimRow). */
  decode?: (item: T) => T,
) {
  const window = keysetWindow(args, defaultSize);
  const flags = fromSelection(info, statement, (selection) => ({
    withCount: selection.has('totalCount'),
    ...parts(selection.at('edges').at('node')),
  }));
  const [row] = await ctx.graph.read<Omit<PageRow<T>, 'key'>>(statement, { ...filters, ...window.params, ...flags });
  const items = decode ? row!.items.map(decode) : row!.items;
  return toKeysetConnection(toNodes(items), flags.withCount ? row!.totalCount : null, window) as unknown as {
    totalCount: number;
    edges: { cursor: string; node: T }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

/** Fields of a nested entity that need no more than its key, name and labels. */
const LEAN_ENTITY_FIELDS = new Set(['id', '__typename', 'key', 'name']);

/** Whether the entities selected beneath these fields need every property, or only key and name. */
export function fullEntities(node: Selection, ...fields: string[]): boolean {
  return fields.some((field) => node.at(field).asksBeyond(LEAN_ENTITY_FIELDS));
}

/**
 * A resolver for a connection field backed by a `read/pages/*` statement;
 * `params` turns the field's own arguments (beyond paging) into parameters.
 */
export function pageResolver<T = AnyNode, A extends PageArgs = PageArgs, I extends object = Row>(
  statement: string,
  map?: (item: I) => T,
  params?: (args: A) => Record<string, unknown>,
) {
  // NoInfer: the field's arguments are A as given, not guessed from where the resolver is used.
  return async (parent: { key: string }, args: NoInfer<A>, ctx: Context) => {
    const window = pageWindow(args);
    const page = await ctx.loaders.page<T, I>(statement, parent.key, window, map, params?.(args));
    return toConnection(page, window);
  };
}

/** A resolver reading one string property of the parent (a misspelt name finds no property of it and fails to compile). */
export const stringField =
  <F extends string>(field: F) =>
  (parent: { [K in F]?: string | null }) =>
    parent[field] ?? null;

/** Dates in the graph are ISO strings at the precision the source gives. */
export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How precise a date is, as the source gives it.',
  values: {
    YEAR: { description: 'Only the year is known: "2024".' },
    MONTH: { description: 'Year and month: "2024-06".' },
    DAY: { description: 'A full date: "2024-06-16".' },
  } as const,
});

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date argument: YYYY, YYYY-MM or YYYY-MM-DD, like the dates in the graph. */
export function dateArg(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!DATE.test(value)) throw badInput(`${argument}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD`, { argument });
  return value;
}

/**
 * A range of date arguments, each checked by dateArg, refused when `from`
 * falls after `to` (compared at the coarser of their precisions, as the
 * reads compare dates).
 */
export function dateRange(from: string | null | undefined, to: string | null | undefined) {
  const range = { from: dateArg(from, 'from'), to: dateArg(to, 'to') };
  if (range.from && range.to) {
    const n = Math.min(range.from.length, range.to.length);
    if (range.from.slice(0, n) > range.to.slice(0, n))
      throw badInput(`from (${range.from}) is after to (${range.to})`, { argument: 'from' });
  }
  return range;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** A range of years (delivery years), each a whole year from 1900 to 2100, `from` not after `to`. */
export function yearRange(from: number | null | undefined, to: number | null | undefined) {
  for (const [argument, year] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (year != null && (year < FIRST_YEAR || year > LAST_YEAR))
      throw badInput(`${argument}: expected a year from ${FIRST_YEAR} to ${LAST_YEAR} (got ${year})`, { argument });
  }
  if (from != null && to != null && from > to)
    throw badInput(`from (${from}) is after to (${to})`, { argument: 'from' });
  return { from: from ?? null, to: to ?? null };
}

export function precisionOf(date: unknown): 'YEAR' | 'MONTH' | 'DAY' | null {
  if (typeof date !== 'string') return null;
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

EntityRef.implement({
  description:
    'A real-world thing the news is about: a state, person, organization, place, resolution, weapon system, weapons transfer, event or treaty. One entity is one node, however many names the sources use for it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (parent) => parent.__typename,
  fields: (t) => ({
    key: t.string({
      description: 'Stable readable key, e.g. `state:RUS` or `person:robert-wood`; accepted wherever an ID is.',
      resolve: (p) => p.key,
    }),
    name: t.string({ description: 'The name the graph uses for it.', resolve: (p) => p.name ?? p.key }),
    aliases: t.stringList({
      description: 'Other names and metonyms the sources use ("DPRK", "Pyongyang").',
      resolve: (p) => p.aliases ?? [],
    }),
    wikidataId: t.string({
      nullable: true,
      description: 'Wikidata item id (e.g. Q159 for Russia), where one is known.',
      resolve: stringField('wikidataId'),
    }),
    wikidataUrl: t.string({
      nullable: true,
      description: 'Link to the Wikidata item, where one is known.',
      resolve: (p) => (p.wikidataId ? `https://www.wikidata.org/wiki/${p.wikidataId}` : null),
    }),
    description: t.string({
      nullable: true,
      description: 'A one-line description for readers.',
      resolve: stringField('description'),
    }),
    mentionedIn: t.connection(
      {
        type: ArticleRef,
        description: 'The articles and documents that mention it, latest first.',
        resolve: pageResolver<ArticleNode>('read/pages/mentioned-in'),
      },
      ArticleConnection,
    ),
    claimsAbout: t.connection(
      {
        type: ClaimRef,
        description: 'Claims about it (a transfer alleged, a resolution criticised), newest first.',
        args: originArgs,
        resolve: claimPageResolver('read/pages/claims-about'),
      },
      ClaimConnection,
    ),
  }),
});
