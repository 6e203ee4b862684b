import { enumValuesOf, ORGANIZATION_CATEGORY } from '../domain/index.js';
import { builder, type Types } from './builder.js';
import {
  ClaimConnection,
  MembershipConnection,
  PositionConnection,
  ResolutionConnection,
  WeaponsTransferConnection,
} from './connections.js';
import { pageResolver, partsOf, stringField } from './entity.js';
import {
  ClaimRef,
  EntityRef,
  MembershipRef,
  OrganizationRef,
  PersonRef,
  PlaceRef,
  PositionRef,
  StateRef,
  ResolutionRef,
  WeaponsTransferRef,
  isType,
} from './refs.js';
import { toNode, toNodes, toOptionalNode } from './shapes.js';
import { claimPageResolver, originArgs } from './origin.js';
import type { PageArgs } from './pagination.js';
import { resolutionRange, resolutionRangeArgs, type RangeArgs } from './resolution.js';
import type { EntityNode, MembershipRecord, PositionRecord, ResolutionNode, WeaponsTransferNode } from './shapes.js';

/**
 * The actors of the news: states, people and organizations, who hold
 * offices, belong to bodies, and make and receive claims.
 */

const toPosition = (p: PositionRecord): PositionRecord => ({ ...p, holder: toNode(p.holder), of: toNode(p.of) });
const toMembership = (m: MembershipRecord): MembershipRecord => ({
  ...m,
  member: toNode(m.member),
  organization: toNode(m.organization),
});

/** Claims an actor made and received. */
function claimLists<Shape extends EntityNode>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) {
  return {
    claimsMade: t.connection(
      {
        type: ClaimRef,
        description:
          'Claims it made: its own, and for a state or body those its representatives made on its behalf. Newest first.',
        args: originArgs,
        resolve: claimPageResolver('read/pages/claims-made'),
      },
      ClaimConnection,
    ),
    claimsReceived: t.connection(
      {
        type: ClaimRef,
        description: 'Claims aimed at it: accusations, criticism, demands. Newest first.',
        args: originArgs,
        resolve: claimPageResolver('read/pages/claims-received'),
      },
      ClaimConnection,
    ),
  };
}

function officials<Shape extends EntityNode>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) {
  return t.connection(
    {
      type: PositionRef,
      description: 'People holding or having held offices for it, by name.',
      resolve: pageResolver('read/pages/officials', toPosition),
    },
    PositionConnection,
  );
}

StateRef.implement({
  description: 'A sovereign state, identified by its ISO 3166 alpha-3 code.',
  interfaces: [EntityRef],
  isTypeOf: isType('State'),
  fields: (t) => ({
    code: t.string({
      nullable: true,
      description:
        'ISO 3166-1 alpha-3 code, e.g. RUS; for a state that no longer exists its ISO 3166-3 code, e.g. SUN.',
      resolve: stringField('code'),
    }),
    formed: t.string({
      nullable: true,
      description: 'For a state that no longer exists: when it came into being (ISO date).',
      resolve: stringField('formed'),
    }),
    dissolved: t.string({
      nullable: true,
      description: 'For a state that no longer exists (the Soviet Union, Yugoslavia): when it ended (ISO date).',
      resolve: stringField('dissolved'),
    }),
    officials: officials(t),
    memberships: t.field({
      type: [MembershipRef],
      description: 'Organizations it belongs to (the Security Council, as a permanent member or not).',
      resolve: async (p, _a, ctx) => ((await partsOf(p, ctx, 'read/parts/state')).memberships ?? []).map(toMembership),
    }),
    bodies: t.field({
      type: [OrganizationRef],
      description: 'Its ministries, prosecutors and other state bodies in the graph.',
      resolve: async (p, _a, ctx) => toNodes((await partsOf(p, ctx, 'read/parts/state')).bodies),
    }),
    places: t.field({
      type: [PlaceRef],
      description: 'Cities and regions located in it.',
      resolve: async (p, _a, ctx) => toNodes((await partsOf(p, ctx, 'read/parts/state')).places),
    }),
    transfersSupplied: t.connection(
      {
        type: WeaponsTransferRef,
        description: 'Weapons transfers it supplied (reported, alleged or confirmed), latest first.',
        resolve: pageResolver<WeaponsTransferNode>('read/pages/transfers-supplied'),
      },
      WeaponsTransferConnection,
    ),
    transfersReceived: t.connection(
      {
        type: WeaponsTransferRef,
        description: 'Weapons transfers it received, latest first.',
        resolve: pageResolver<WeaponsTransferNode>('read/pages/transfers-received'),
      },
      WeaponsTransferConnection,
    ),
    resolutionsSponsored: t.connection(
      {
        type: ResolutionRef,
        description: 'Resolutions and drafts it sponsored, latest first.',
        resolve: pageResolver<ResolutionNode>('read/pages/resolutions-sponsored'),
      },
      ResolutionConnection,
    ),
    resolutionsVetoed: t.connection(
      {
        type: ResolutionRef,
        description:
          'Its vetoes: the draft resolutions it vetoed, latest first, optionally within dates and on an agenda item.',
        args: resolutionRangeArgs,
        resolve: pageResolver<ResolutionNode, PageArgs & RangeArgs>(
          'read/pages/resolutions-vetoed',
          undefined,
          resolutionRange,
        ),
      },
      ResolutionConnection,
    ),
    ...claimLists(t),
  }),
});

PersonRef.implement({
  description: 'A person in the news: an official, a leader, an analyst.',
  interfaces: [EntityRef],
  isTypeOf: isType('Person'),
  fields: (t) => ({
    positions: t.field({
      type: [PositionRef],
      description: 'Offices held, with the state or body served and the dates where known.',
      resolve: async (p, _a, ctx) => ((await partsOf(p, ctx, 'read/parts/person')).positions ?? []).map(toPosition),
    }),
    ...claimLists(t),
  }),
});

export const OrganizationCategory = builder.enumType('OrganizationCategory', {
  description: 'What kind of body an organization is.',
  values: enumValuesOf(ORGANIZATION_CATEGORY),
});

OrganizationRef.implement({
  description: 'An organization: a UN body, a ministry, a prosecutor’s office, a think tank, a news agency.',
  interfaces: [EntityRef],
  isTypeOf: isType('Organization'),
  fields: (t) => ({
    category: t.field({
      type: OrganizationCategory,
      nullable: true,
      description: 'What kind of body it is.',
      resolve: (p) => p.category ?? null,
    }),
    parent: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The body or state it is part of (a committee of the Council, a ministry of a state).',
      resolve: async (p, _a, ctx) => toOptionalNode((await partsOf(p, ctx, 'read/parts/organization')).parent),
    }),
    units: t.field({
      type: [OrganizationRef],
      description: 'Bodies that are part of it (the Council’s committees and panels).',
      resolve: async (p, _a, ctx) => toNodes((await partsOf(p, ctx, 'read/parts/organization')).units),
    }),
    members: t.connection(
      {
        type: MembershipRef,
        description: 'Its members, permanent members first.',
        resolve: pageResolver('read/pages/members', toMembership),
      },
      MembershipConnection,
    ),
    officials: officials(t),
    ...claimLists(t),
  }),
});

PositionRef.implement({
  description: 'An office a person holds or held for a state or an organization.',
  fields: (t) => ({
    title: t.string({ nullable: true, description: 'The title as the source gives it.', resolve: (p) => p.title }),
    holder: t.field({ type: PersonRef, description: 'Who holds the office.', resolve: (p) => p.holder }),
    of: t.field({ type: EntityRef, description: 'The state or body the office is for.', resolve: (p) => p.of }),
    since: t.string({
      nullable: true,
      description: 'Start date at its precision, where known.',
      resolve: (p) => p.since,
    }),
    until: t.string({
      nullable: true,
      description: 'End date at its precision; null while held.',
      resolve: (p) => p.until,
    }),
  }),
});

MembershipRef.implement({
  description: 'A state’s or body’s membership of an organization.',
  fields: (t) => ({
    member: t.field({ type: EntityRef, description: 'The member.', resolve: (m) => m.member }),
    organization: t.field({ type: OrganizationRef, description: 'The organization.', resolve: (m) => m.organization }),
    permanent: t.boolean({
      nullable: true,
      description: 'True for a permanent member (the Security Council’s five).',
      resolve: (m) => m.permanent ?? null,
    }),
    since: t.string({
      nullable: true,
      description: 'Start date at its precision, where known.',
      resolve: (m) => m.since,
    }),
    until: t.string({
      nullable: true,
      description: 'End date at its precision, where known.',
      resolve: (m) => m.until,
    }),
  }),
});
