import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { luceneQuery, SEARCH_CANDIDATES } from '../src/schema/lucene.js';
import { neighborhoodParams } from '../src/schema/neighborhood-reads.js';
import { encodeKeyset, keysetWindow, type Position } from '../src/schema/pagination.js';
import type { VotingYear } from '../src/schema/council.js';
import { claimTypename, ENTITY_TYPES, pathOrigins } from '../src/domain/index.js';
import { tallyPrefixes } from '../src/claims/tally.js';
import type { EdgeRow, NodeRow } from '../src/schema/subgraph.js';
import { claimRow } from '../src/schema/claim-rows.js';
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

/** A node map as the read statements return it: the node's properties, its labels, and the parts asked for. */
interface NodeMap {
  key: string;
  labels: string[];
  kind?: string;
  name?: string;
  allegation?: string;
  symbol?: string;
  title?: string;
  status?: string;
  date?: string;
  agenda?: string;
  aliases?: string[];
  wikidataId?: string;
  madeOn?: string;
  quote?: string;
  publisher?: string;
  publishedOn?: string;
  url?: string;
  designation?: string;
  armamentCategory?: string;
  orderYear?: number;
  deliveryYears?: number[];
  deliveryNumbers?: (number | null)[];
  deliveryTivs?: (number | null)[];
  deliveryEstimates?: (boolean | null)[];
  tivDelivered?: number;
  record?: string;
  dataset?: string;
  quantity?: number;
  period?: string;
  _sort: Position['sort'];
  _parts: Parts;
}

/** The related nodes a read statement adds under `_parts`, one or a list per relation. */
interface Parts {
  speaker?: NodeMap | null;
  target?: NodeMap | null;
  source?: NodeMap | null;
  weapon?: NodeMap | null;
  supplier?: NodeMap | null;
  recipient?: NodeMap | null;
  about?: NodeMap[];
  answers?: NodeMap[];
  sponsors?: NodeMap[];
  vetoedBy?: NodeMap[];
  sources?: NodeMap[];
}

/** A page of items, as the paging statements return it. */
interface ItemsRow<I> {
  totalCount: number;
  items: I[];
}

function typename(n: NodeMap): string {
  if (n.labels.includes('Claim')) return claimTypename(n.kind ?? '');
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
function subgraph(nodeRows: NodeRow[], edgeRows: EdgeRow[], truncated: boolean) {
  const nodes = nodeRows.map(([key, labels, name, symbol, kind, allegation]) => {
    const type = typename({ key, labels, kind } as NodeMap);
    return {
      id: globalId(type, key),
      key,
      type,
      label: kind ? `${type}: ${allegation ?? key}` : (name ?? symbol ?? key),
    };
  });
  const idByKey = new Map(nodes.map((n) => [n.key, n.id]));
  const seen = new Set<string>();
  const edges = [];
  for (const [type, from, to, values] of edgeRows) {
    const source = idByKey.get(from);
    const target = idByKey.get(to);
    if (!source || !target) continue;
    // A row's values may be left out or null.
    const props = values ?? {};
    const distinct = (props.title ?? props.role ?? props.vote) as string | undefined;
    const edgeId =
      typeof props.key === 'string' ? props.key : `${from}-${type}->${to}${distinct ? `#${distinct}` : ''}`;
    if (seen.has(edgeId)) continue;
    seen.add(edgeId);
    const words = type.toLowerCase().replaceAll('_', ' ');
    edges.push({ id: edgeId, source, target, type, label: distinct ? `${words}: ${distinct}` : words });
  }
  return { nodes: nodes.map(({ id, type, label }) => ({ id, type, label })), edges, truncated };
}

/**
 * The variables of the floor's operations, as the benchmark sends them (the
 * contract operations' variables): ids are keys or global ids, `from` and
 * `to` are ids for a path and dates or years elsewhere. Each operation reads
 * the ones it takes; those without a default are sent with it.
 */
interface Variables {
  text: string;
  first?: number;
  after?: string | null;
  accuser?: string | null;
  accused?: string | null;
  about?: string | null;
  id: string;
  depth?: number;
  limit?: number;
  from?: string | number | null;
  to?: string | number | null;
  maxHops?: number;
  supplier?: string | null;
  recipient?: string | null;
  groupBy?: string[];
  with: string;
  states: string[];
  by?: string | null;
  target: string;
  origin?: string | null;
}

type Handler = (graph: Graph, vars: Variables) => Promise<unknown>;

const operations: Record<string, Handler> = {
  async search(graph, { text, first = 10 }) {
    const query = luceneQuery(text);
    if (!query) return { search: [] };
    const rows = await graph.read<{ node: NodeMap }>('read/search', {
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
    const target = accused && keyOf(accused);
    const [kinds, origins] = [['ACCUSE'], ['REPORTED', 'CODED']];
    const [row] = await graph.read<ItemsRow<NodeMap>>('read/claims', {
      kinds,
      origins,
      tallyPrefixes: tallyPrefixes(target, kinds, origins),
      speaker: accuser && keyOf(accuser),
      target,
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
    const items = (row!.items as NodeMap[]).slice(0, window.size).map(claimRow);
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
    const [row] = await graph.read<{ nodes: NodeRow[]; edges: EdgeRow[]; truncated: boolean }>(
      'read/neighborhood',
      neighborhoodParams(keyOf(id), depth, limit, false),
    );
    if (!row) return { neighborhood: null };
    return { neighborhood: subgraph(row.nodes, row.edges, row.truncated) };
  },

  async path(graph, { from, to, maxHops = 6 }) {
    const [row] = await graph.read<{ nodes: NodeRow[]; edges: EdgeRow[]; pathCount: number }>('read/path', {
      from: keyOf(from as string),
      to: keyOf(to as string),
      maxHops,
      maxPaths: 26,
      // The API's default.
      origins: pathOrigins(),
    });
    return { path: subgraph(row!.nodes, row!.edges, row!.pathCount > 25) };
  },

  async resolutions(graph, { about = null, first = 50 }) {
    const window = keysetWindow({ first }, 50);
    const [row] = await graph.read<ItemsRow<NodeMap>>('read/resolutions', {
      about: about && keyOf(about),
      status: null,
      vetoedBy: null,
      sponsor: null,
      from: null,
      to: null,
      agenda: null,
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

  async transfers(graph, { supplier = null, recipient = null, first = 50 }) {
    return { weaponsTransfers: await transferPage(graph, { supplier, recipient, first }, false) };
  },

  async 'flow-deals'(graph, { supplier = null, recipient = null, from = null, to = null, first = 50 }) {
    return { weaponsTransfers: await transferPage(graph, { supplier, recipient, from, to, first }, true) };
  },

  async 'transfer-flows'(graph, { supplier = null, recipient = null, from = null, to = null, groupBy, first = 100 }) {
    const by = new Set<string>(groupBy ?? ['SUPPLIER', 'RECIPIENT']);
    const [row] = await graph.read<
      ItemsRow<{
        year: number | null;
        supplier: NodeMap | null;
        recipient: NodeMap | null;
        category: string | null;
        deals: number;
        units: number | null;
        tiv: number | null;
        estimate: boolean;
        complete: boolean;
      }>
    >('read/transfer-flows', {
      supplier: supplier && keyOf(supplier),
      recipient: recipient && keyOf(recipient),
      from,
      to,
      category: null,
      bySupplier: by.has('SUPPLIER'),
      byRecipient: by.has('RECIPIENT'),
      byYear: by.has('YEAR'),
      byCategory: by.has('CATEGORY'),
      offset: 0,
      limit: first,
    });
    return {
      transferFlows: {
        totalCount: row!.totalCount,
        edges: row!.items.map((f) => ({
          node: {
            year: f.year,
            supplier: ref(f.supplier),
            recipient: ref(f.recipient),
            armamentCategory: f.category,
            deals: f.deals,
            units: f.units,
            tiv: f.tiv,
            estimate: f.estimate,
            complete: f.complete,
          },
        })),
      },
    };
  },

  async 'voting-record'(graph, { id, from = null, to = null }) {
    const key = keyOf(id);
    const [node] = await graph.read<{ node: NodeMap | null }>('read/nodes-by-key', { keys: [key] });
    const [row] = await graph.read<ItemsRow<VotingYear>>('read/pages/voting-record', {
      keys: [key],
      from,
      to,
      offset: 0,
      limit: 100,
    });
    const years = row?.items ?? [];
    return {
      node: {
        name: node?.node?.name,
        votingRecord: {
          totalCount: row?.totalCount ?? 0,
          edges: years.map((y) => ({
            node: { ...y, total: y.for + y.against + y.abstain + y.nonVoting },
          })),
        },
      },
    };
  },

  async 'voting-agreement'(graph, { id, with: other, from = null, to = null }) {
    const key = keyOf(id);
    const [node] = await graph.read<{ node: NodeMap | null }>('read/nodes-by-key', { keys: [key] });
    const [row] = await graph.read<{ other: NodeMap; bothVoted: number; same: number }>('read/voting-agreement', {
      keys: [key],
      with: keyOf(other),
      from,
      to,
    });
    return {
      node: {
        name: node?.node?.name,
        votingAgreement: row
          ? {
              with: { name: row.other.name },
              bothVoted: row.bothVoted,
              same: row.same,
              different: row.bothVoted - row.same,
              share: row.bothVoted ? row.same / row.bothVoted : null,
            }
          : null,
      },
    };
  },

  async 'agreement-matrix'(graph, { states, from = null, to = null }) {
    const keys = (states as string[]).map(keyOf);
    const [row] = await graph.read<{
      states: NodeMap[];
      pairs: { a: string; b: string; bothVoted: number; same: number }[];
    }>('read/voting-agreement-matrix', { states: keys, from, to });
    const found = new Map(row!.states.map((n) => [n.key, n]));
    const pairs = new Map(row!.pairs.map((p) => [`${p.a}|${p.b}`, p]));
    const cells = [];
    for (let i = 0; i < keys.length; i++) {
      for (const b of keys.slice(i + 1)) {
        const a = keys[i]!;
        const pair = pairs.get(a < b ? `${a}|${b}` : `${b}|${a}`);
        const bothVoted = pair?.bothVoted ?? 0;
        cells.push({
          state: { id: globalId('State', a) },
          with: { id: globalId('State', b) },
          bothVoted,
          same: pair?.same ?? 0,
          share: bothVoted ? pair!.same / bothVoted : null,
        });
      }
    }
    return {
      votingAgreementMatrix: {
        states: keys.map((k) => ({ id: globalId('State', k), name: found.get(k)?.name })),
        cells,
      },
    };
  },

  async vetoes(graph, { by = null, from = null, to = null, first = 50 }) {
    const window = keysetWindow({ first }, 50);
    const [row] = await graph.read<ItemsRow<NodeMap>>('read/resolutions', {
      about: null,
      status: by ? null : 'VETOED',
      vetoedBy: by && keyOf(by),
      sponsor: null,
      from,
      to,
      agenda: null,
      ...window.params,
      withCount: true,
      withSponsors: false,
      withVetoedBy: true,
      withVotes: false,
      withSubjects: false,
      withConsideredBy: false,
      withStrengthens: false,
      withStrengthenedBy: false,
      fullEntities: false,
    });
    return {
      vetoes: {
        totalCount: row!.totalCount,
        edges: (row!.items as NodeMap[]).slice(0, window.size).map((r) => ({
          node: {
            id: globalId('Resolution', r.key),
            symbol: r.symbol ?? null,
            date: r.date ?? null,
            agenda: r.agenda ?? null,
            vetoedBy: (r._parts.vetoedBy as NodeMap[]).map((s) => ({ id: globalId('State', s.key), name: s.name })),
          },
        })),
      },
    };
  },

  async 'veto-counts'(graph, { by = null, from = null, to = null, groupBy, first = 100 }) {
    const dimensions = new Set<string>(groupBy ?? ['MEMBER']);
    const [row] = await graph.read<
      ItemsRow<{ member: NodeMap | null; year: number | null; agenda: string | null; count: number }>
    >('read/veto-counts', {
      by: by && keyOf(by),
      from,
      to,
      agenda: null,
      byMember: dimensions.has('MEMBER'),
      byYear: dimensions.has('YEAR'),
      byAgenda: dimensions.has('AGENDA'),
      offset: 0,
      limit: first,
    });
    return {
      vetoCounts: {
        totalCount: row!.totalCount,
        edges: row!.items.map((v) => ({
          node: { member: v.member ? ref(v.member) : null, year: v.year, agenda: v.agenda, count: v.count },
        })),
      },
    };
  },

  async 'claims-by-month'(graph, { target, from = null, to = null }) {
    const counts = async (origin: string) => {
      const [row] = await graph.read<ItemsRow<{ key: string; count: number }>>('read/claim-counts', {
        by: 'MONTH',
        kinds: ['ACCUSE'],
        origins: [origin],
        speaker: null,
        target: keyOf(target),
        about: null,
        from,
        to,
        bySide: false,
        offset: 0,
        limit: 100,
      });
      return {
        totalCount: row!.totalCount,
        edges: row!.items.map((r) => ({ node: { key: r.key, label: r.key, count: r.count } })),
      };
    };
    const [coded, reported] = await Promise.all([counts('CODED'), counts('REPORTED')]);
    return { coded, reported };
  },

  async 'accusation-matrix'(graph, { origin = null, from = null, to = null, first = 100 }) {
    const [row] = await graph.read<ItemsRow<{ accuser: NodeMap; accused: NodeMap; count: number }>>(
      'read/accusation-matrix',
      {
        kinds: ['ACCUSE'],
        origins: origin ? [origin] : ['REPORTED', 'CODED'],
        from,
        to,
        bySide: false,
        offset: 0,
        limit: first,
      },
    );
    return {
      accusationMatrix: {
        totalCount: row!.totalCount,
        edges: row!.items.map((c) => ({
          node: { accuser: ref(c.accuser), accused: ref(c.accused), count: c.count },
        })),
      },
    };
  },

  async entity(graph, { id }) {
    const [row] = await graph.read<{ node: NodeMap | null }>('read/nodes-by-key', { keys: [keyOf(id)] });
    const n = row?.node ?? null;
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

/** A page of read/transfers as the contract's WeaponsTransfers (or, with `deals`, the deals behind a flow) selects it. */
async function transferPage(
  graph: Graph,
  args: {
    supplier: string | null;
    recipient: string | null;
    from?: string | number | null;
    to?: string | number | null;
    first: number;
  },
  deals: boolean,
) {
  const window = keysetWindow({ first: args.first }, 50);
  const [row] = await graph.read<ItemsRow<NodeMap>>('read/transfers', {
    supplier: args.supplier && keyOf(args.supplier),
    recipient: args.recipient && keyOf(args.recipient),
    weapon: null,
    status: null,
    from: args.from ?? null,
    to: args.to ?? null,
    category: null,
    ...window.params,
    withCount: true,
    withSupplier: !deals,
    withRecipient: !deals,
    withSupplierOrganization: false,
    withRecipientOrganization: false,
    withCorroboratedBy: false,
    withCorroborates: false,
    withWeapon: true,
    withUsedAgainst: false,
    withSources: !deals,
    withClaims: false,
    fullEntities: deals,
  });
  const refOf = (n: NodeMap | null | undefined) =>
    n ? { id: globalId(typename(n), n.key), name: n.name ?? n.key } : null;
  const datasets = deals
    ? new Map(
        (
          await graph.read('read/parts/dataset', {
            keys: [...new Set((row!.items as NodeMap[]).map((t) => t.dataset).filter(Boolean))],
          })
        ).map((r) => [r.key, r.dataset]),
      )
    : new Map();
  return {
    totalCount: row!.totalCount,
    edges: (row!.items as NodeMap[]).slice(0, window.size).map((t) => {
      const p = t._parts;
      const node: Record<string, unknown> = { id: globalId('WeaponsTransfer', t.key), weapon: refOf(p.weapon) };
      if (deals) {
        const years: number[] = t.deliveryYears ?? [];
        Object.assign(node, {
          weapon: p.weapon ? { ...refOf(p.weapon), designation: p.weapon.designation ?? null } : null,
          armamentCategory: t.armamentCategory ?? null,
          orderYear: t.orderYear ?? null,
          deliveries: years.map((year, i) => ({
            year,
            number: t.deliveryNumbers?.[i] ?? null,
            tiv: t.deliveryTivs?.[i] ?? null,
            estimate: t.deliveryEstimates?.[i] ?? null,
          })),
          tivDelivered: t.tivDelivered ?? null,
          record: t.record ?? null,
          dataset: datasets.get(t.dataset) ?? null,
        });
      } else {
        Object.assign(node, {
          supplier: refOf(p.supplier),
          recipient: refOf(p.recipient),
          quantity: t.quantity ?? null,
          period: t.period ?? null,
          status: t.status ?? 'ALLEGED',
          sources: (p.sources as NodeMap[]).map((a) => ({
            title: a.title,
            publisher: a.publisher ?? null,
            publishedOn: a.publishedOn ?? null,
          })),
        });
      }
      return { node };
    }),
  };
}

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
