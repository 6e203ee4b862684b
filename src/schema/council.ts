import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { aggregatePage, groupFlags } from './aggregates.js';
import { ResolutionConnection } from './connections.js';
import { dateRange } from './entity.js';
import { keyFromId, optionalKey } from './ids.js';
import { pageWindow, toConnection, type PageArgs } from './pagination.js';
import { ResolutionRef, StateRef } from './refs.js';
import { resolutionPage, resolutionRange, resolutionRangeArgs } from './resolution.js';
import { toNode, toOptionalNode, type StateNode } from './shapes.js';

/**
 * The Security Council's record, counted: a member's votes by year, how
 * often two members voted alike (and the matrix of it among several), the
 * drafts vetoed and vetoes counted by member, year and agenda item. Each
 * answer is one statement over the VOTED and VETOED edges the votes and
 * veto imports write (docs/model.md, "Imported records").
 */

/** The date arguments of the votes' reads. */
const dateArgs = builder.args((t) => ({
  from: t.string({
    required: false,
    description: 'Resolutions dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).',
  }),
  to: t.string({
    required: false,
    description: 'Resolutions dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).',
  }),
}));

// ------------------------------------------------------------------ voting record

export interface VotingYear {
  year: number;
  for: number;
  against: number;
  abstain: number;
  nonVoting: number;
}

const VotingYearRef = builder.objectRef<VotingYear>('VotingYear').implement({
  description: 'A state’s votes on Security Council resolutions in one year, counted by how it voted.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year of the resolutions’ dates.' }),
    for: t.exposeInt('for', { description: 'Resolutions it voted for.' }),
    against: t.exposeInt('against', { description: 'Resolutions it voted against.' }),
    abstain: t.exposeInt('abstain', { description: 'Resolutions on which it abstained.' }),
    nonVoting: t.exposeInt('nonVoting', { description: 'Resolutions on which, a member, it did not vote.' }),
    total: t.int({
      description: 'Every resolution it is recorded on that year.',
      resolve: (y) => y.for + y.against + y.abstain + y.nonVoting,
    }),
  }),
});

/** A state's votes by year: every year fits one page (the Council has met since 1946). */
const RECORD_PAGE = 100;

// ------------------------------------------------------------------ agreement

interface Agreement {
  state: StateNode;
  with: StateNode;
  bothVoted: number;
  same: number;
}

const VotingAgreementRef = builder.objectRef<Agreement>('VotingAgreement').implement({
  description:
    'How often two states voted alike on the Security Council: of the resolutions on which both cast a vote (for, against or abstaining; a member that did not vote is left out), on how many their votes were the same.',
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'One state.', resolve: (a) => a.state }),
    with: t.field({ type: StateRef, description: 'The other state.', resolve: (a) => a.with }),
    bothVoted: t.exposeInt('bothVoted', { description: 'Resolutions on which both cast a vote.' }),
    same: t.exposeInt('same', { description: 'Of those, how many they voted the same way.' }),
    different: t.int({
      description: 'Of those, how many they voted differently.',
      resolve: (a) => a.bothVoted - a.same,
    }),
    share: t.float({
      nullable: true,
      description: 'same / bothVoted, from 0 to 1; null when they never both voted in the period.',
      resolve: (a) => (a.bothVoted > 0 ? a.same / a.bothVoted : null),
    }),
  }),
});

interface Matrix {
  states: StateNode[];
  cells: Agreement[];
}

const VotingAgreementMatrixRef = builder.objectRef<Matrix>('VotingAgreementMatrix').implement({
  description: 'The voting agreement among several states, for a heat map: the states, and one cell per pair of them.',
  fields: (t) => ({
    states: t.field({ type: [StateRef], description: 'The states, in the order given.', resolve: (m) => m.states }),
    cells: t.field({
      type: [VotingAgreementRef],
      description:
        'One cell per pair of states, each pair once: the first state with each later one, then the second with each later one, and so on (a heat map mirrors them). Pairs that never both voted have zero counts and a null share.',
      resolve: (m) => m.cells,
    }),
  }),
});

/** The states a matrix may compare: enough for the Council's fifteen and past members beside them. */
export const MAX_MATRIX_STATES = 30;

// ------------------------------------------------------------------ vetoes counted

const VETO_DIMENSIONS = ['MEMBER', 'YEAR', 'AGENDA'] as const;
type VetoDimension = (typeof VETO_DIMENSIONS)[number];

const VetoCountDimension = builder.enumType('VetoCountDimension', {
  description: 'What `vetoCounts` groups vetoed drafts by; any combination may be given.',
  values: {
    MEMBER: { description: 'By the permanent member that vetoed (a draft two members vetoed counts for each).' },
    YEAR: { description: 'By the year of the vote.' },
    AGENDA: { description: 'By the Council’s agenda item.' },
  } as const,
});

interface VetoCount {
  member: StateNode | null;
  year: number | null;
  agenda: string | null;
  count: number;
}

const VetoCountRef = builder.objectRef<VetoCount>('VetoCount').implement({
  description:
    'Drafts vetoed in one group (a member, a year, an agenda item, or a combination); a dimension not grouped by is null.',
  fields: (t) => ({
    member: t.field({
      type: StateRef,
      nullable: true,
      description: 'The vetoing member; null unless grouped by MEMBER.',
      resolve: (r) => r.member,
    }),
    year: t.int({ nullable: true, description: 'The year; null unless grouped by YEAR.', resolve: (r) => r.year }),
    agenda: t.string({
      nullable: true,
      description: 'The agenda item; null unless grouped by AGENDA, or when the record gives none.',
      resolve: (r) => r.agenda,
    }),
    count: t.exposeInt('count', { description: 'How many drafts were vetoed.' }),
  }),
});

// ------------------------------------------------------------------ fields

builder.objectFields(StateRef, (t) => ({
  votingRecord: t.connection(
    {
      type: VotingYearRef,
      description:
        'Its votes on Security Council resolutions, counted by year (for, against, abstaining, not voting), earliest first; every year on one page unless `first` says otherwise.',
      args: dateArgs,
      resolve: async (parent, args, ctx) => {
        const window = pageWindow(args, RECORD_PAGE);
        const page = await ctx.loaders.page<VotingYear, VotingYear>(
          'read/pages/voting-record',
          parent.key,
          window,
          (item) => item,
          dateRange(args.from, args.to),
        );
        return toConnection(page, window);
      },
    },
    builder.connectionObject(
      {
        type: VotingYearRef,
        name: 'VotingYearConnection',
        description: 'A page of a state’s voting record, one year each, with the number of years in all.',
      },
      { name: 'VotingYearEdge', description: 'One year of a voting record, with its cursor.' },
    ),
  ),
  votingAgreement: t.field({
    type: VotingAgreementRef,
    nullable: true,
    description:
      'How often it voted as another state did on Security Council resolutions, in a period: the share of the resolutions both voted on where their votes were the same, with the counts behind it. Null when `with` names no state in the graph.',
    args: {
      with: t.arg.id({ required: true, description: 'The other state (a key such as state:CHN, or a global id).' }),
      ...dateArgs,
    },
    resolve: async (parent, args, ctx) => {
      const other = keyFromId(args.with, 'with');
      const row = await ctx.loaders.keyed('read/voting-agreement', parent.key, {
        with: other,
        ...dateRange(args.from, args.to),
      });
      if (!row) return null;
      return {
        state: parent,
        with: toNode<StateNode>(row.other as StateNode),
        bothVoted: row.bothVoted as number,
        same: row.same as number,
      };
    },
  }),
}));

builder.queryField('votingAgreementMatrix', (t) =>
  t.field({
    type: VotingAgreementMatrixRef,
    description: `How often each pair of several states voted alike on Security Council resolutions in a period, for a heat map: 2 to ${MAX_MATRIX_STATES} states.`,
    args: {
      states: t.arg.idList({
        required: true,
        description: `The states to compare (keys or global ids), 2 to ${MAX_MATRIX_STATES}.`,
      }),
      ...dateArgs,
    },
    resolve: async (_root, args, ctx) => {
      const keys = [...new Set(args.states.map((id) => keyFromId(id, 'states')))];
      if (keys.length < 2 || keys.length > MAX_MATRIX_STATES)
        throw badInput(`states: give 2 to ${MAX_MATRIX_STATES} different states (got ${keys.length})`, {
          argument: 'states',
          max: MAX_MATRIX_STATES,
        });
      const [row] = await ctx.graph.read('read/voting-agreement-matrix', {
        states: keys,
        ...dateRange(args.from, args.to),
      });
      const found = new Map((row!.states as StateNode[]).map((s) => [s.key, toNode(s)]));
      const missing = keys.filter((k) => !found.has(k));
      if (missing.length)
        throw badInput(`states: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} no state in the graph`, {
          argument: 'states',
        });
      const pairs = new Map(
        (row!.pairs as { a: string; b: string; bothVoted: number; same: number }[]).map((p) => [`${p.a}|${p.b}`, p]),
      );
      const cells: Agreement[] = [];
      keys.forEach((a, i) => {
        for (const b of keys.slice(i + 1)) {
          const pair = pairs.get(a < b ? `${a}|${b}` : `${b}|${a}`);
          cells.push({
            state: found.get(a)!,
            with: found.get(b)!,
            bothVoted: pair?.bothVoted ?? 0,
            same: pair?.same ?? 0,
          });
        }
      });
      return { states: keys.map((k) => found.get(k)!), cells };
    },
  }),
);

builder.queryField('vetoes', (t) =>
  t.connection(
    {
      type: ResolutionRef,
      description:
        'The draft resolutions vetoed in the Security Council, newest first, with who vetoed them (`vetoedBy`) and on what (`agenda`); the filters combine.',
      args: {
        by: t.arg.id({ required: false, description: 'Only the drafts this permanent member vetoed.' }),
        ...resolutionRangeArgs,
      },
      resolve: (_root, args, ctx, info) => {
        const by = optionalKey(args.by, 'by');
        return resolutionPage(
          ctx,
          info,
          // Without a member, the drafts whose status is VETOED; with one, those it has a VETOED edge to.
          { about: null, status: by ? null : 'VETOED', vetoedBy: by, sponsor: null, ...resolutionRange(args) },
          args as PageArgs,
        );
      },
    },
    ResolutionConnection,
  ),
);

builder.queryField('vetoCounts', (t) =>
  t.connection(
    {
      type: VetoCountRef,
      description:
        'Vetoes counted for charts: the drafts vetoed, by member, year and agenda item (any combination), within dates and on an agenda item. Rows come by year when grouped by YEAR, then most first.',
      args: {
        groupBy: t.arg({
          type: [VetoCountDimension],
          required: false,
          defaultValue: ['MEMBER'],
          description: 'What to group by: any of MEMBER, YEAR and AGENDA. An empty list counts every draft in one row.',
        }),
        by: t.arg.id({ required: false, description: 'Only the drafts this permanent member vetoed.' }),
        ...resolutionRangeArgs,
      },
      resolve: (_root, args, ctx) =>
        aggregatePage(
          ctx,
          'read/veto-counts',
          {
            by: optionalKey(args.by, 'by'),
            ...resolutionRange(args),
            ...groupFlags(VETO_DIMENSIONS, (args.groupBy ?? ['MEMBER']) as VetoDimension[]),
          },
          args,
          (item: VetoCount): VetoCount => ({
            member: toOptionalNode(item.member),
            year: item.year,
            agenda: item.agenda,
            count: item.count,
          }),
        ),
    },
    builder.connectionObject(
      {
        type: VetoCountRef,
        name: 'VetoCountConnection',
        description: 'A page of veto counts, with the number of rows in all.',
      },
      { name: 'VetoCountEdge', description: 'One group of vetoes on a page, with its cursor.' },
    ),
  ),
);
