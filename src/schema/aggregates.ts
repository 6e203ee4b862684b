import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { ClaimKindEnum, claimFilterArgs, claimFilters } from './claim.js';
import { originArgs, originsOf } from './origin.js';
import { dateArg } from './entity.js';
import { pageWindow, toConnection, type PageArgs } from './pagination.js';
import { EntityRef } from './refs.js';
import { claimTypename, type ClaimKind } from '../domain/index.js';
import { toNode, toOptionalNode, type EntityNode } from './shapes.js';
import type { PageRow } from '../neo4j/graph.js';
import { MONTH_NAMES } from '../calendar.js';

/**
 * Counts to draw charts from, each one Cypher statement over the claims:
 * who accuses whom (a matrix of accuser, accused and count) and claims
 * counted by kind, month, speaker or target. Paged and bounded like every
 * list (`first` at most 100), in a stable order, with labels ready for axes.
 */

interface MatrixCell {
  accuser: EntityNode;
  accused: EntityNode;
  count: number;
}

const MatrixCellRef = builder.objectRef<MatrixCell>('AccusationMatrixCell').implement({
  description: 'One cell of the who-accuses-whom matrix: how many claims one side made against another.',
  fields: (t) => ({
    accuser: t.field({
      type: EntityRef,
      description: 'Who made the claims (or the side they spoke for, with `bySide`).',
      resolve: (c) => c.accuser,
    }),
    accused: t.field({ type: EntityRef, description: 'Whom they were aimed at.', resolve: (c) => c.accused }),
    count: t.int({ description: 'How many claims, each counted once.', resolve: (c) => c.count }),
  }),
});

const ClaimCountDimension = builder.enumType('ClaimCountDimension', {
  description: 'What `claimCounts` groups claims by.',
  values: {
    KIND: { description: 'By kind: one row per ClaimKind, labelled with its type name (Accusation, Denial...).' },
    MONTH: {
      description:
        'By the month they were made, in calendar order: "2024-06". A claim dated only to the year counts under "2024"; undated claims are left out.',
    },
    SPEAKER: {
      description: 'By who made them (or the side they spoke for, with `bySide`); the row carries the entity.',
    },
    TARGET: { description: 'By whom they were aimed at; the row carries the entity.' },
  } as const,
});

interface CountRow {
  key: string;
  count: number;
  entity: EntityNode | null;
  by: 'KIND' | 'MONTH' | 'SPEAKER' | 'TARGET';
}

function labelOf(row: CountRow): string {
  if (row.by === 'KIND') return claimTypename(row.key);
  if (row.by === 'MONTH')
    return row.key.length === 7 ? `${MONTH_NAMES[Number(row.key.slice(5)) - 1]} ${row.key.slice(0, 4)}` : row.key;
  return (row.entity?.name as string | undefined) ?? row.key;
}

const ClaimCountRef = builder.objectRef<CountRow>('ClaimCount').implement({
  description: 'One bar of a claims chart: a group of claims and how many there are.',
  fields: (t) => ({
    key: t.string({
      description:
        'What identifies the group: a ClaimKind (ACCUSE), a month (2024-06, or 2024 for year-only dates), or an entity key (state:RUS).',
      resolve: (r) => r.key,
    }),
    label: t.string({
      description: 'A label for a chart axis: "Accusation", "June 2024", "Russia".',
      resolve: labelOf,
    }),
    count: t.int({ description: 'How many claims are in the group.', resolve: (r) => r.count }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The speaker or target, when grouping by SPEAKER or TARGET; null otherwise.',
      resolve: (r) => r.entity,
    }),
  }),
});

/** One page of an aggregate: a statement over the whole group set that returns `totalCount` and the page's `items`. */
export async function aggregatePage<T, I extends object>(
  ctx: Context,
  statement: string,
  params: Record<string, unknown>,
  args: PageArgs,
  /** From one item as the statement returns it to the field's row. */
  row: (item: I) => T,
) {
  const window = pageWindow(args);
  const [result] = await ctx.graph.read<Omit<PageRow<I>, 'key'>>(statement, { ...params, ...window });
  return toConnection({ totalCount: result!.totalCount, items: result!.items.map(row) }, window);
}

/**
 * The `$by...` flags of an aggregate grouped by any combination of its
 * dimensions (SUPPLIER becomes `$bySupplier`): true for those asked for.
 */
export function groupFlags<D extends string>(dimensions: readonly D[], groupBy: readonly D[]): Record<string, boolean> {
  return Object.fromEntries(dimensions.map((d) => [`by${d[0]}${d.slice(1).toLowerCase()}`, groupBy.includes(d)]));
}

/** A free-text filter (an agenda item, an armament category): trimmed, at most `max` characters, lower case. */
export function textFilter(value: string | null | undefined, argument: string, max = 200): string | null {
  if (value == null) return null;
  const text = value.trim();
  if (text.length === 0 || text.length > max)
    throw badInput(`${argument}: give between 1 and ${max} characters, or leave it out`, { argument });
  return text.toLowerCase();
}

builder.queryField('accusationMatrix', (t) =>
  t.connection(
    {
      type: MatrixCellRef,
      description:
        'Who accuses whom: how many claims each accuser made against each accused, most first (then by names), for a heat map or a chord chart. Counts accusations unless `kinds` says otherwise.',
      args: {
        kinds: t.arg({
          type: [ClaimKindEnum],
          required: false,
          description: 'The kinds of claim to count (default: ACCUSE). CRITICIZE and DEMAND are other hostile kinds.',
        }),
        from: claimFilterArgs.from,
        to: claimFilterArgs.to,
        ...originArgs,
        bySide: t.arg.boolean({
          required: false,
          description:
            'Count a speaker who spoke for a state or body (an ambassador) as that side. Default false: as themselves.',
        }),
      },
      resolve: (_root, args, ctx) => {
        const kinds = (args.kinds as ClaimKind[] | null | undefined) ?? ['ACCUSE'];
        if (kinds.length === 0)
          throw badInput('kinds: give at least one kind, or leave it out to count accusations', { argument: 'kinds' });
        return aggregatePage(
          ctx,
          'read/accusation-matrix',
          {
            kinds: [...new Set(kinds)],
            origins: originsOf(args.origin),
            from: dateArg(args.from, 'from'),
            to: dateArg(args.to, 'to'),
            bySide: args.bySide ?? false,
          },
          args,
          (item: MatrixCell): MatrixCell => ({
            accuser: toNode(item.accuser),
            accused: toNode(item.accused),
            count: item.count,
          }),
        );
      },
    },
    builder.connectionObject(
      {
        type: MatrixCellRef,
        name: 'AccusationMatrixConnection',
        description: 'A page of the who-accuses-whom matrix, with the number of cells in all.',
      },
      { name: 'AccusationMatrixEdge', description: 'One cell of the matrix on a page, with its cursor.' },
    ),
  ),
);

builder.queryField('claimCounts', (t) =>
  t.connection(
    {
      type: ClaimCountRef,
      description:
        'Claims counted by kind, month, speaker or target, for charts: every filter is optional and they combine, as in `claims`. MONTH rows come in calendar order, the others most first.',
      args: {
        by: t.arg({ type: ClaimCountDimension, required: true, description: 'What to group the claims by.' }),
        ...claimFilterArgs,
        bySide: t.arg.boolean({
          required: false,
          description: 'With SPEAKER: count a speaker who spoke for a state or body as that side. Default false.',
        }),
      },
      resolve: (_root, args, ctx) => {
        const by = args.by as CountRow['by'];
        return aggregatePage(
          ctx,
          'read/claim-counts',
          { by, ...claimFilters(args), bySide: args.bySide ?? false },
          args,
          (item: Omit<CountRow, 'by'>): CountRow => ({
            key: item.key,
            count: item.count,
            entity: toOptionalNode(item.entity),
            by,
          }),
        );
      },
    },
    builder.connectionObject(
      {
        type: ClaimCountRef,
        name: 'ClaimCountConnection',
        description: 'A page of claim counts, with the number of groups in all.',
      },
      { name: 'ClaimCountEdge', description: 'One group of claims on a page, with its cursor.' },
    ),
  ),
);
