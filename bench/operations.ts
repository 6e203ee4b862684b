import { readFileSync } from 'node:fs';
import { contractOperation } from '../src/contract.js';
import { luceneQuery } from '../src/schema/lucene.js';
import { MAX_PAGE } from '../src/schema/pagination.js';
import type { JsonAnswer } from './harness.js';

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

/** The contract operations (operations/), each as the clients run it. */
export const CONTRACT_OPERATIONS = [
  'search',
  'accusations',
  'accusations-deep',
  'neighborhood',
  'entity',
  'path',
  'resolutions',
  'transfers',
] as const;

/**
 * The reads over the public record (bench/reads/*.graphql), measured on the
 * real-size tier beside the contract: aggregates for charts, the deals
 * behind a flow, and the neighbourhood of the biggest hub.
 */
export const RECORD_OPERATIONS = [
  'hub-neighborhood',
  'flows-india',
  'flows-sankey',
  'flow-deals',
  'voting-record',
  'voting-agreement',
  'agreement-matrix',
  'vetoes',
  'veto-counts',
  'claims-by-month',
  'accusation-matrix',
] as const;

export type OperationName = (typeof CONTRACT_OPERATIONS)[number] | (typeof RECORD_OPERATIONS)[number];
export const OPERATIONS: OperationName[] = [...CONTRACT_OPERATIONS, ...RECORD_OPERATIONS];

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

const peerDocument = (file: string) => readFileSync(new URL(`./peer/${file}.graphql`, import.meta.url), 'utf8');
const readDocument = (file: string) => readFileSync(new URL(`./reads/${file}.graphql`, import.meta.url), 'utf8');

interface Spec {
  /** The operation name in the document (our request log reports it). */
  graphqlName: string;
  /** The document: a contract operation's file, or one of bench/reads. */
  document: () => string;
  variables: Record<string, unknown>;
  /** The peer's document (bench/peer) and variables; none where @neo4j/graphql has no such read. */
  peer?: { file: string; variables: Record<string, unknown> };
}

const contract = (file: string) => () => contractOperation(file);
const read = (file: string) => () => readDocument(file);

/** The Council's fifteen of recent years (those a tier holds are asked about), as the generated voting data seats them most often, for the matrix. */
export const MEMBERS = [
  'CHN',
  'RUS',
  'USA',
  'GBR',
  'FRA',
  'IND',
  'BRA',
  'JPN',
  'DEU',
  'EGY',
  'NGA',
  'MEX',
  'KEN',
  'ARE',
  'GHA',
];

// The same entities on every tier: the seed's real keys, hubs in the synthetic graphs.
const SEARCH_TEXT = 'korea';
const SPECS: Record<OperationName, Spec> = {
  search: {
    graphqlName: 'Search',
    document: contract('search'),
    variables: { text: SEARCH_TEXT, first: 10 },
    peer: { file: 'search', variables: { phrase: luceneQuery(SEARCH_TEXT)!, first: 10 } },
  },
  accusations: {
    graphqlName: 'WhoAccusedWhom',
    document: contract('accusations'),
    variables: { accused: 'state:RUS', first: 20 },
    peer: { file: 'accusations', variables: { accused: 'state:RUS', first: 20 } },
  },
  // The same accusations, one page from about nine tenths down the list (its cursor is set before timing).
  'accusations-deep': {
    graphqlName: 'WhoAccusedWhom',
    document: contract('accusations'),
    variables: { accused: 'state:RUS', first: 20 },
    peer: { file: 'accusations', variables: { accused: 'state:RUS', first: 20 } },
  },
  neighborhood: {
    graphqlName: 'Neighborhood',
    document: contract('neighborhood'),
    variables: { id: 'state:PRK', depth: 1, limit: 200 },
    peer: { file: 'neighborhood', variables: { key: 'state:PRK', depth: 1, limit: 200 } },
  },
  entity: {
    graphqlName: 'Entity',
    document: contract('entity'),
    variables: { id: globalId('State', 'state:RUS') },
    peer: { file: 'entity', variables: { key: 'state:RUS' } },
  },
  path: {
    graphqlName: 'Path',
    document: contract('path'),
    variables: { from: 'person:kim-jong-un', to: 'state:UKR', maxHops: 6 },
    peer: { file: 'path', variables: { from: 'person:kim-jong-un', to: 'state:UKR', maxHops: 6 } },
  },
  resolutions: {
    graphqlName: 'Resolutions',
    document: contract('resolutions'),
    variables: { about: 'state:PRK', first: 50 },
    peer: { file: 'resolutions', variables: { about: 'state:PRK', first: 50 } },
  },
  transfers: {
    graphqlName: 'WeaponsTransfers',
    document: contract('transfers'),
    variables: { recipient: 'state:RUS', first: 50 },
  },
  // The contract's neighbourhood of the entity with the most relationships (its key is found on each tier).
  'hub-neighborhood': {
    graphqlName: 'Neighborhood',
    document: contract('neighborhood'),
    variables: { id: 'state:RUS', depth: 1, limit: 200 },
    peer: { file: 'neighborhood', variables: { key: 'state:RUS', depth: 1, limit: 200 } },
  },
  'flows-india': {
    graphqlName: 'TransferFlows',
    document: read('transfer-flows'),
    variables: { recipient: 'state:IND', from: 2015, to: 2024, groupBy: ['SUPPLIER', 'RECIPIENT', 'YEAR'] },
  },
  'flows-sankey': {
    graphqlName: 'TransferFlows',
    document: read('transfer-flows'),
    variables: { from: 2015, to: 2024, groupBy: ['SUPPLIER', 'RECIPIENT'] },
  },
  'flow-deals': {
    graphqlName: 'FlowDeals',
    document: read('flow-deals'),
    variables: { supplier: 'state:RUS', recipient: 'state:IND', from: 2015, to: 2024 },
  },
  'voting-record': {
    graphqlName: 'VotingRecord',
    document: read('voting-record'),
    variables: { id: 'state:RUS' },
  },
  'voting-agreement': {
    graphqlName: 'VotingAgreement',
    document: read('voting-agreement'),
    variables: { id: 'state:CHN', with: 'state:RUS', from: '2020', to: '2024' },
  },
  'agreement-matrix': {
    graphqlName: 'AgreementMatrix',
    document: read('agreement-matrix'),
    variables: { states: MEMBERS.map((c) => `state:${c}`), from: '2020', to: '2024' },
  },
  vetoes: {
    graphqlName: 'Vetoes',
    document: read('vetoes'),
    variables: { by: 'state:RUS', from: '2000' },
  },
  'veto-counts': {
    graphqlName: 'VetoCounts',
    document: read('veto-counts'),
    variables: { groupBy: ['MEMBER', 'YEAR'] },
  },
  'claims-by-month': {
    graphqlName: 'ClaimsByMonth',
    document: read('claims-by-month'),
    variables: { target: 'state:RUS', from: '2022-01', to: '2024-12' },
  },
  'accusation-matrix': {
    graphqlName: 'AccusationMatrix',
    document: read('accusation-matrix'),
    variables: { origin: 'CODED', from: '2024-06', to: '2024-06' },
  },
};

/** Whether a system can be asked an operation: the peer has no document for the record's reads. */
export function answers(system: SystemName, op: OperationName): boolean {
  return system !== 'peer' || SPECS[op].peer !== undefined;
}

/** The document of an operation as this server is asked it. */
export function documentOf(op: OperationName): string {
  return SPECS[op].document();
}

/** Variables found on each tier before timing (the biggest hub's key), per operation. */
const found = new Map<OperationName, { ours: Record<string, unknown>; peer: Record<string, unknown> }>();

export function setFoundVariables(
  op: OperationName,
  ours: Record<string, unknown>,
  peer: Record<string, unknown> = {},
): void {
  found.set(op, { ours, peer });
}

/** Cursors found by `deepCursors`, per system and operation. */
const cursors = new Map<string, { after: string; position: number; total: number }>();

export function setDeepCursor(system: SystemName, op: OperationName, after: string, position: number, total: number) {
  cursors.set(`${system}|${op}`, { after, position, total });
}

export function variablesFor(system: SystemName, op: OperationName): Record<string, unknown> {
  const spec = SPECS[op];
  const extra = found.get(op);
  const base = system === 'peer' ? { ...spec.peer?.variables, ...extra?.peer } : { ...spec.variables, ...extra?.ours };
  const cursor = cursors.get(`${OURS.has(system) ? 'this' : system}|${op}`);
  return cursor ? { ...base, after: cursor.after } : base;
}

/** Where a deep page starts, for the log. */
export function deepPosition(op: OperationName): string {
  const found = [...cursors.entries()].filter(([k]) => k.endsWith(`|${op}`));
  return found.map(([k, c]) => `${k.split('|')[0]} after ${c.position} of ${c.total}`).join(', ');
}

/** A connection as the operations select it (ours, the floor's and the peer's alike). */
interface Connection<N> {
  totalCount: number;
  edges: { node: N }[];
  pageInfo: { endCursor: string | null };
}

interface Named {
  name?: string | null;
}

interface Subgraph {
  nodes: unknown[];
  edges: unknown[];
  truncated: boolean;
}

/**
 * The fields that the answers' summaries and sizes read, over every
 * operation and system: each answer holds the ones of its operation.
 */
interface AnswerData {
  search: Named[];
  searchEntities: Connection<Named>;
  accusations: Connection<{ denials: unknown[] }>;
  claimsConnection: Connection<{ denials: unknown[] }>;
  neighborhood: Subgraph;
  path: Subgraph;
  node: Named & {
    aliases?: string[] | null;
    votingRecord: Connection<{ total: number }>;
    votingAgreement: { bothVoted: number; same: number; share: number | null };
  };
  states: (Named & { aliases?: string[] | null })[];
  resolutions: Connection<{ symbol?: string | null; sponsors: unknown[]; vetoedBy: unknown[] }>;
  resolutionsConnection: Connection<{ symbol?: string | null; sponsors: unknown[]; vetoedBy: unknown[] }>;
  weaponsTransfers: Connection<{ id: string }>;
  transferFlows: Connection<{ tiv: number }>;
  votingAgreementMatrix: { states: unknown[]; cells: unknown[] };
  vetoes: Connection<{ symbol?: string | null }>;
  vetoCounts: Connection<unknown>;
  coded: Connection<{ count: number }>;
  reported: Connection<{ count: number }>;
  accusationMatrix: Connection<unknown>;
}

/** An answer's data, read as the shape of its operation (the statements and documents fix it). */
const dataOf = (body: JsonAnswer) => body?.data as AnswerData | null | undefined;

/** The connection in an answer to an operation that pages (ours, the floor's or the peer's shape). */
export function connectionOf(
  op: OperationName,
  system: SystemName,
  body: JsonAnswer,
): { totalCount: number; edges: unknown[]; pageInfo: { endCursor: string | null } } {
  const data = dataOf(body)!;
  if (op === 'accusations' || op === 'accusations-deep')
    return system === 'peer' ? data.claimsConnection : data.accusations;
  throw new Error(`${op} does not page`);
}

/** The floor's path for an operation that shares another's handler. */
const FLOOR_PATHS: Partial<Record<OperationName, string>> = {
  'accusations-deep': 'accusations',
  'hub-neighborhood': 'neighborhood',
  'flows-india': 'transfer-flows',
  'flows-sankey': 'transfer-flows',
};

export function graphqlName(op: OperationName): string {
  return SPECS[op].graphqlName;
}

export function describeVariables(op: OperationName): string {
  const deep = deepPosition(op);
  return `${JSON.stringify(variablesFor('this', op))}${deep ? ` (${deep})` : ''}`;
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
        body: JSON.stringify({ query: spec.document(), variables, operationName: spec.graphqlName }),
      };
    case 'floor':
      return { path: `/${FLOOR_PATHS[op] ?? op}`, body: JSON.stringify(variables) };
    case 'peer':
      if (!spec.peer) throw new Error(`the peer has no document for ${op}`);
      return {
        path: '/graphql',
        body: JSON.stringify({ query: peerDocument(spec.peer.file), variables, operationName: spec.graphqlName }),
      };
  }
}

/**
 * What an answer holds, in numbers that every system's shape yields, so a
 * run can show that the three fetched the same data before timing them.
 */
export function summarize(op: OperationName, system: SystemName, body: JsonAnswer): string {
  const data = dataOf(body);
  if (!data) return `no data: ${JSON.stringify(body?.errors ?? body).slice(0, 200)}`;
  switch (op) {
    case 'search': {
      const hits = system === 'peer' ? data.searchEntities.edges.map((e) => e.node) : data.search;
      return `${hits.length} hits, first "${hits[0]?.name ?? ''}"`;
    }
    case 'accusations':
    case 'accusations-deep': {
      const c = system === 'peer' ? data.claimsConnection : data.accusations;
      const denials = c.edges.reduce((n, e) => n + e.node.denials.length, 0);
      return `total ${c.totalCount}, page ${c.edges.length}, denials ${denials}`;
    }
    case 'neighborhood':
    case 'hub-neighborhood':
      return `${data.neighborhood.nodes.length} nodes, ${data.neighborhood.edges.length} edges, truncated ${data.neighborhood.truncated}`;
    case 'entity': {
      const n = system === 'peer' ? data.states[0] : data.node;
      return `${n?.name} (${n?.aliases?.length ?? 0} aliases)`;
    }
    case 'path':
      return `${data.path.nodes.length} nodes, ${data.path.edges.length} edges, truncated ${data.path.truncated}`;
    case 'resolutions': {
      const c = system === 'peer' ? data.resolutionsConnection : data.resolutions;
      const nodes = c.edges.map((e) => e.node);
      const sponsors = nodes.reduce((n, r) => n + r.sponsors.length, 0);
      const vetoes = nodes.reduce((n, r) => n + r.vetoedBy.length, 0);
      return `total ${c.totalCount}, page ${nodes.length}, sponsors ${sponsors}, vetoes ${vetoes}, first "${nodes[0]?.symbol ?? ''}"`;
    }
    case 'transfers':
    case 'flow-deals': {
      const c = data.weaponsTransfers;
      return `total ${c.totalCount}, page ${c.edges.length}, first ${c.edges[0]?.node.id ?? '-'}`;
    }
    case 'flows-india':
    case 'flows-sankey': {
      const c = data.transferFlows;
      const tiv = c.edges.reduce((n, e) => n + e.node.tiv, 0);
      return `total ${c.totalCount}, page ${c.edges.length}, TIV on the page ${Math.round(tiv)}`;
    }
    case 'voting-record': {
      const years = data.node.votingRecord.edges;
      return `${data.node.votingRecord.totalCount} years, ${years.reduce((n, e) => n + e.node.total, 0)} votes`;
    }
    case 'voting-agreement': {
      const a = data.node.votingAgreement;
      return `both voted ${a.bothVoted}, same ${a.same}, share ${a.share?.toFixed(3)}`;
    }
    case 'agreement-matrix':
      return `${data.votingAgreementMatrix.states.length} states, ${data.votingAgreementMatrix.cells.length} cells`;
    case 'vetoes':
      return `total ${data.vetoes.totalCount}, page ${data.vetoes.edges.length}, first "${data.vetoes.edges[0]?.node.symbol ?? ''}"`;
    case 'veto-counts':
      return `${data.vetoCounts.totalCount} rows, first ${JSON.stringify(data.vetoCounts.edges[0]?.node ?? null).slice(0, 80)}`;
    case 'claims-by-month': {
      const sum = (c: Connection<{ count: number }>) => c.edges.reduce((n, e) => n + e.node.count, 0);
      return `coded ${data.coded.totalCount} months ${sum(data.coded)} claims, reported ${data.reported.totalCount} months ${sum(data.reported)} claims`;
    }
    case 'accusation-matrix':
      return `${data.accusationMatrix.totalCount} cells, page ${data.accusationMatrix.edges.length}`;
  }
}

/** The longest list in an answer beside the most the request's limits let it hold. */
export interface AnswerSize {
  /** Where the list is in the answer (a dotted path). */
  list: string;
  items: number;
  max: number;
}

/** The longest list anywhere in a value, with its path. */
function longestList(value: unknown, path: string): { list: string; items: number } {
  let best = { list: path, items: Array.isArray(value) ? value.length : 0 };
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const inner = longestList(v, Array.isArray(value) ? `${path}[]` : `${path}.${k}`);
      if (inner.items > best.items) best = inner;
    }
  }
  return best;
}

/**
 * How large our answer is against the limits of its request: the nodes of
 * a subgraph against `limit` (its edges join those nodes), the cells of an
 * agreement matrix against the square of its states, and elsewhere the
 * longest list against the page asked for (`first`, else the largest page).
 */
export function answerSize(op: OperationName, variables: Record<string, unknown>, body: JsonAnswer): AnswerSize {
  const data = dataOf(body)!;
  if (op === 'neighborhood' || op === 'hub-neighborhood')
    return { list: 'neighborhood.nodes', items: data.neighborhood.nodes.length, max: Number(variables.limit) };
  if (op === 'agreement-matrix') {
    const states = (variables.states as unknown[]).length;
    return {
      list: 'votingAgreementMatrix.cells',
      items: data.votingAgreementMatrix.cells.length,
      max: states * states,
    };
  }
  // A path answer is at most 25 shortest paths of maxHops + 1 nodes each.
  if (op === 'path')
    return { list: 'path.nodes', items: data.path.nodes.length, max: 25 * (Number(variables.maxHops) + 1) };
  const first = typeof variables.first === 'number' ? variables.first : MAX_PAGE;
  return { ...longestList(data, 'data'), max: first };
}
