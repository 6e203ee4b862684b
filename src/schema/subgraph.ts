import { pathOrigins, seenLinkType } from '../domain/index.js';
import { builder } from './builder.js';
import type { Context } from '../context.js';
import { badInput, notFound } from '../errors.js';
import { globalId, keyFromId } from './ids.js';
import { ClaimOriginEnum } from './origin.js';
import type { LinkGroup } from './neighborhood.js';
import { typenameOf } from './shapes.js';

/**
 * Subgraphs shaped for graph views (Cytoscape.js, Neo4j NVL, vis-network,
 * Sigma): flat lists of nodes and edges whose ends are ids of nodes in the
 * same answer. Node ids are the global ids `node(id:)` accepts.
 */
export const MAX_HOPS = 8;
const MAX_PATHS = 25;

export interface GraphViewNode {
  id: string;
  key: string;
  type: string;
  label: string;
}
export interface GraphViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
}
export interface Subgraph {
  nodes: GraphViewNode[];
  edges: GraphViewEdge[];
  truncated: boolean;
  /** A neighbourhood's centre's links in groups (none for a path). */
  groups?: LinkGroup[];
}

/** An edge as the Cypher statements return it: type, end keys and the properties its id and label are made of. */
export interface EdgeMap {
  type: string;
  from: string;
  to: string;
  props?: Record<string, unknown> | null;
}

export const SubgraphNode = builder.objectRef<GraphViewNode>('SubgraphNode').implement({
  description: 'A node of a subgraph.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Global id; pass it to `node(id:)` for the full record.' }),
    key: t.exposeString('key', { description: 'Readable key, e.g. `state:RUS`.' }),
    type: t.exposeString('type', { description: 'GraphQL type name: State, Person, Accusation, ...' }),
    label: t.exposeString('label', { description: 'Text to show: the name, or a claim’s kind and allegation.' }),
  }),
});

export const SubgraphEdge = builder.objectRef<GraphViewEdge>('SubgraphEdge').implement({
  description: 'A directed relationship between two nodes of the same subgraph.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id of the relationship.' }),
    source: t.exposeID('source', { description: 'Id of the node it starts from.' }),
    target: t.exposeID('target', { description: 'Id of the node it points to.' }),
    type: t.exposeString('type', { description: 'Relationship type: HOLDS_POSITION, MADE, TARGETS, VETOED, ...' }),
    label: t.exposeString('label', { description: 'Text to show: the type in words, with its title, role or vote.' }),
  }),
});

export const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description: 'A set of nodes and the edges between them, ready for a graph view.',
  fields: (t) => ({
    nodes: t.field({ type: [SubgraphNode], description: 'The nodes, nearest first.', resolve: (s) => s.nodes }),
    edges: t.field({
      type: [SubgraphEdge],
      description: 'The edges; both ends are in `nodes`.',
      resolve: (s) => s.edges,
    }),
    truncated: t.exposeBoolean('truncated', { description: 'True when a limit cut the answer short.' }),
  }),
});

/**
 * A node map from Cypher as a graph view shows it. Read straight from the
 * map, not through toNode: a view needs four strings, and a hub's answer
 * has hundreds of nodes that no resolver reads as typed nodes.
 */
export function viewNode(map: Record<string, unknown>): GraphViewNode {
  const type = typenameOf(map);
  const key = map.key as string;
  const label = map.kind
    ? `${type}: ${(map.allegation as string | null) ?? key}`
    : ((map.name ?? map.symbol ?? key) as string);
  return { id: globalId(type, key), key, type, label };
}

function edgeLabel(type: string, props: Record<string, unknown>): string {
  const words = type.toLowerCase().replaceAll('_', ' ');
  const detail = props.title ?? props.role ?? props.vote;
  return detail ? `${words}: ${detail}` : words;
}

/** An edge between two nodes whose global ids are known. */
export function viewEdge(e: EdgeMap, source: string, target: string): GraphViewEdge {
  const props = e.props ?? {};
  // A relationship's own key where it has one; else its ends, type and what tells parallel ones apart.
  const distinct = props.title ?? props.role ?? props.vote;
  // A coded claim's CODED_MADE is shown as the MADE it is; the claim's origin tells them apart.
  const type = seenLinkType(e.type);
  const id = typeof props.key === 'string' ? props.key : `${e.from}-${type}->${e.to}${distinct ? `#${distinct}` : ''}`;
  return { id, source, target, type, label: edgeLabel(type, props) };
}

/**
 * A node as the subgraph statements return it (read/neighborhood,
 * read/path): a list, not a map. A hub's answer has hundreds of nodes and
 * edges, and as maps their keys' names were most of what crossed the wire
 * and most of what the driver decoded.
 */
export type NodeRow = [
  key: string,
  labels: string[],
  name?: string | null,
  symbol?: string | null,
  kind?: string | null,
  allegation?: string | null,
];
/** An edge as the subgraph statements return it: type, end keys, and the properties its id and label are made of when it has any. */
export type EdgeRow = [type: string, from: string, to: string, props?: Record<string, unknown> | null];

/** What the subgraph statements return. */
export interface SubgraphRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** Turns the subgraph statements' node and edge rows into a subgraph with ids and no duplicates. */
export function toSubgraph(nodeRows: NodeRow[], edgeRows: EdgeRow[], truncated: boolean): Subgraph {
  const nodes = nodeRows.map(([key, labels, name, symbol, kind, allegation]) =>
    viewNode({ key, labels, name, symbol, kind, allegation }),
  );
  const idByKey = new Map(nodes.map((n) => [n.key, n.id]));
  const seen = new Set<string>();
  const edges: GraphViewEdge[] = [];
  for (const [type, from, to, props] of edgeRows) {
    const source = idByKey.get(from);
    const target = idByKey.get(to);
    if (!source || !target) continue;
    const edge = viewEdge({ type, from, to, props }, source, target);
    if (seen.has(edge.id)) continue;
    seen.add(edge.id);
    edges.push(edge);
  }
  return { nodes, edges, truncated };
}

export function bounded(value: number, argument: string, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be between ${min} and ${max} (got ${value})`, { argument, min, max });
  }
  return value;
}

async function ensureExists(ctx: Context, key: string, argument: string) {
  const node = await ctx.loaders.node(key);
  if (!node || node.__typename === 'Article')
    throw notFound(`${argument}: no entity or claim with id ${key}`, { argument });
}

builder.queryField('path', (t) =>
  t.field({
    type: SubgraphRef,
    description:
      'How two entities are connected: the shortest paths between them (at most 25), as one subgraph. Empty when none is found within maxHops. Articles are left out, and so are coded claims unless origin is CODED.',
    args: {
      from: t.arg.id({ required: true, description: 'One end (global id or key).' }),
      to: t.arg.id({ required: true, description: 'The other end (global id or key).' }),
      maxHops: t.arg.int({
        required: false,
        defaultValue: 6,
        description: `Longest path to consider, 1 to ${MAX_HOPS}.`,
      }),
      origin: t.arg({
        type: ClaimOriginEnum,
        required: false,
        description:
          'The claims a path may pass through: REPORTED (the default: claims in articles’ words) or CODED (a dataset’s coded events, such as GDELT’s, beside the reported ones).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const from = keyFromId(args.from, 'from');
      const to = keyFromId(args.to, 'to');
      const maxHops = bounded(args.maxHops ?? 6, 'maxHops', 1, MAX_HOPS);
      if (from === to) throw badInput('from and to are the same entity', { argument: 'to' });
      const [row] = await ctx.graph.read<SubgraphRow & { pathCount: number }>('read/path', {
        from,
        to,
        maxHops,
        maxPaths: MAX_PATHS + 1,
        origins: pathOrigins(args.origin ?? null),
      });
      if (row.nodes.length === 0) {
        // Either an end is missing or no path lies within the bound: tell the two apart.
        await Promise.all([ensureExists(ctx, from, 'from'), ensureExists(ctx, to, 'to')]);
      }
      return toSubgraph(row.nodes, row.edges, row.pathCount > MAX_PATHS);
    },
  }),
);
