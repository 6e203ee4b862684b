import { enumValuesOf, RESOLUTION_STATUS, VOTE, type Vote } from '../domain/index.js';
import { builder } from './builder.js';
import { ResolutionConnection } from './connections.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { textFilter } from './aggregates.js';
import { dateRange, fullEntities, partsOf, rootPage, stringField } from './entity.js';
import type { PageArgs } from './pagination.js';
import { optionalKey } from './ids.js';
import { EntityRef, OrganizationRef, ResolutionRef, StateRef, SubjectRef, isType } from './refs.js';
import { toNode, toNodes, toOptionalNode, type ResolutionNode, type RoleRecord, type StateNode } from './shapes.js';

/** Security Council resolutions and draft resolutions, their sponsors, votes and vetoes. */

export const ResolutionStatus = builder.enumType('ResolutionStatus', {
  description: 'Where a resolution or draft stands.',
  values: enumValuesOf(RESOLUTION_STATUS),
});

export const VoteChoice = builder.enumType('VoteChoice', {
  description: 'How a state voted.',
  values: enumValuesOf(VOTE),
});

interface VoteShape {
  vote: Vote;
  state: StateNode;
}
const VoteRef = builder.objectRef<VoteShape>('Vote').implement({
  description: 'One state’s vote on a resolution.',
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'The voting state.', resolve: (v) => v.state }),
    vote: t.field({ type: VoteChoice, description: 'Its vote.', resolve: (v) => v.vote }),
  }),
});

const toRole = (r: RoleRecord): RoleRecord => ({ role: r.role ?? null, entity: toNode(r.entity) });

interface VoteTotalsShape {
  for: number | null;
  against: number | null;
  abstentions: number | null;
  nonVoting: number | null;
  members: number | null;
}

const VoteTotalsRef = builder.objectRef<VoteTotalsShape>('VoteTotals').implement({
  description: 'The totals of a recorded vote, as the UN Library gives them.',
  fields: (t) => ({
    for: t.exposeInt('for', { nullable: true, description: 'Members voting in favour.' }),
    against: t.exposeInt('against', { nullable: true, description: 'Members voting against.' }),
    abstentions: t.exposeInt('abstentions', { nullable: true, description: 'Members abstaining.' }),
    nonVoting: t.exposeInt('nonVoting', { nullable: true, description: 'Members that did not take part in the vote.' }),
    members: t.exposeInt('members', { nullable: true, description: 'Members of the Council at the vote.' }),
  }),
});

type VoteTotalField = 'votesFor' | 'votesAgainst' | 'abstentions' | 'nonVoting' | 'members';
const count = (p: ResolutionNode, field: VoteTotalField) => (typeof p[field] === 'number' ? p[field] : null);

/** The totals, where a dataset gave them. */
function voteTotalsOf(p: ResolutionNode): VoteTotalsShape | null {
  const totals = {
    for: count(p, 'votesFor'),
    against: count(p, 'votesAgainst'),
    abstentions: count(p, 'abstentions'),
    nonVoting: count(p, 'nonVoting'),
    members: count(p, 'members'),
  };
  return Object.values(totals).some((v) => v !== null) ? totals : null;
}

SubjectRef.implement({
  description: 'What a resolution, event or treaty concerns, and in what role.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity concerned.', resolve: (s) => s.entity }),
    role: t.string({
      nullable: true,
      description: 'How it is concerned ("sanctioned state", "renews the mandate of").',
      resolve: (s) => s.role,
    }),
  }),
});

const parts = (p: ResolutionNode, ctx: Context) => partsOf(p, ctx, 'read/parts/resolution');

ResolutionRef.implement({
  description: 'A UN Security Council resolution or draft resolution.',
  interfaces: [EntityRef],
  isTypeOf: isType('Resolution'),
  fields: (t) => ({
    symbol: t.string({
      nullable: true,
      description: 'UN document symbol, e.g. "S/RES/1718 (2006)" or a draft’s "S/2024/255"; null where none exists.',
      resolve: stringField('symbol'),
    }),
    title: t.string({ nullable: true, description: 'Title or short subject.', resolve: stringField('title') }),
    status: t.field({
      type: ResolutionStatus,
      description: 'Adopted, vetoed, never put to a vote, failed, or draft.',
      resolve: (p) => p.status ?? 'DRAFT',
    }),
    date: t.string({
      nullable: true,
      description: 'Date of adoption, vote or circulation, at its precision.',
      resolve: stringField('date'),
    }),
    agenda: t.string({
      nullable: true,
      description: 'The Council’s agenda item it was considered under.',
      resolve: stringField('agenda'),
    }),
    subjectHeadings: t.stringList({
      description: 'The UN Library’s subject headings for it (empty where no dataset gives them).',
      resolve: (p) => p.subjectHeadings ?? [],
    }),
    meeting: t.string({
      nullable: true,
      description: 'The symbol of the meeting record of the vote, e.g. "S/PV.8151".',
      resolve: stringField('meeting'),
    }),
    draft: t.string({
      nullable: true,
      description: 'The symbol of the draft it was adopted from.',
      resolve: stringField('draft'),
    }),
    modality: t.string({
      nullable: true,
      description: 'How it was adopted, as the Library records it ("Voting").',
      resolve: stringField('modality'),
    }),
    voteNote: t.string({
      nullable: true,
      description: 'The Library’s note on the vote.',
      resolve: stringField('voteNote'),
    }),
    voteTotals: t.field({
      type: VoteTotalsRef,
      nullable: true,
      description: 'The totals of the vote, where a dataset gives them.',
      resolve: voteTotalsOf,
    }),
    url: t.string({
      nullable: true,
      description: 'The UN Library’s record of it, where a dataset gives one.',
      resolve: stringField('url'),
    }),
    sponsors: t.field({
      type: [StateRef],
      description: 'States that sponsored it.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).sponsors),
    }),
    vetoedBy: t.field({
      type: [StateRef],
      description: 'Permanent members whose negative vote defeated it.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).vetoedBy),
    }),
    votes: t.field({
      type: [VoteRef],
      description: 'Recorded votes, where the sources give them, members that did not vote (NON_VOTING) included.',
      resolve: async (p, _a, ctx) =>
        ((await parts(p, ctx)).votes ?? []).map((v) => ({ vote: v.vote, state: toNode(v.state) })),
    }),
    subjects: t.field({
      type: [SubjectRef],
      description: 'What it concerns: the state sanctioned, the panel it renews.',
      resolve: async (p, _a, ctx) => ((await parts(p, ctx)).subjects ?? []).map(toRole),
    }),
    consideredBy: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The body that adopted or voted on it.',
      resolve: async (p, _a, ctx) => toOptionalNode((await parts(p, ctx)).consideredBy),
    }),
    strengthens: t.field({
      type: [ResolutionRef],
      description: 'Earlier resolutions it tightens.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).strengthens),
    }),
    strengthenedBy: t.field({
      type: [ResolutionRef],
      description: 'Later resolutions that tighten it.',
      resolve: async (p, _a, ctx) => toNodes((await parts(p, ctx)).strengthenedBy),
    }),
  }),
});

interface ResolutionFilters {
  about: string | null;
  status: string | null;
  vetoedBy: string | null;
  sponsor: string | null;
  from: string | null;
  to: string | null;
  agenda: string | null;
}

/** A keyset page of `read/resolutions`, fetching with each resolution what the query selects beneath it. */
export function resolutionPage(ctx: Context, info: GraphQLResolveInfo, filters: ResolutionFilters, args: PageArgs) {
  return rootPage<ResolutionNode>(
    ctx,
    info,
    'read/resolutions',
    { ...filters },
    args,
    (node) => ({
      withSponsors: node.has('sponsors'),
      withVetoedBy: node.has('vetoedBy'),
      withVotes: node.has('votes'),
      withSubjects: node.has('subjects'),
      withConsideredBy: node.has('consideredBy'),
      withStrengthens: node.has('strengthens'),
      withStrengthenedBy: node.has('strengthenedBy'),
      fullEntities: fullEntities(node, 'sponsors', 'vetoedBy'),
    }),
    50,
  );
}

/** The date range and agenda filters every list of resolutions takes, to spread into a field's `args`. */
export const resolutionRangeArgs = builder.args((t) => ({
  from: t.string({ required: false, description: 'Dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' }),
  to: t.string({ required: false, description: 'Dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' }),
  agenda: t.string({
    required: false,
    description: 'Only those on an agenda item whose name contains this text, in any case ("Middle East").',
  }),
}));

export interface RangeArgs {
  from?: string | null;
  to?: string | null;
  agenda?: string | null;
}

/** The range and agenda arguments, checked: dates in ISO form and in order, the agenda text lower case. */
export function resolutionRange(args: RangeArgs) {
  return { ...dateRange(args.from, args.to), agenda: textFilter(args.agenda, 'agenda') };
}

builder.queryField('resolutions', (t) =>
  t.connection(
    {
      type: ResolutionRef,
      description: 'Security Council resolutions and drafts, latest first; the filters combine.',
      args: {
        about: t.arg.id({ required: false, description: 'Only those concerning this entity (a state, a panel).' }),
        status: t.arg({ type: ResolutionStatus, required: false, description: 'Only those with this status.' }),
        vetoedBy: t.arg.id({ required: false, description: 'Only those this state vetoed.' }),
        sponsor: t.arg.id({ required: false, description: 'Only those this state sponsored.' }),
        ...resolutionRangeArgs,
      },
      resolve: (_root, args, ctx, info) =>
        resolutionPage(
          ctx,
          info,
          {
            about: optionalKey(args.about, 'about'),
            status: args.status ?? null,
            vetoedBy: optionalKey(args.vetoedBy, 'vetoedBy'),
            sponsor: optionalKey(args.sponsor, 'sponsor'),
            ...resolutionRange(args),
          },
          args,
        ),
    },
    ResolutionConnection,
  ),
);

export { toRole };
