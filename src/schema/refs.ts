import { builder } from './builder.js';
import type { Context } from '../context.js';
import type { GraphNode } from './shapes.js';

/**
 * Type references, declared before any type is implemented so that the type
 * family modules can point at each other without import cycles.
 */
function loadByKey(matches: (node: GraphNode) => boolean) {
  return async (keys: string[], ctx: Context) => {
    const found = await Promise.all(keys.map((k) => ctx.loaders.node(k)));
    return found.map((n) => (n && matches(n) ? n : null));
  };
}

/** A node type whose global id wraps the graph key. */
function nodeRef(name: string) {
  return builder.nodeRef<GraphNode>(name, {
    id: { resolve: (n) => n.key },
    loadMany: loadByKey((n) => n.__typename === name),
  });
}

/** isTypeOf for an object type: the GraphQL type name toNode gave the parent. */
export const isType = (name: string) => (value: unknown) => (value as GraphNode).__typename === name;

export const EntityRef = builder.interfaceRef<GraphNode>('Entity');
export const ClaimRef = builder.interfaceRef<GraphNode>('Claim');

export const StateRef = nodeRef('State');
export const PersonRef = nodeRef('Person');
export const OrganizationRef = nodeRef('Organization');
export const PlaceRef = nodeRef('Place');
export const ResolutionRef = nodeRef('Resolution');
export const WeaponSystemRef = nodeRef('WeaponSystem');
export const WeaponsTransferRef = nodeRef('WeaponsTransfer');
export const EventRef = nodeRef('Event');
export const TreatyRef = nodeRef('Treaty');
export const ArticleRef = nodeRef('Article');

export const AccusationRef = nodeRef('Accusation');
export const DenialRef = nodeRef('Denial');
export const CriticismRef = nodeRef('Criticism');
export const DemandRef = nodeRef('Demand');
export const StatementRef = nodeRef('Statement');
export const ReportRef = nodeRef('Report');
export const WarningRef = nodeRef('Warning');
export const AppealRef = nodeRef('Appeal');

/** Relationship records with data of their own. */
export interface PositionShape {
  title: string | null;
  since: string | null;
  until: string | null;
  holder: GraphNode;
  of: GraphNode;
}
export interface MembershipShape {
  since: string | null;
  until: string | null;
  permanent: boolean | null;
  member: GraphNode;
  organization: GraphNode;
}
export interface RoleShape {
  role: string | null;
  entity: GraphNode;
}
export const PositionRef = builder.objectRef<PositionShape>('Position');
export const MembershipRef = builder.objectRef<MembershipShape>('Membership');
export const SubjectRef = builder.objectRef<RoleShape>('Subject');
export const ParticipationRef = builder.objectRef<RoleShape>('Participation');
