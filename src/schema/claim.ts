import { builder } from './builder.js';
import type { Context } from '../context.js';
import { ClaimConnection } from './connections.js';
import type { GraphQLResolveInfo } from 'graphql';
import { claimRow } from './claim-rows.js';
import { DatePrecision, dateArg, fullEntities, partsOf, precisionOf, rootPage, stringField } from './entity.js';
import { optionalKey } from './ids.js';
import { tallyPrefixes } from '../claims/tally.js';
import type { PageArgs } from './pagination.js';
import type { Selection } from './selection.js';
import {
  AccusationRef,
  AppealRef,
  ArticleRef,
  ClaimRef,
  CriticismRef,
  DemandRef,
  DenialRef,
  EntityRef,
  ReportRef,
  StatementRef,
  WarningRef,
  isType,
} from './refs.js';
import { CLAIM_KIND, CLAIM_KINDS, claimTypename, type ClaimKind, type ClaimOrigin } from '../domain/index.js';
import { ClaimOriginEnum, originArgs, originsOf } from './origin.js';
import { toNodes, toOptionalNode, type ClaimNode } from './shapes.js';

/**
 * Claims: directed statements from a speaker about a target, after GDELT's
 * CAMEO coding (accuse, deny, criticize, demand), each tied to its source
 * and the verbatim quote, and to the claims answering it.
 */

export const ClaimKindEnum = builder.enumType('ClaimKind', {
  description: 'What a claim does, after the CAMEO event codes.',
  values: Object.fromEntries(CLAIM_KINDS.map((k) => [k, { description: CLAIM_KIND[k].description }])) as Record<
    ClaimKind,
    { description: string }
  >,
});

const claimParts = (c: ClaimNode, ctx: Context) => partsOf(c, ctx, 'read/parts/claim');
const speaker = async (c: ClaimNode, _a: unknown, ctx: Context) => toOptionalNode((await claimParts(c, ctx)).speaker);
const target = async (c: ClaimNode, _a: unknown, ctx: Context) => toOptionalNode((await claimParts(c, ctx)).target);
const answers = async (c: ClaimNode, ctx: Context) => toNodes((await claimParts(c, ctx)).answers);

ClaimRef.implement({
  description:
    'A statement an actor made about a target, as reported in a source: an accusation, a denial, criticism, a demand, a report.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (c) => c.__typename,
  fields: (t) => ({
    key: t.string({ description: 'Stable readable key of the claim.', resolve: (c) => c.key }),
    kind: t.field({ type: ClaimKindEnum, description: 'What the claim does.', resolve: (c) => c.kind }),
    origin: t.field({
      type: ClaimOriginEnum,
      description:
        'Where it comes from: REPORTED, an article’s words (with the quote where there is one), or CODED, a dataset’s coding of an event (with the URL it coded as its source).',
      // Claims stored before origins existed are an article's words (cypher/schema/003_claim_origin.cypher sets them).
      resolve: (c) => c.origin ?? 'REPORTED',
    }),
    speaker: t.field({
      type: EntityRef,
      nullable: true,
      description: 'Who made it: a person, a state or an organization.',
      resolve: speaker,
    }),
    onBehalfOf: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The state or body the speaker spoke for (an ambassador for their state).',
      resolve: async (c, _a, ctx) => toOptionalNode((await claimParts(c, ctx)).onBehalfOf),
    }),
    target: t.field({
      type: EntityRef,
      nullable: true,
      description: 'Who or what it is aimed at.',
      resolve: target,
    }),
    allegation: t.string({
      nullable: true,
      description: 'What is claimed, in a short phrase.',
      resolve: stringField('allegation'),
    }),
    about: t.field({
      type: [EntityRef],
      description: 'What it is about: a transfer, resolutions, an event.',
      resolve: async (c, _a, ctx) => toNodes((await claimParts(c, ctx)).about),
    }),
    madeOn: t.string({
      nullable: true,
      description: 'When it was made, ISO 8601 at the precision the source gives: "2024", "2024-06" or "2024-06-16".',
      resolve: stringField('madeOn'),
    }),
    madeOnPrecision: t.field({
      type: DatePrecision,
      nullable: true,
      description: 'The precision of madeOn.',
      resolve: (c) => precisionOf(c.madeOn),
    }),
    quote: t.string({
      nullable: true,
      description: 'The speaker’s words, verbatim from the source, where the source quotes them.',
      resolve: stringField('quote'),
    }),
    source: t.field({
      type: ArticleRef,
      description: 'The article or document that reports it.',
      resolve: async (c, _a, ctx) => toOptionalNode((await claimParts(c, ctx)).source)!,
    }),
    answersTo: t.field({
      type: ClaimRef,
      nullable: true,
      description: 'The claim this one answers (for a denial, the accusation it denies).',
      resolve: async (c, _a, ctx) => toOptionalNode((await claimParts(c, ctx)).answersTo),
    }),
    answers: t.field({
      type: [ClaimRef],
      description: 'Claims that answer this one: denials, rebuttals.',
      resolve: (c, _a, ctx) => answers(c, ctx),
    }),
  }),
});

const isKind = (kind: ClaimKind) => isType(claimTypename(kind));

AccusationRef.implement({
  description: 'An accusation: who accused whom of what, when, in what words, and who denied it.',
  interfaces: [ClaimRef],
  isTypeOf: isKind('ACCUSE'),
  fields: (t) => ({
    accuser: t.field({
      type: EntityRef,
      nullable: true,
      description: 'Who made the accusation (the speaker).',
      resolve: speaker,
    }),
    accused: t.field({ type: EntityRef, nullable: true, description: 'Who is accused (the target).', resolve: target }),
    denials: t.field({
      type: [DenialRef],
      description: 'Denials answering this accusation.',
      resolve: async (c, _a, ctx) => (await answers(c, ctx)).filter((a) => a.kind === 'DENY'),
    }),
  }),
});

DenialRef.implement({
  description: 'A denial of an accusation.',
  interfaces: [ClaimRef],
  isTypeOf: isKind('DENY'),
  fields: (t) => ({
    by: t.field({ type: EntityRef, nullable: true, description: 'Who denied (the speaker).', resolve: speaker }),
    denies: t.field({
      type: ClaimRef,
      nullable: true,
      description: 'The accusation denied.',
      resolve: async (c, _a, ctx) => toOptionalNode((await claimParts(c, ctx)).answersTo),
    }),
  }),
});

const plainKinds: [typeof CriticismRef, ClaimKind, string][] = [
  [CriticismRef, 'CRITICIZE', 'Criticism or condemnation of the target.'],
  [DemandRef, 'DEMAND', 'A demand made of the target.'],
  [StatementRef, 'STATE', 'A statement of position or fact.'],
  [ReportRef, 'REPORT', 'Findings reported by investigators, monitors or prosecutors.'],
  [WarningRef, 'WARN', 'A warning to the target.'],
  [AppealRef, 'CALL_FOR', 'An appeal for an action.'],
];
for (const [ref, kind, description] of plainKinds) {
  ref.implement({ description, interfaces: [ClaimRef], isTypeOf: isKind(kind), fields: () => ({}) });
}

interface ClaimFilters {
  /** The kinds kept: the one asked for, or every kind (the (origin, kind) index answers a list). */
  kinds: ClaimKind[];
  origins: ClaimOrigin[];
  speaker: string | null;
  target: string | null;
  about: string | null;
  from: string | null;
  to: string | null;
}

/** The filters of `claims`, shared by the fields that count claims (`claimCounts`). */
export const claimFilterArgs = builder.args((t) => ({
  kind: t.field({ type: ClaimKindEnum, required: false, description: 'Only claims of this kind.' }),
  speaker: t.id({ required: false, description: 'Only claims made by this entity, or on its behalf.' }),
  target: t.id({ required: false, description: 'Only claims aimed at this entity.' }),
  about: t.id({ required: false, description: 'Only claims about this entity.' }),
  from: t.string({ required: false, description: 'Made on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' }),
  to: t.string({ required: false, description: 'Made on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' }),
  ...originArgs,
}));

/** The kinds a read keeps: the one asked for, or every kind. */
const kindsOf = (kind: unknown): ClaimKind[] => (kind == null ? [...CLAIM_KINDS] : [kind as ClaimKind]);

/** The given filters, checked: keys or ids resolved to keys, dates in one of the ISO forms. */
export function claimFilters(args: {
  kind?: unknown;
  origin?: unknown;
  speaker?: string | null;
  target?: string | null;
  about?: string | null;
  from?: string | null;
  to?: string | null;
}): ClaimFilters {
  return {
    kinds: kindsOf(args.kind),
    origins: originsOf(args.origin),
    speaker: optionalKey(args.speaker, 'speaker'),
    target: optionalKey(args.target, 'target'),
    about: optionalKey(args.about, 'about'),
    from: dateArg(args.from, 'from'),
    to: dateArg(args.to, 'to'),
  };
}

/**
 * What the statement fetches for each claim on the page, from what the query
 * selects: the related nodes (under either field name: accuser is the
 * speaker, denials are answers), the same for the claims answering it, and
 * whether the related entities need more than their key and name.
 */
function claimSelection(node: Selection): Record<string, boolean> {
  const answers = node.at('answers', 'denials');
  return {
    withSpeaker: node.has('speaker', 'accuser', 'by'),
    withOnBehalfOf: node.has('onBehalfOf'),
    withTarget: node.has('target', 'accused'),
    withAbout: node.has('about'),
    withSource: node.has('source'),
    withAnswersTo: node.has('answersTo', 'denies'),
    withAnswers: node.has('answers', 'denials'),
    withAnswerSpeaker: answers.has('speaker', 'accuser', 'by'),
    withAnswerOnBehalfOf: answers.has('onBehalfOf'),
    withAnswerTarget: answers.has('target', 'accused'),
    withAnswerAbout: answers.has('about'),
    withAnswerSource: answers.has('source'),
    fullEntities:
      fullEntities(node, 'speaker', 'accuser', 'by', 'onBehalfOf', 'target', 'accused', 'about') ||
      fullEntities(answers, 'speaker', 'accuser', 'by', 'onBehalfOf', 'target', 'accused', 'about'),
  };
}

function claimPage(ctx: Context, info: GraphQLResolveInfo, filters: ClaimFilters, args: PageArgs) {
  const tallies = tallyPrefixes(filters.target, filters.kinds, filters.origins);
  return rootPage<ClaimNode>(
    ctx,
    info,
    'read/claims',
    { ...filters, tallyPrefixes: tallies },
    args,
    claimSelection,
    undefined,
    claimRow,
  );
}

builder.queryField('accusations', (t) =>
  t.connection(
    {
      type: AccusationRef,
      description: 'Who accused whom of what, newest first. Every filter is optional and they combine.',
      args: {
        accuser: t.arg.id({
          required: false,
          description: 'Only accusations made by this entity, or on its behalf (a state includes its envoys).',
        }),
        accused: t.arg.id({ required: false, description: 'Only accusations against this entity.' }),
        about: t.arg.id({ required: false, description: 'Only accusations about this entity (a transfer, an event).' }),
        from: t.arg.string({
          required: false,
          description: 'Made on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).',
        }),
        to: t.arg.string({
          required: false,
          description: 'Made on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).',
        }),
        ...originArgs,
      },
      resolve: (_root, args, ctx, info) =>
        claimPage(
          ctx,
          info,
          {
            kinds: ['ACCUSE'],
            origins: originsOf(args.origin),
            speaker: optionalKey(args.accuser, 'accuser'),
            target: optionalKey(args.accused, 'accused'),
            about: optionalKey(args.about, 'about'),
            from: dateArg(args.from, 'from'),
            to: dateArg(args.to, 'to'),
          },
          args,
        ),
    },
    builder.connectionObject(
      {
        type: AccusationRef,
        name: 'AccusationConnection',
        description: 'A page of accusations, with the total count.',
      },
      { name: 'AccusationEdge', description: 'One accusation on a page, with its cursor.' },
    ),
  ),
);

builder.queryField('claims', (t) =>
  t.connection(
    {
      type: ClaimRef,
      description: 'Claims of every kind, newest first. Every filter is optional and they combine.',
      args: claimFilterArgs,
      resolve: (_root, args, ctx, info) => claimPage(ctx, info, claimFilters(args), args),
    },
    ClaimConnection,
  ),
);
