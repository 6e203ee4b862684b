import { builder } from './builder.js';
import { aggregatePage, groupFlags, textFilter } from './aggregates.js';
import { yearRange } from './entity.js';
import { optionalKey } from './ids.js';
import { EntityRef } from './refs.js';
import { toOptionalNode, type EntityNode } from './shapes.js';

/**
 * Arms flows: the deliveries of weapons transfers, as a dataset records
 * them year by year (SIPRI's), summed by supplier, recipient, year and
 * armament category, in one statement (cypher/read/transfer-flows.cypher):
 * the rows a Sankey, a chord diagram or a stacked chart draws. The deals
 * behind a row are `weaponsTransfers` with the row's values as filters.
 */

const DIMENSIONS = ['SUPPLIER', 'RECIPIENT', 'YEAR', 'CATEGORY'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const TransferFlowDimension = builder.enumType('TransferFlowDimension', {
  description: 'What `transferFlows` groups deliveries by; any combination may be given.',
  values: {
    SUPPLIER: { description: 'By the supplying state or organization.' },
    RECIPIENT: { description: 'By the receiving state or organization.' },
    YEAR: { description: 'By the year of delivery.' },
    CATEGORY: { description: 'By SIPRI’s armament category ("Aircraft", "Missiles").' },
  } as const,
});

interface FlowRow {
  supplier: EntityNode | null;
  recipient: EntityNode | null;
  year: number | null;
  armamentCategory: string | null;
  deals: number;
  units: number;
  tiv: number;
  estimate: boolean;
  complete: boolean;
}

const TransferFlowRef = builder.objectRef<FlowRow>('TransferFlow').implement({
  description:
    'One flow of arms: the deliveries of one group (a supplier, a recipient, a year, a category, or a combination), with the number of deals, units and trend-indicator value (TIV) delivered. A dimension the query does not group by is null.',
  fields: (t) => ({
    supplier: t.field({
      type: EntityRef,
      nullable: true,
      description:
        'The supplier (a state, or an organization or armed group); null unless grouped by SUPPLIER, or unknown.',
      resolve: (r) => r.supplier,
    }),
    recipient: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The recipient; null unless grouped by RECIPIENT, or unknown.',
      resolve: (r) => r.recipient,
    }),
    year: t.int({
      nullable: true,
      description: 'The year of delivery; null unless grouped by YEAR.',
      resolve: (r) => r.year,
    }),
    armamentCategory: t.string({
      nullable: true,
      description: 'SIPRI’s armament category; null unless grouped by CATEGORY, or when the dataset gives none.',
      resolve: (r) => r.armamentCategory,
    }),
    deals: t.int({
      description: 'How many deals delivered in this group (a deal delivering in several of its years counts once).',
      resolve: (r) => r.deals,
    }),
    units: t.int({
      description: 'Units delivered: the sum of the yearly numbers the dataset gives (unknown numbers add nothing).',
      resolve: (r) => r.units,
    }),
    tiv: t.float({
      description:
        'Value delivered, in millions of SIPRI trend-indicator values (TIV): the sum of the yearly values the dataset gives.',
      resolve: (r) => r.tiv,
    }),
    estimate: t.boolean({
      description:
        'True when any delivery counted is SIPRI’s estimate, or an even spread of the trade register’s totals over the delivery years.',
      resolve: (r) => r.estimate,
    }),
    complete: t.boolean({
      description:
        'False when a deal counted does not give the number or value of each delivery year (SIPRI leaves some out): it adds to `deals` but nothing to `units` or `tiv`.',
      resolve: (r) => r.complete,
    }),
  }),
});

builder.queryField('transferFlows', (t) =>
  t.connection(
    {
      type: TransferFlowRef,
      description:
        'Arms flows for charts: the deliveries of weapons transfers in a range of years, summed by supplier, recipient, year and category (any combination), with deals, units and TIV. Transfers without yearly deliveries (orders not yet delivered, transfers only articles report) are no flow. Rows come by year when grouped by YEAR, then most TIV first. The deals behind a row: `weaponsTransfers` with its supplier, recipient, years and category.',
      args: {
        supplier: t.arg.id({ required: false, description: 'Only deliveries from this state or organization.' }),
        recipient: t.arg.id({ required: false, description: 'Only deliveries to this state or organization.' }),
        from: t.arg.int({ required: false, description: 'Only deliveries in this year or later.' }),
        to: t.arg.int({ required: false, description: 'Only deliveries in this year or earlier.' }),
        armamentCategory: t.arg.string({
          required: false,
          description: 'Only this SIPRI armament category ("Aircraft", "Air defence systems"), in any case.',
        }),
        groupBy: t.arg({
          type: [TransferFlowDimension],
          required: false,
          defaultValue: ['SUPPLIER', 'RECIPIENT'],
          description:
            'What to group by: any of SUPPLIER, RECIPIENT, YEAR and CATEGORY. An empty list sums everything into one row.',
        }),
      },
      resolve: (_root, args, ctx) => {
        const groupBy = (args.groupBy ?? ['SUPPLIER', 'RECIPIENT']) as Dimension[];
        return aggregatePage(
          ctx,
          'read/transfer-flows',
          {
            supplier: optionalKey(args.supplier, 'supplier'),
            recipient: optionalKey(args.recipient, 'recipient'),
            ...yearRange(args.from, args.to),
            category: textFilter(args.armamentCategory, 'armamentCategory', 100),
            ...groupFlags(DIMENSIONS, groupBy),
          },
          args,
          (item: Omit<FlowRow, 'armamentCategory'> & { category: string | null }): FlowRow => ({
            supplier: toOptionalNode(item.supplier),
            recipient: toOptionalNode(item.recipient),
            year: item.year,
            armamentCategory: item.category,
            deals: item.deals,
            units: item.units,
            tiv: item.tiv,
            estimate: item.estimate,
            complete: item.complete,
          }),
        );
      },
    },
    builder.connectionObject(
      {
        type: TransferFlowRef,
        name: 'TransferFlowConnection',
        description: 'A page of arms flows, with the number of rows in all.',
      },
      { name: 'TransferFlowEdge', description: 'One flow on a page, with its cursor.' },
    ),
  ),
);
