import { builder } from './builder.js';
import type { Context } from '../context.js';
import type {
  AnyNode,
  ArticleNode,
  ClaimNode,
  EntityNode,
  EventNode,
  MembershipRecord,
  OrganizationNode,
  PersonNode,
  PlaceNode,
  PositionRecord,
  ResolutionNode,
  RoleRecord,
  StateNode,
  TreatyNode,
  WeaponSystemNode,
  WeaponsTransferNode,
} from './shapes.js';

/**
 * Type references, declared before any type is implemented so that the type
 * family modules can point at each other without import cycles.
 */
function loadByKey<T extends AnyNode>(matches: (node: AnyNode) => node is T) {
  return async (keys: string[], ctx: Context) => {
    const found = await Promise.all(keys.map((k) => ctx.loaders.node(k)));
    return found.map((n) => (n && matches(n) ? n : null));
  };
}

/** A node type whose global id wraps the graph key. */
function nodeRef<T extends AnyNode>(name: string) {
  return builder.nodeRef<T>(name, {
    id: { resolve: (n) => n.key },
    // toNode gave the node its type name from its labels, so the name tells its family.
    loadMany: loadByKey((n): n is T => n.__typename === name),
  });
}

/** isTypeOf for an object type: the GraphQL type name toNode gave the parent. */
export const isType = (name: string) => (value: unknown) => (value as AnyNode).__typename === name;

export const EntityRef = builder.interfaceRef<EntityNode>('Entity');
export const ClaimRef = builder.interfaceRef<ClaimNode>('Claim');

export const StateRef = nodeRef<StateNode>('State');
export const PersonRef = nodeRef<PersonNode>('Person');
export const OrganizationRef = nodeRef<OrganizationNode>('Organization');
export const PlaceRef = nodeRef<PlaceNode>('Place');
export const ResolutionRef = nodeRef<ResolutionNode>('Resolution');
export const WeaponSystemRef = nodeRef<WeaponSystemNode>('WeaponSystem');
export const WeaponsTransferRef = nodeRef<WeaponsTransferNode>('WeaponsTransfer');
export const EventRef = nodeRef<EventNode>('Event');
export const TreatyRef = nodeRef<TreatyNode>('Treaty');
export const ArticleRef = nodeRef<ArticleNode>('Article');

export const AccusationRef = nodeRef<ClaimNode>('Accusation');
export const DenialRef = nodeRef<ClaimNode>('Denial');
export const CriticismRef = nodeRef<ClaimNode>('Criticism');
export const DemandRef = nodeRef<ClaimNode>('Demand');
export const StatementRef = nodeRef<ClaimNode>('Statement');
export const ReportRef = nodeRef<ClaimNode>('Report');
export const WarningRef = nodeRef<ClaimNode>('Warning');
export const AppealRef = nodeRef<ClaimNode>('Appeal');

/** Relationship records with data of their own. */
export const PositionRef = builder.objectRef<PositionRecord>('Position');
export const MembershipRef = builder.objectRef<MembershipRecord>('Membership');
export const SubjectRef = builder.objectRef<RoleRecord>('Subject');
export const ParticipationRef = builder.objectRef<RoleRecord>('Participation');
