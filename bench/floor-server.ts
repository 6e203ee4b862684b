import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { luceneQuery, SEARCH_CANDIDATES } from '../src/schema/lucene.js';
import { neighborhoodParams } from '../src/schema/neighborhood-reads.js';
import { encodeKeyset, keysetWindow } from '../src/schema/pagination.js';
import { claimTypename, ENTITY_TYPES } from '../src/domain/index.js';
import { run, serveUntilStopped } from './serve.js';

/**
 * The floor: what the benchmarked operations cost with no GraphQL at all.
 * A bare node:http server that runs the very statements our server runs
 * (cypher/read/*.cypher, through the same Graph class and driver settings)
 * and answers the same JSON the GraphQL operation would, minus parsing,
 * validation and field resolution. POST /<operation> with the variables as
 * the JSON body. Run as its own process by bench/run.ts: NEO4J_URI, PORT.
 */

const ENTITY_TYPE_NAMES = new Set<string>(ENTITY_TYPES);

type NodeMap = Record<string, any> & { key: string; labels: string[] };

function typename(n: NodeMap): string {
  if (n.labels.includes('Claim')) return claimTypename(n.kind);
  if (n.labels.includes('Article')) return 'Article';
  return n.labels.find((l) => ENTITY_TYPE_NAMES.has(l)) ?? 'Unknown';
}

/** Relay global ids, as @pothos/plugin-relay encodes them. */
const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');
const KEY = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;
function keyOf(id: string): string {
  if (KEY.test(id)) return id;
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}
const ref = (n: NodeMap | null | undefined) =>
  n ? { id: globalId(typename(n), n.key), __typename: typename(n), name: n.name ?? n.key } : null;

/** Nodes and edges as the GraphQL Subgraph type answers them (ids, labels, no duplicate edges). */
function subgraph(nodeMaps: NodeMap[], edgeMaps: any[], truncated: boolean) {
  const nodes = nodeMaps.map((n) => {
    const type = typename(n);
    return {
      id: globalId(type, n.key),
      key: n.key,
      type,
      label: n.kind ? `${type}: ${n.allegation ?? n.key}` : (n.name ?? n.symbol ?? n.key),
    };
  });
  const idByKey = new Map(nodes.map((n) => [n.key, n.id]));
  const seen = new Set<string>();
  const edges = [];
  for (const e of edgeMaps) {
    const source = idByKey.get(e.from);
    const target = idByKey.get(e.to);
    if (!source || !target) continue;
    const props = e.props ?? {};
    const distinct = props.title ?? props.role ?? props.vote;
    const edgeId =
      typeof props.key === 'string' ? props.key : `${e.from}-${e.type}->${e.to}${distinct ? `#${distinct}` : ''}`;
    if (seen.has(edgeId)) continue;
    seen.add(edgeId);
    const words = e.type.toLowerCase().replaceAll('_', ' ');
    edges.push({ id: edgeId, source, target, type: e.type, label: distinct ? `${words}: ${distinct}` : words });
  }
  return { nodes: nodes.map(({ id, type, label }) => ({ id, type, label })), edges, truncated };
}

type Handler = (graph: Graph, vars: Record<string, any>) => Promise<unknown>;

const operations: Record<string, Handler> = {
  async search(graph, { text, first = 10 }) {
    const query = luceneQuery(text);
    if (!query) return { search: [] };
    const rows = await graph.read('read/search', {
      query,
      exact: text.trim().toLowerCase(),
      type: null,
      limit: first,
      candidates: SEARCH_CANDIDATES,
    });
    return { search: rows.map((r) => ref(r.node)) };
  },

  async accusations(graph, { accuser = null, accused = null, about = null, first = 20, after = null }) {
    const window = keysetWindow({ first, after });
    const [row] = await graph.read('read/claims', {
      kind: 'ACCUSE',
      speaker: accuser && keyOf(accuser),
      target: accused && keyOf(accused),
      about: about && keyOf(about),
      from: null,
      to: null,
      ...window.params,
      // What the contract operation selects.
      withCount: true,
      withSpeaker: true,
      withOnBehalfOf: false,
      withTarget: true,
      withAbout: true,
      withSource: true,
      withAnswersTo: false,
      withAnswers: true,
      withAnswerSpeaker: true,
      withAnswerOnBehalfOf: false,
      withAnswerTarget: false,
      withAnswerAbout: false,
      withAnswerSource: false,
      fullEntities: false,
    });
    const more = (row!.items as NodeMap[]).length > window.size;
    const items = (row!.items as NodeMap[]).slice(0, window.size);
    const edges = items.map((c) => ({
      cursor: encodeKeyset({ sort: c._sort, key: c.key }),
      node: {
        id: globalId(typename(c), c.key),
        accuser: ref(c._parts.speaker),
        accused: ref(c._parts.target),
        allegation: c.allegation ?? null,
        about: (c._parts.about as NodeMap[]).map(ref),
        madeOn: c.madeOn ?? null,
        quote: c.quote ?? null,
        source: c._parts.source
          ? {
              title: c._parts.source.title,
              publisher: c._parts.source.publisher,
              publishedOn: c._parts.source.publishedOn,
              url: c._parts.source.url ?? null,
            }
          : null,
        denials: (c._parts.answers as NodeMap[])
          .filter((d) => d.kind === 'DENY')
          .map((d) => ({ by: ref(d._parts.speaker), madeOn: d.madeOn ?? null, quote: d.quote ?? null })),
      },
    }));
    return {
      accusations: {
        totalCount: row!.totalCount,
        pageInfo: { hasNextPage: more, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    };
  },

  async neighborhood(graph, { id, depth = 1, limit = 200 }) {
    const [row] = await graph.read('read/neighborhood', neighborhoodParams(keyOf(id), depth, limit, false));
    if (!row) return { neighborhood: null };
    return { neighborhood: subgraph(row.nodes, row.edges, row.truncated) };
  },

  async path(graph, { from, to, maxHops = 6 }) {
    const [row] = await graph.read('read/path', { from: keyOf(from), to: keyOf(to), maxHops, maxPaths: 26 });
    return { path: subgraph(row!.nodes, row!.edges, row!.pathCount > 25) };
  },

  async resolutions(graph, { about = null, first = 50 }) {
    const window = keysetWindow({ first }, 50);
    const [row] = await graph.read('read/resolutions', {
      about: about && keyOf(about),
      status: null,
      vetoedBy: null,
      sponsor: null,
      ...window.params,
      withCount: true,
      withSponsors: true,
      withVetoedBy: true,
      withVotes: false,
      withSubjects: false,
      withConsideredBy: false,
      withStrengthens: false,
      withStrengthenedBy: false,
      fullEntities: false,
    });
    const refOf = (n: NodeMap) => ({ id: globalId(typename(n), n.key), name: n.name ?? n.key });
    return {
      resolutions: {
        totalCount: row!.totalCount,
        edges: (row!.items as NodeMap[]).slice(0, window.size).map((r) => ({
          node: {
            id: globalId('Resolution', r.key),
            symbol: r.symbol ?? null,
            title: r.title ?? null,
            status: r.status ?? 'DRAFT',
            date: r.date ?? null,
            sponsors: (r._parts.sponsors as NodeMap[]).map(refOf),
            vetoedBy: (r._parts.vetoedBy as NodeMap[]).map(refOf),
          },
        })),
      },
    };
  },

  async entity(graph, { id }) {
    const [row] = await graph.read('read/nodes-by-key', { keys: [keyOf(id)] });
    const n = row?.node as NodeMap | null;
    if (!n) return { node: null };
    const type = typename(n);
    return {
      node: {
        id: globalId(type, n.key),
        __typename: type,
        name: n.name ?? n.key,
        aliases: n.aliases ?? [],
        wikidataId: n.wikidataId ?? null,
      },
    };
  },
};

let statements = 0;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = createDriver({ uri, database: 'neo4j' });
  const graph = new Graph(driver, 'neo4j', 10_000);

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.slice(1);
    if (path === 'health') return send(res, 200, { status: 'ok' });
    if (path === 'stats') return send(res, 200, { statements });
    const handler = operations[path];
    if (!handler || req.method !== 'POST') return send(res, 404, { error: 'no such operation' });
    const requestGraph = graph.forRequest();
    readBody(req)
      .then((body) => handler(requestGraph, body ? JSON.parse(body) : {}))
      .then(
        (data) => {
          statements += requestGraph.stats.statements;
          send(res, 200, { data }, { 'x-cypher-statements': String(requestGraph.stats.statements) });
        },
        (err) => send(res, 500, { errors: [{ message: String(err?.message ?? err) }] }),
      );
  });
  await serveUntilStopped(server, driver);
}

run('floor server', main);
