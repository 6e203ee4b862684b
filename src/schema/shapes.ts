import neo4j from 'neo4j-driver';
import { claimTypename, ENTITY_TYPES } from '../domain/index.js';

/**
 * What resolvers receive for a graph node: its properties, its GraphQL type
 * name, and, when the query that found it already fetched them, its related
 * nodes in `_parts` (so nested fields need no further round trip).
 */
export interface GraphNode {
  __typename: string;
  key: string;
  name?: string;
  _parts?: Record<string, unknown>;
  [property: string]: unknown;
}

function typenameOf(map: Record<string, unknown>): string {
  const labels = (map.labels as string[]) ?? [];
  if (labels.includes('Claim')) return claimTypename(map.kind as string);
  if (labels.includes('Article')) return 'Article';
  return labels.find((l) => (ENTITY_TYPES as readonly string[]).includes(l)) ?? 'Unknown';
}

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value;
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
 * a GraphNode once made.
 */
const converted = new WeakMap<Record<string, unknown>, GraphNode>();

/** A node map from Cypher (`n {.*, labels: labels(n)}`) as a resolver's parent. */
export function toNode(map: Record<string, unknown>): GraphNode {
  const known = converted.get(map);
  if (known) return known;
  const node: Record<string, unknown> = { __typename: typenameOf(map) };
  for (const [k, v] of Object.entries(map)) if (k !== 'labels') node[k] = plain(v);
  converted.set(map, node as GraphNode);
  return node as GraphNode;
}

export function toNodes(maps: unknown): GraphNode[] {
  return Array.isArray(maps) ? maps.filter(Boolean).map((m) => toNode(m as Record<string, unknown>)) : [];
}

export function toOptionalNode(map: unknown): GraphNode | null {
  return map ? toNode(map as Record<string, unknown>) : null;
}
