import { builder } from './builder.js';
import {
  CLAIM_KIND,
  COUNTERPART,
  COUNTERPART_ROLE,
  ENTITY_TYPES,
  enumValuesOf,
  KEY_PATTERN,
  LINK_DIRECTION,
  LINK_DIRECTIONS,
  LINK_TYPES,
  linkSide,
  storedLinkTypes,
  VOTES,
  type CounterpartRole,
  type LinkDirection,
  type LinkType,
} from '../domain/index.js';
import { badInput, notFound } from '../errors.js';
import { keyFromId } from './ids.js';
import { encodeCursor, pageWindow } from './pagination.js';
import { BREAKDOWN_READ, MAX_PARTS, neighborhoodParams } from './neighborhood-reads.js';
import { fromSelection } from './selection.js';
import { toNode } from './shapes.js';
import {
  bounded,
  SubgraphEdge,
  SubgraphNode,
  SubgraphRef,
  toSubgraph,
  viewEdge,
  viewNode,
  type EdgeMap,
  type SubgraphRow,
  type GraphViewEdge,
  type GraphViewNode,
} from './subgraph.js';

/**
 * The neighbourhood of a node, and its links in groups (docs/querying-hubs.md).
 * A node with thousands of links (a state's coded claims, its votes, the
 * transfers it supplied) answers with its links grouped by type and
 * direction, each group counted and split into parts by the type of the
 * node at the far end, the vote, and for claims and transfers the
 * counterpart beyond it; the flat nodes and edges hold a share of each
 * group, and `neighborhoodGroup` pages through one group or part.
 */
export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

const COUNTERPART_PHRASE: Record<CounterpartRole, string> = {
  TARGET: 'targeting',
  SPEAKER: 'by',
  RECIPIENT: 'to',
  SUPPLIER: 'from',
};

// ------------------------------------------------------------------ group ids

/** Which links a group id names: those of one type and direction at a centre, or a part of them. */
interface GroupRef {
  centre: string;
  relationship: LinkType;
  direction: LinkDirection;
  part?: { nodeType: string; vote: string | null; counterpart: string | null };
}

const GROUP_PREFIX = 'links:';
const CLAIM_TYPENAMES = new Map<string, string>(Object.entries(CLAIM_KIND).map(([kind, k]) => [k.typename, kind]));

export function encodeGroup(group: GroupRef): string {
  const fields: string[] = [group.centre, group.relationship, group.direction];
  if (group.part) fields.push(group.part.nodeType, group.part.vote ?? '', group.part.counterpart ?? '');
  return Buffer.from(`${GROUP_PREFIX}${JSON.stringify(fields)}`).toString('base64');
}

/** The label and claim kind a part's members have ('' for any). */
function memberFilter(nodeType: string): { label: string; kind: string } | null {
  if ((ENTITY_TYPES as readonly string[]).includes(nodeType)) return { label: nodeType, kind: '' };
  const kind = CLAIM_TYPENAMES.get(nodeType);
  return kind ? { label: 'Claim', kind } : null;
}

function decodeGroup(id: string): GroupRef {
  const refused = () =>
    badInput('group: not the id of a group or part returned by neighborhood (its `groups`)', { argument: 'group' });
  if (typeof id !== 'string' || id.length > 1_000) throw refused();
  const text = Buffer.from(id, 'base64').toString('utf8');
  if (!text.startsWith(GROUP_PREFIX)) throw refused();
  let fields: unknown;
  try {
    fields = JSON.parse(text.slice(GROUP_PREFIX.length));
  } catch {
    throw refused();
  }
  if (!Array.isArray(fields) || (fields.length !== 3 && fields.length !== 6)) throw refused();
  if (!fields.every((f) => typeof f === 'string' && f.length <= 400)) throw refused();
  const [centre, relationship, direction, nodeType, vote, counterpart] = fields as string[];
  if (!KEY_PATTERN.test(centre!)) throw refused();
  if (!(LINK_TYPES as readonly string[]).includes(relationship!)) throw refused();
  if (!(LINK_DIRECTIONS as readonly string[]).includes(direction!)) throw refused();
  const group: GroupRef = {
    centre: centre!,
    relationship: relationship as LinkType,
    direction: direction as LinkDirection,
  };
  if (fields.length === 6) {
    if (!memberFilter(nodeType!)) throw refused();
    if (vote !== '' && !(VOTES as readonly string[]).includes(vote!)) throw refused();
    if (counterpart !== '' && !KEY_PATTERN.test(counterpart!)) throw refused();
    group.part = { nodeType: nodeType!, vote: vote || null, counterpart: counterpart || null };
  }
  return group;
}

// ------------------------------------------------------------------ groups

/** A group as read/neighborhood returns it: counted from Neo4j's degrees, parts from its first `read` links. */
interface GroupRow {
  type: LinkType;
  out: boolean;
  count: number;
  read: number;
  parts: {
    labels: string[];
    kind: string | null;
    vote: string | null;
    members: number;
    counterpart: Record<string, unknown> | null;
  }[];
  others: number;
}

export interface LinkGroup {
  id: string;
  relationship: LinkType;
  direction: LinkDirection;
  count: number;
  /** How many links the parts were told apart from; null when from all of them. */
  sampled: number | null;
  parts: LinkGroupPart[];
  otherCount: number;
  label: string;
}

export interface LinkGroupPart {
  id: string;
  relationship: LinkType;
  direction: LinkDirection;
  nodeType: string;
  vote: string | null;
  counterpart: GraphViewNode | null;
  counterpartRole: CounterpartRole | null;
  count: number;
  estimated: boolean;
  label: string;
}

const arrow = (direction: LinkDirection) => (direction === 'OUTGOING' ? '→' : '←');
const figure = (n: number) => n.toLocaleString('en');

/** An estimate's count, to two significant figures: 29,437 of a sample reads as "≈29,000". */
function estimate(members: number, factor: number): number {
  const value = members * factor;
  return value < 100 ? Math.max(1, Math.round(value)) : Number(value.toPrecision(2));
}

function toGroup(centre: string, row: GroupRow): LinkGroup {
  const direction: LinkDirection = row.out ? 'OUTGOING' : 'INCOMING';
  const sampled = row.read < row.count ? row.read : null;
  const factor = sampled ? row.count / sampled : 1;
  const rule = COUNTERPART[linkSide(row.type, direction)];
  const parts = row.parts.map((p): LinkGroupPart => {
    const nodeType = toNode({ labels: p.labels, kind: p.kind }).__typename;
    const counterpart = p.counterpart ? viewNode(p.counterpart) : null;
    const count = sampled ? estimate(p.members, factor) : p.members;
    const vote = p.vote ?? null;
    const head = `${row.type}${vote ? ` ${vote}` : ''} ${arrow(direction)} ${nodeType} ×${sampled ? '≈' : ''}${figure(count)}`;
    return {
      id: encodeGroup({
        centre,
        relationship: row.type,
        direction,
        part: { nodeType, vote, counterpart: counterpart?.key ?? null },
      }),
      relationship: row.type,
      direction,
      nodeType,
      vote,
      counterpart,
      counterpartRole: rule?.role ?? null,
      count,
      estimated: sampled !== null,
      label: counterpart && rule ? `${head} ${COUNTERPART_PHRASE[rule.role]} ${counterpart.label}` : head,
    };
  });
  return {
    id: encodeGroup({ centre, relationship: row.type, direction }),
    relationship: row.type,
    direction,
    count: row.count,
    sampled,
    parts,
    otherCount: sampled && row.others > 0 ? estimate(row.others, factor) : row.others,
    label: `${row.type} ${arrow(direction)} ×${figure(row.count)}`,
  };
}

const LinkDirectionRef = builder.enumType('LinkDirection', {
  description: 'Which way a link points, seen from the centre of a neighbourhood.',
  values: enumValuesOf(LINK_DIRECTION),
});

const CounterpartRoleRef = builder.enumType('CounterpartRole', {
  description: 'What the node beyond a claim or transfer is to it: what tells a hub’s claims and transfers apart.',
  values: enumValuesOf(COUNTERPART_ROLE),
});

const groupFields = {
  relationship: 'Relationship type: MADE, VOTED, SUPPLIED_BY, ...',
  direction: 'OUTGOING when the links start at the centre ((Russia)-[:MADE]->(claim)), INCOMING when they end there.',
} as const;

const LinkGroupPartRef = builder.objectRef<LinkGroupPart>('RelationshipGroupPart').implement({
  description:
    'Part of a group of links: its members of one type (an Accusation, a Resolution), with one vote, and for claims and transfers one counterpart (the target, speaker, recipient or supplier beyond them).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Pass it to `neighborhoodGroup(group:)` to page through the members.' }),
    relationship: t.exposeString('relationship', { description: groupFields.relationship }),
    direction: t.field({ type: LinkDirectionRef, description: groupFields.direction, resolve: (p) => p.direction }),
    nodeType: t.exposeString('nodeType', {
      description: 'GraphQL type of the members: Accusation, Resolution, WeaponsTransfer, ...',
    }),
    vote: t.exposeString('vote', { nullable: true, description: 'The vote cast, for VOTED links.' }),
    counterpart: t.field({
      type: SubgraphNode,
      nullable: true,
      description:
        'The node beyond the members that they share: the claims’ target or speaker, the transfers’ recipient or supplier. Null for members with none, and for links that have no counterpart.',
      resolve: (p) => p.counterpart,
    }),
    counterpartRole: t.field({
      type: CounterpartRoleRef,
      nullable: true,
      description: 'What the counterpart is to the members; null for links that have none.',
      resolve: (p) => p.counterpartRole,
    }),
    count: t.exposeInt('count', {
      description: 'How many members. Exact unless `estimated`. A claim with two targets counts in the part of each.',
    }),
    estimated: t.exposeBoolean('estimated', {
      description: `True when the group has more than ${BREAKDOWN_READ.toLocaleString('en')} links: the count is scaled from the share of the part among the first ${BREAKDOWN_READ.toLocaleString('en')} read, to two significant figures.`,
    }),
    label: t.exposeString('label', {
      description: 'Text to show: "MADE → Accusation ×≈30,000 targeting Ukraine", "VOTED FOR → Resolution ×2,324".',
    }),
  }),
});

const LinkGroupRef = builder.objectRef<LinkGroup>('RelationshipGroup').implement({
  description:
    'The links of one type and direction at the centre of a neighbourhood, counted, and told apart into parts.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Pass it to `neighborhoodGroup(group:)` to page through the members.' }),
    relationship: t.exposeString('relationship', { description: groupFields.relationship }),
    direction: t.field({ type: LinkDirectionRef, description: groupFields.direction, resolve: (g) => g.direction }),
    count: t.exposeInt('count', {
      description: 'How many links: exact, read from the degree Neo4j keeps for the type and direction.',
    }),
    parts: t.field({
      type: [LinkGroupPartRef],
      description: `The largest parts, at most ${MAX_PARTS}, by member type, vote and counterpart.`,
      resolve: (g) => g.parts,
    }),
    otherCount: t.exposeInt('otherCount', {
      description: 'Members in the parts beyond those listed (estimated when the parts are).',
    }),
    sampled: t.exposeInt('sampled', {
      nullable: true,
      description: 'How many links the parts were told apart from, when not all: their counts are then estimated.',
    }),
    label: t.exposeString('label', { description: 'Text to show: "MADE → ×46,000".' }),
  }),
});

builder.objectField(SubgraphRef, 'groups', (t) =>
  t.field({
    type: [LinkGroupRef],
    description:
      'For a neighbourhood: every link of the centre in groups by type and direction, the largest first, each with its count and parts. A hub (more links than `limit`) shows a share of each group in `nodes`; page through a group or part with `neighborhoodGroup`. Empty for a path.',
    resolve: (s) => s.groups ?? [],
  }),
);

builder.queryField('neighborhood', (t) =>
  t.field({
    type: SubgraphRef,
    description: `The subgraph within \`depth\` hops of an entity or claim, at most \`limit\` nodes, nearest first, and the centre's links in \`groups\`. Articles are left out. A node with more links than \`limit\` (a hub) shows each group of its links in part, and says \`truncated\`.`,
    args: {
      id: t.arg.id({ required: true, description: 'The entity or claim at the centre (global id or key).' }),
      depth: t.arg.int({ required: false, defaultValue: 1, description: `Hops from the centre, 1 to ${MAX_DEPTH}.` }),
      limit: t.arg.int({ required: false, defaultValue: 200, description: `Most nodes to return, 1 to ${MAX_NODES}.` }),
    },
    resolve: async (_root, args, ctx, info) => {
      const key = keyFromId(args.id, 'id');
      const depth = bounded(args.depth ?? 1, 'depth', 1, MAX_DEPTH);
      const limit = bounded(args.limit ?? 200, 'limit', 1, MAX_NODES);
      // Parts cost a read of each group's first links: only when asked for.
      const parts = fromSelection(info, 'group-parts', (s) => s.at('groups').has('parts', 'otherCount', 'sampled'));
      const [row] = await ctx.graph.read<SubgraphRow & { truncated: boolean; groups: GroupRow[] }>(
        'read/neighborhood',
        neighborhoodParams(key, depth, limit, parts),
      );
      if (!row) throw notFound(`id: no entity or claim with id ${key}`, { argument: 'id' });
      return {
        ...toSubgraph(row.nodes, row.edges, row.truncated),
        groups: row.groups.map((g) => toGroup(key, g)),
      };
    },
  }),
);

// ------------------------------------------------------------------ pages

interface GroupPage {
  centre: GraphViewNode;
  group: GroupRef;
  counterpart: GraphViewNode | null;
  totalCount: number | null;
  edges: { cursor: string; node: GraphViewNode; links: GraphViewEdge[] }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const GroupMemberRef = builder.objectRef<GroupPage['edges'][number]>('RelationshipGroupMemberEdge').implement({
  description: 'One member of a group on a page, with the links that tie it to the centre and the counterpart.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Opaque cursor of this member; pass it as `after` to continue.' }),
    node: t.field({ type: SubgraphNode, description: 'The member.', resolve: (e) => e.node }),
    links: t.field({
      type: [SubgraphEdge],
      description:
        'Its link to the centre, then, on a page of a part with a counterpart, its links to that counterpart: both ends are the centre, the member or the page’s counterpart.',
      resolve: (e) => e.links,
    }),
  }),
});

const GroupPageRef = builder.objectRef<GroupPage>('RelationshipGroupPage').implement({
  description: 'A page of the members of one group (or part) of a node’s links, in the order the store keeps them.',
  fields: (t) => ({
    centre: t.field({ type: SubgraphNode, description: 'The node the links are at.', resolve: (p) => p.centre }),
    relationship: t.string({ description: groupFields.relationship, resolve: (p) => p.group.relationship }),
    direction: t.field({
      type: LinkDirectionRef,
      description: groupFields.direction,
      resolve: (p) => p.group.direction,
    }),
    nodeType: t.string({
      nullable: true,
      description: 'For a part: the GraphQL type of its members. Null for a whole group.',
      resolve: (p) => p.group.part?.nodeType ?? null,
    }),
    vote: t.string({
      nullable: true,
      description: 'For a part: the vote.',
      resolve: (p) => p.group.part?.vote ?? null,
    }),
    counterpart: t.field({
      type: SubgraphNode,
      nullable: true,
      description: 'For a part: the counterpart its members share.',
      resolve: (p) => p.counterpart,
    }),
    totalCount: t.int({
      nullable: true,
      description:
        'How many members in all: for a whole group, its count. For a part, counting would read the whole group, so it is known on its last page only (null before: see the part’s `count`).',
      resolve: (p) => p.totalCount,
    }),
    edges: t.field({ type: [GroupMemberRef], description: 'The members on this page.', resolve: (p) => p.edges }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: 'Whether more members follow, and the cursor to fetch them.',
      resolve: (p) => p.pageInfo,
    }),
  }),
});

builder.queryField('neighborhoodGroup', (t) =>
  t.field({
    type: GroupPageRef,
    description:
      'A page of the members of one group (or part) of a node’s links, with the links that tie each to the centre (and to the part’s counterpart): how a hub’s thousands of links are read, a page at a time. Members come in the order the store keeps them; links added meanwhile may shift the pages.',
    args: {
      group: t.arg.id({
        required: true,
        description: 'The `id` of a group or part, from `neighborhood { groups { id parts { id } } }`.',
      }),
      first: t.arg.int({ required: false, description: 'Page size: at most 100 (20 when omitted).' }),
      after: t.arg.string({ required: false, description: 'The `endCursor` of the page before.' }),
    },
    resolve: async (_root, args, ctx) => {
      const group = decodeGroup(args.group);
      const window = pageWindow({ first: args.first, after: args.after });
      const side = linkSide(group.relationship, group.direction);
      const rule = COUNTERPART[side];
      const members = group.part ? memberFilter(group.part.nodeType)! : { label: '', kind: '' };
      const [row] = await ctx.graph.read<{
        centre: Record<string, unknown>;
        counterpart: Record<string, unknown> | null;
        total: number;
        members: { node: Record<string, unknown>; edges: EdgeMap[] }[];
      }>('read/neighborhood-group', {
        q: {
          key: group.centre,
          side,
          type: group.relationship,
          label: members.label,
          kind: members.kind,
          vote: group.part?.vote ?? '',
          // A part of claims or transfers is the members with this counterpart ('': with none).
          via: group.part && rule ? rule.via : '',
          counterpart: group.part?.counterpart ?? '',
        },
        out: group.direction === 'OUTGOING',
        types: storedLinkTypes(group.relationship),
        viaTypes: group.part && rule ? storedLinkTypes(rule.via) : [],
        viaOut: rule?.outward ?? false,
        offset: window.offset,
        take: window.limit + 1,
      });
      if (!row) throw notFound(`group: no entity or claim with id ${group.centre}`, { argument: 'group' });
      const centre = viewNode(row.centre);
      const counterpart = row.counterpart ? viewNode(row.counterpart) : null;
      const rows = row.members;
      const more = rows.length > window.limit;
      const page = rows.slice(0, window.limit).map((m, i) => {
        const node = viewNode(m.node);
        const ids = new Map([
          [centre.key, centre.id],
          [node.key, node.id],
          ...(counterpart ? [[counterpart.key, counterpart.id] as const] : []),
        ]);
        return {
          cursor: encodeCursor(window.offset + i),
          node,
          links: m.edges.map((e) => viewEdge(e, ids.get(e.from)!, ids.get(e.to)!)),
        };
      });
      const lastPage = !more && (page.length > 0 || window.offset === 0);
      return {
        centre,
        group,
        counterpart,
        totalCount: group.part ? (lastPage ? window.offset + page.length : null) : row.total,
        edges: page,
        pageInfo: {
          hasNextPage: more,
          hasPreviousPage: window.offset > 0,
          startCursor: page[0]?.cursor ?? null,
          endCursor: page.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
