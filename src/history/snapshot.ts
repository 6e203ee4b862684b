import neo4j from 'neo4j-driver';
import type { Props } from './change-log.js';

/**
 * What a delete removed, exactly as it was, kept on its history entry so
 * that restoreEntity can put it back: every node with its labels and all
 * its properties (provenance included), and every relationship with its
 * type, the keys of its ends and all its properties. JSON has no temporal
 * values, so those (updatedAt) travel apart, tagged with their type, and
 * become temporal values again on restore.
 */

export interface Temporal {
  type: 'datetime' | 'date' | 'localdatetime';
  value: string;
}

export interface SnapshotNode {
  key: string;
  labels: string[];
  props: Props;
  temporal: Record<string, Temporal>;
}

export interface SnapshotRelationship {
  type: string;
  from: string;
  to: string;
  props: Props;
  temporal: Record<string, Temporal>;
}

export interface Snapshot {
  /** The entity the delete was asked for; the other nodes went with it (cascade). */
  entity: string;
  nodes: SnapshotNode[];
  relationships: SnapshotRelationship[];
}

function temporalOf(value: unknown): Temporal | undefined {
  if (neo4j.isDateTime(value as never)) return { type: 'datetime', value: String(value) };
  if (neo4j.isDate(value as never)) return { type: 'date', value: String(value) };
  if (neo4j.isLocalDateTime(value as never)) return { type: 'localdatetime', value: String(value) };
  return undefined;
}

/** Properties split into what JSON keeps as is and the temporal values. */
export function splitProperties(all: Props): { props: Props; temporal: Record<string, Temporal> } {
  const props: Props = {};
  const temporal: Record<string, Temporal> = {};
  for (const [k, v] of Object.entries(all ?? {})) {
    const t = temporalOf(v);
    if (t) temporal[k] = t;
    else props[k] = v;
  }
  return { props, temporal };
}

/** The snapshot of what write/delete-nodes removed. */
export function snapshotOf(
  entity: string,
  nodes: { key: string; labels: string[]; props: Props }[],
  relationships: { type: string; from: string; to: string; props: Props }[],
): Snapshot {
  return {
    entity,
    nodes: nodes.map((n) => ({ key: n.key, labels: [...n.labels].sort(), ...splitProperties(n.props) })),
    relationships: relationships.map((r) => ({ type: r.type, from: r.from, to: r.to, ...splitProperties(r.props) })),
  };
}

/** Properties as they were, temporal values as ISO text (for the history's before and after). */
export function joinedProperties(item: { props: Props; temporal: Record<string, Temporal> }): Props {
  return { ...item.props, ...Object.fromEntries(Object.entries(item.temporal).map(([k, t]) => [k, t.value])) };
}
