import neo4j from 'neo4j-driver';
import {
  claimTypename,
  ENTITY_TYPES,
  type ClaimKind,
  type ClaimOrigin,
  type EventCategory,
  type OrganizationCategory,
  type PlaceCategory,
  type ResolutionStatus,
  type SourceCategory,
  type TransferStatus,
  type Vote,
} from '../domain/index.js';

/**
 * What resolvers receive for a graph node: its properties as the Cypher maps
 * return them (`n {.*, labels: labels(n)}`, docs/model.md), its GraphQL type
 * name, and, when the query that found it already fetched them, its related
 * nodes in `_parts` (so nested fields need no further round trip). `_parts`
 * has the columns of the family's `read/parts/*` statement.
 */
interface NodeBase {
  __typename: string;
  key: string;
  /** For what an import wrote: the key of the Dataset it last came from, and its record id there. */
  dataset?: string;
  record?: string;
  /** Who last wrote it and when (mutations and ingest set them). */
  updatedBy?: string;
  updatedAt?: string;
}

/** The properties every entity has. */
interface EntityBase extends NodeBase {
  name?: string;
  aliases?: string[];
  wikidataId?: string;
  description?: string;
}

/** An entity in a role (a resolution's or event's subject, an event's participant). */
export interface RoleRecord {
  role: string | null;
  entity: EntityNode;
}

export interface PositionRecord {
  title: string | null;
  since: string | null;
  until: string | null;
  holder: PersonNode;
  of: EntityNode;
}

export interface MembershipRecord {
  since: string | null;
  until: string | null;
  permanent: boolean | null;
  member: EntityNode;
  organization: OrganizationNode;
}

export interface StateNode extends EntityBase {
  code?: string;
  formed?: string;
  dissolved?: string;
  _parts?: { memberships?: MembershipRecord[]; bodies?: OrganizationNode[]; places?: PlaceNode[] };
}

export interface PersonNode extends EntityBase {
  _parts?: { positions?: PositionRecord[] };
}

export interface OrganizationNode extends EntityBase {
  category?: OrganizationCategory;
  _parts?: { parent?: EntityNode | null; units?: OrganizationNode[]; locatedIn?: EntityNode | null };
}

export interface PlaceNode extends EntityBase {
  category?: PlaceCategory;
  _parts?: { locatedIn?: EntityNode | null };
}

export interface ResolutionNode extends EntityBase {
  symbol?: string;
  title?: string;
  status?: ResolutionStatus;
  date?: string;
  agenda?: string;
  subjectHeadings?: string[];
  meeting?: string;
  draft?: string;
  modality?: string;
  voteNote?: string;
  url?: string;
  /** Vote totals, where a dataset gave them. */
  votesFor?: number;
  votesAgainst?: number;
  abstentions?: number;
  nonVoting?: number;
  members?: number;
  _parts?: {
    sponsors?: StateNode[];
    vetoedBy?: StateNode[];
    votes?: { vote: Vote; state: StateNode }[];
    subjects?: RoleRecord[];
    consideredBy?: OrganizationNode | null;
    strengthens?: ResolutionNode[];
    strengthenedBy?: ResolutionNode[];
  };
}

export interface WeaponSystemNode extends EntityBase {
  designation?: string;
  /** Free text ("short-range ballistic missile"). */
  category?: string;
  armamentCategory?: string;
  _parts?: { manufacturer?: StateNode | null; transfers?: WeaponsTransferNode[] };
}

export interface WeaponsTransferNode extends EntityBase {
  quantity?: string;
  period?: string;
  periodStart?: string;
  periodEnd?: string;
  status?: TransferStatus;
  use?: string;
  /** SIPRI's register fields (docs/model.md, Imported records). */
  armamentCategory?: string;
  comments?: string;
  orderYear?: number;
  orderYearEstimate?: boolean;
  numberOrdered?: number;
  numberOrderedEstimate?: boolean;
  numberDelivered?: number;
  numberDeliveredEstimate?: boolean;
  deliveriesSpread?: boolean;
  secondHand?: boolean;
  localProduction?: boolean;
  /** Deliveries by year, as parallel lists. */
  deliveryYears?: number[];
  deliveryNumbers?: number[];
  deliveryTivs?: number[];
  deliveryEstimates?: boolean[];
  tivPerUnit?: number;
  tivTotalOrder?: number;
  tivDelivered?: number;
  _parts?: {
    supplier?: StateNode | null;
    recipient?: StateNode | null;
    supplierOrganization?: OrganizationNode | null;
    recipientOrganization?: OrganizationNode | null;
    corroboratedBy?: WeaponsTransferNode[];
    corroborates?: WeaponsTransferNode[];
    weapon?: WeaponSystemNode | null;
    usedAgainst?: EntityNode[];
    sources?: ArticleNode[];
    claims?: ClaimNode[];
  };
}

export interface EventNode extends EntityBase {
  category?: EventCategory;
  date?: string;
  endDate?: string;
  _parts?: { participants?: RoleRecord[]; places?: EntityNode[]; subjects?: RoleRecord[] };
}

export interface TreatyNode extends EntityBase {
  title?: string;
  date?: string;
  commitments?: string;
  _parts?: {
    parties?: EntityNode[];
    signatories?: { person: PersonNode; onBehalfOf: EntityNode | null }[];
    subjects?: RoleRecord[];
  };
}

export type EntityNode =
  | StateNode
  | PersonNode
  | OrganizationNode
  | PlaceNode
  | ResolutionNode
  | WeaponSystemNode
  | WeaponsTransferNode
  | EventNode
  | TreatyNode;

export interface ArticleNode extends NodeBase {
  title?: string;
  publisher?: string;
  publishedOn?: string;
  url?: string;
  text?: string;
  category?: SourceCategory;
}

export interface ClaimNode extends NodeBase {
  kind: ClaimKind;
  origin?: ClaimOrigin;
  allegation?: string;
  madeOn?: string;
  quote?: string;
  _parts?: {
    speaker?: EntityNode | null;
    onBehalfOf?: EntityNode | null;
    target?: EntityNode | null;
    about?: EntityNode[];
    source?: ArticleNode | null;
    answersTo?: ClaimNode | null;
    answers?: ClaimNode[];
  };
}

/** Any node toNode makes: an entity, an article or a claim. */
export type AnyNode = EntityNode | ArticleNode | ClaimNode;

/**
 * A node read without knowing its type (a graph view's label, a lookup by
 * key): what any of them may have.
 */
export interface GraphNode extends NodeBase {
  name?: string;
  title?: string;
  symbol?: string;
  kind?: string;
  allegation?: string;
}

/**
 * One property of a node whose family the caller does not know, by name
 * (a correction names the property it changes): the one place a node is
 * read as an open map.
 */
export function propertyOf(node: AnyNode, name: string): unknown {
  return (node as unknown as Record<string, unknown>)[name];
}

/** Entities, as opposed to articles and claims (toNode names entities by their type label). */
export function isEntity(node: AnyNode): node is EntityNode {
  return (ENTITY_TYPES as readonly string[]).includes(node.__typename);
}

/** The GraphQL type of a node map from Cypher, by its labels (and a claim's kind). */
export function typenameOf(map: Record<string, unknown>): string {
  const labels = Array.isArray(map.labels) ? (map.labels as string[]) : [];
  if (labels.includes('Claim')) return claimTypename(String(map.kind));
  if (labels.includes('Article')) return 'Article';
  return labels.find((l) => (ENTITY_TYPES as readonly string[]).includes(l)) ?? 'Unknown';
}

function plain(value: unknown): unknown {
  // Most values are strings and numbers: they leave before the driver's type checks.
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDateTime(value as never) || neo4j.isDate(value as never) || neo4j.isLocalDateTime(value as never)) {
    return String(value);
  }
  if (typeof value === 'object') {
    const map = value as Record<string, unknown>;
    if (Array.isArray(map.labels)) return toNode(map);
    return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * Converted once per map: the rows a loader keeps are read by many
 * resolvers (every subscriber to an event shares them), and nothing changes
 * a node once made. The node is kept on the map under a symbol, not in a
 * WeakMap: a page of claims makes hundreds of maps, and a WeakMap's entries
 * cost the garbage collector more than the conversion itself. Not
 * enumerable, so a copy of a node (`{...node}`) is a new map of its own.
 */
const CONVERTED = Symbol('node');

function convertedOf(map: object): AnyNode | undefined {
  return (map as { [CONVERTED]?: AnyNode })[CONVERTED];
}

function remember(map: object, node: AnyNode) {
  Object.defineProperty(map, CONVERTED, { value: node });
}

/**
 * A node map from Cypher (`n {.*, labels: labels(n)}`) as a resolver's
 * parent. The one place a map becomes a typed node: its labels say which
 * family it is, and the family's interface names the properties the
 * statements return.
 */
export function toNode<T extends AnyNode>(map: T): T;
export function toNode(map: object): AnyNode;
export function toNode(map: object): AnyNode {
  const known = convertedOf(map);
  if (known) return known;
  const fields = map as Record<string, unknown>;
  const node: Record<string, unknown> = { __typename: typenameOf(fields) };
  for (const k in fields) if (k !== 'labels') node[k] = plain(fields[k]);
  remember(map, node as unknown as AnyNode);
  // A resolver may be handed a node a loader already converted (a parts row's nested nodes): it stays itself.
  remember(node, node as unknown as AnyNode);
  return node as unknown as AnyNode;
}

/**
 * The related nodes a parts or page statement returned, as typed nodes: the
 * parts' interface (above) says which family each column holds.
 */
export function toNodes<T extends AnyNode>(maps: readonly (T | null | undefined)[] | null | undefined): T[] {
  return Array.isArray(maps) ? maps.filter((m): m is T => Boolean(m)).map((m) => toNode(m)) : [];
}

export function toOptionalNode<T extends AnyNode>(map: T | null | undefined): T | null {
  return map ? toNode(map) : null;
}
