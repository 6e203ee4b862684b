import neo4j from 'neo4j-driver';
import { afterAll } from 'vitest';
import type { Graph } from '../../src/neo4j/graph.js';
import { uniqueSlug } from './graph.js';
import type { LooseJson } from './json.js';
import { deriveFromClaims } from './tallies.js';

/**
 * Helpers for tests that write: state codes that cannot collide with real
 * data or other test files, and snapshots of a subgraph to compare before
 * and after a write.
 */

/**
 * State keys are alpha-3 codes and cannot carry a slug. QMA-QZZ is a range
 * ISO 3166 leaves to private use and real data never has (tests/ingest.test.ts
 * uses XAA-XZZ).
 */
/** A private-use state code below that range: no test creates it, so a write naming it is refused. */
export const ABSENT_STATE_KEY = 'state:QLZ';

let stateSequence = Math.floor(Math.random() * 364);
export function privateStateCode(): string {
  const n = stateSequence++ % 364;
  return `Q${String.fromCharCode(77 + Math.floor(n / 26))}${String.fromCharCode(65 + (n % 26))}`;
}

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isDateTime(value as never) || neo4j.isDate(value as never)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

export interface Snapshot {
  nodes: { key: string; labels: string[]; props: Record<string, unknown> }[];
  relationships: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

/**
 * The nodes with these keys and every relationship touching them, with all
 * properties (provenance included unless left out), in a stable order.
 */
export async function snapshot(graph: Graph, keys: string[], omit: string[] = []): Promise<Snapshot> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (n) WHERE n.key IN $keys
     OPTIONAL MATCH (n)-[r]-()
     WITH collect(DISTINCT n) AS nodes, collect(DISTINCT r) AS rels
     RETURN [n IN nodes | {key: n.key, labels: labels(n), props: properties(n)}] AS nodes,
            [r IN rels | {type: type(r), from: startNode(r).key, to: endNode(r).key, props: properties(r)}] AS relationships`,
    { keys },
    { database: graph.database },
  );
  const row = records[0]!.toObject() as Snapshot;
  const strip = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(plain(props) as Record<string, unknown>).filter(([k]) => !omit.includes(k)));
  const nodes = row.nodes
    .map((n) => ({ key: n.key, labels: [...n.labels].sort(), props: strip(n.props) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const relationships = row.relationships
    .map((r) => ({ ...r, props: strip(r.props) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { nodes, relationships };
}

/** Runs Cypher directly against the test graph (for checks the API does not expose). */
export async function cypherRows(graph: Graph, statement: string, params: Record<string, unknown> = {}) {
  const { records } = await graph.driver.executeQuery(statement, params, { database: graph.database });
  return records.map((r) => plain(r.toObject()) as Record<string, LooseJson>);
}

/**
 * Keys for a test file that writes, removed with everything attached to
 * them (and the history of its states) after the file's tests, so that
 * files which count across the whole graph (all denials, all claims of a
 * kind) see only the seed data whatever order the files run in. Register it after testApp/testGraph so that it
 * runs before their drivers close.
 */
export function writtenKeys(graph: Graph) {
  const slugs: string[] = [];
  const states: string[] = [];
  afterAll(async () => {
    await graph.driver.executeQuery(
      'MATCH (n) WHERE n.key IN $states OR any(slug IN $slugs WHERE n.key ENDS WITH slug) DETACH DELETE n',
      { slugs, states },
      { database: graph.database },
    );
    // State codes come from a small private range that later files reuse:
    // their history goes too, so a later file reads only its own.
    await graph.driver.executeQuery(
      'MATCH (i:ChangeItem) WHERE i.nodeKey IN $states DETACH DELETE i',
      { states },
      { database: graph.database },
    );
    await deriveFromClaims(graph);
  });
  return {
    slug(label: string): string {
      const slug = uniqueSlug(label);
      slugs.push(slug);
      return slug;
    },
    stateKey(): string {
      const key = `state:${privateStateCode()}`;
      states.push(key);
      return key;
    },
  };
}
