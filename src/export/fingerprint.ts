import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Graph, Row } from '../neo4j/graph.js';

/**
 * A fingerprint of a graph's content, to tell whether two graphs hold the
 * same thing (an export and the graph rebuilt from it, a backup and its
 * restore). It covers every node but the history's (Change, ChangeItem)
 * and the record of applied migrations (Migration):
 * its labels and every property, and every relationship: its type, the keys
 * of its ends and every property, lists in their order. It leaves out who
 * wrote each and when (updatedBy, updatedAt), which a rebuilt graph records
 * anew, and the history itself, which ingest documents do not carry.
 */

export const FINGERPRINT_COVERS =
  'every node but the history’s (labels and properties) and every relationship (type, end keys and properties), without updatedBy and updatedAt';

const LEFT_OUT = new Set(['updatedBy', 'updatedAt']);

export interface Fingerprint {
  /** sha256 of the sorted canonical lines, hex. */
  hash: string;
  nodes: number;
  relationships: number;
  /** Nodes by label set (`Entity:State`, `Claim`, ...). */
  labels: Record<string, number>;
  /** Relationships by type. */
  types: Record<string, number>;
}

/** JSON with object keys sorted at every level and temporal values as ISO text, so equal content prints equal. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isDateTime(value as never) || neo4j.isDate(value as never) || neo4j.isLocalDateTime(value as never))
    return JSON.stringify(String(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const content = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !LEFT_OUT.has(k)));

function count(tally: Record<string, number>, key: string) {
  tally[key] = (tally[key] ?? 0) + 1;
}

export async function fingerprint(graph: Graph): Promise<Fingerprint> {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const nodeLines = (await graph.read<{ labels: string[]; props: Row }>('fingerprint/nodes')).map((r) => {
    const sorted = [...r.labels].sort();
    count(labels, sorted.join(':'));
    return canonical([sorted, content(r.props)]);
  });
  const relationshipLines = (
    await graph.read<{ type: string; from: string; to: string; props: Row }>('fingerprint/relationships')
  ).map((r) => {
    count(types, r.type);
    return canonical([r.type, r.from, r.to, content(r.props)]);
  });
  const hash = createHash('sha256');
  for (const line of nodeLines.sort()) hash.update(`${line}\n`);
  hash.update('--\n');
  for (const line of relationshipLines.sort()) hash.update(`${line}\n`);
  return { hash: hash.digest('hex'), nodes: nodeLines.length, relationships: relationshipLines.length, labels, types };
}

/** One line: "sha256:… (145 nodes, 612 relationships)", and the breakdown on the lines after. */
export function formatFingerprint(f: Fingerprint): string {
  const tally = (t: Record<string, number>) =>
    Object.entries(t)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return `sha256:${f.hash} (${f.nodes} nodes, ${f.relationships} relationships)\n  nodes: ${tally(f.labels)}\n  relationships: ${tally(f.types)}`;
}
