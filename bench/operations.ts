import { readFileSync } from 'node:fs';
import { contractOperation } from '../src/contract.js';
import { luceneQuery } from '../src/schema/lucene.js';

/**
 * The contract operations that all three systems can answer, and how each
 * system is asked for the same data: ours runs the contract document as
 * written; the floor takes the variables at POST /<operation>; the peer runs
 * its own document (bench/peer/*.graphql) against @neo4j/graphql's schema.
 */

export type SystemName = 'this' | 'this+cache' | 'floor' | 'peer' | 'bare';
/**
 * `this` runs with the response cache off (the targets apply to it);
 * `this+cache` is the same server with the cache on, as deployed.
 */
export const SYSTEMS: SystemName[] = ['this', 'this+cache', 'floor', 'peer'];
/** Systems that are this server, asked exactly as `this` is. */
export const OURS: ReadonlySet<SystemName> = new Set(['this', 'this+cache', 'bare']);
/** bench/bare-server.ts: a diagnostic run only with --with-bare, asked exactly as `this` is. */
export const DIAGNOSTIC_SYSTEMS: SystemName[] = ['bare'];

export type OperationName =
  'search' | 'accusations' | 'accusations-deep' | 'neighborhood' | 'entity' | 'path' | 'resolutions';
export const OPERATIONS: OperationName[] = [
  'search',
  'accusations',
  'accusations-deep',
  'neighborhood',
  'entity',
  'path',
  'resolutions',
];

/**
 * Operations whose variables hold a cursor deep in a list, found before
 * timing by paging through the list on each system (`deepCursors`).
 */
export const DEEP_PAGES: Partial<Record<OperationName, OperationName>> = { 'accusations-deep': 'accusations' };

/** Look-ups that go through an index (key or full-text): the 2x p50 target at a million relationships. */
export const INDEXED_LOOKUPS: OperationName[] = ['search', 'entity'];

export interface HttpRequest {
  path: string;
  body: string;
}

/** Relay global ids, as @pothos/plugin-relay encodes them. */
const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');

const contract = contractOperation;
const peerDocument = (file: string) => readFileSync(new URL(`./peer/${file}.graphql`, import.meta.url), 'utf8');

interface Spec {
  /** The operation name in the contract document (our request log reports it). */
  graphqlName: string;
  contractFile: string;
  variables: Record<string, unknown>;
  peerVariables: Record<string, unknown>;
}

// The same entities on every tier: the seed's real keys, hubs in the synthetic graphs.
const SEARCH_TEXT = 'korea';
const SPECS: Record<OperationName, Spec> = {
  search: {
    graphqlName: 'Search',
    contractFile: 'search',
    variables: { text: SEARCH_TEXT, first: 10 },
    peerVariables: { phrase: luceneQuery(SEARCH_TEXT)!, first: 10 },
  },
  accusations: {
    graphqlName: 'WhoAccusedWhom',
    contractFile: 'accusations',
    variables: { accused: 'state:RUS', first: 20 },
    peerVariables: { accused: 'state:RUS', first: 20 },
  },
  // The same accusations, one page from about nine tenths down the list (its cursor is set before timing).
  'accusations-deep': {
    graphqlName: 'WhoAccusedWhom',
    contractFile: 'accusations',
    variables: { accused: 'state:RUS', first: 20 },
    peerVariables: { accused: 'state:RUS', first: 20 },
  },
  neighborhood: {
    graphqlName: 'Neighborhood',
    contractFile: 'neighborhood',
    variables: { id: 'state:PRK', depth: 1, limit: 200 },
    peerVariables: { key: 'state:PRK', depth: 1, limit: 200 },
  },
  entity: {
    graphqlName: 'Entity',
    contractFile: 'entity',
    variables: { id: globalId('State', 'state:RUS') },
    peerVariables: { key: 'state:RUS' },
  },
  path: {
    graphqlName: 'Path',
    contractFile: 'path',
    variables: { from: 'person:kim-jong-un', to: 'state:UKR', maxHops: 6 },
    peerVariables: { from: 'person:kim-jong-un', to: 'state:UKR', maxHops: 6 },
  },
  resolutions: {
    graphqlName: 'Resolutions',
    contractFile: 'resolutions',
    variables: { about: 'state:PRK', first: 50 },
    peerVariables: { about: 'state:PRK', first: 50 },
  },
};

/** Cursors found by `deepCursors`, per system and operation. */
const cursors = new Map<string, { after: string; position: number; total: number }>();

export function setDeepCursor(system: SystemName, op: OperationName, after: string, position: number, total: number) {
  cursors.set(`${system}|${op}`, { after, position, total });
}

function variablesFor(system: SystemName, op: OperationName): Record<string, unknown> {
  const spec = SPECS[op];
  const base = system === 'peer' ? spec.peerVariables : spec.variables;
  const cursor = cursors.get(`${OURS.has(system) ? 'this' : system}|${op}`);
  return cursor ? { ...base, after: cursor.after } : base;
}

/** Where a deep page starts, for the log. */
export function deepPosition(op: OperationName): string {
  const found = [...cursors.entries()].filter(([k]) => k.endsWith(`|${op}`));
  return found.map(([k, c]) => `${k.split('|')[0]} after ${c.position} of ${c.total}`).join(', ');
}

/** The connection in an answer to an operation that pages (ours, the floor's or the peer's shape). */
export function connectionOf(
  op: OperationName,
  system: SystemName,
  body: any,
): { totalCount: number; edges: unknown[]; pageInfo: { endCursor: string | null } } {
  const data = body?.data;
  if (op === 'accusations' || op === 'accusations-deep')
    return system === 'peer' ? data.claimsConnection : data.accusations;
  throw new Error(`${op} does not page`);
}

export function graphqlName(op: OperationName): string {
  return SPECS[op].graphqlName;
}

export function describeVariables(op: OperationName): string {
  const deep = deepPosition(op);
  return `${JSON.stringify(SPECS[op].variables)}${deep ? ` (${deep})` : ''}`;
}

export function requestFor(
  system: SystemName,
  op: OperationName,
  overrides: Record<string, unknown> = {},
): HttpRequest {
  const spec = SPECS[op];
  const variables = { ...variablesFor(system, op), ...overrides };
  switch (system) {
    case 'this':
    case 'this+cache':
    case 'bare':
      return {
        path: '/graphql',
        body: JSON.stringify({ query: contract(spec.contractFile), variables, operationName: spec.graphqlName }),
      };
    case 'floor':
      return { path: `/${DEEP_PAGES[op] ?? op}`, body: JSON.stringify(variables) };
    case 'peer':
      return {
        path: '/graphql',
        body: JSON.stringify({ query: peerDocument(spec.contractFile), variables, operationName: spec.graphqlName }),
      };
  }
}

/**
 * What an answer holds, in numbers that every system's shape yields, so a
 * run can show that the three fetched the same data before timing them.
 */
export function summarize(op: OperationName, system: SystemName, body: any): string {
  const data = body?.data;
  if (!data) return `no data: ${JSON.stringify(body?.errors ?? body).slice(0, 200)}`;
  switch (op) {
    case 'search': {
      const hits = system === 'peer' ? data.searchEntities.edges.map((e: any) => e.node) : data.search;
      return `${hits.length} hits, first "${hits[0]?.name ?? ''}"`;
    }
    case 'accusations':
    case 'accusations-deep': {
      const c = system === 'peer' ? data.claimsConnection : data.accusations;
      const denials = c.edges.reduce((n: number, e: any) => n + e.node.denials.length, 0);
      return `total ${c.totalCount}, page ${c.edges.length}, denials ${denials}`;
    }
    case 'neighborhood':
      return `${data.neighborhood.nodes.length} nodes, ${data.neighborhood.edges.length} edges, truncated ${data.neighborhood.truncated}`;
    case 'entity': {
      const n = system === 'peer' ? data.states[0] : data.node;
      return `${n?.name} (${n?.aliases?.length ?? 0} aliases)`;
    }
    case 'path':
      return `${data.path.nodes.length} nodes, ${data.path.edges.length} edges, truncated ${data.path.truncated}`;
    case 'resolutions': {
      const c = system === 'peer' ? data.resolutionsConnection : data.resolutions;
      const nodes = c.edges.map((e: any) => e.node);
      const sponsors = nodes.reduce((n: number, r: any) => n + r.sponsors.length, 0);
      const vetoes = nodes.reduce((n: number, r: any) => n + r.vetoedBy.length, 0);
      return `total ${c.totalCount}, page ${nodes.length}, sponsors ${sponsors}, vetoes ${vetoes}, first "${nodes[0]?.symbol ?? ''}"`;
    }
  }
}
