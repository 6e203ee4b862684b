import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { contractOperation } from '../src/contract.js';
import { cypher } from '../src/cypher.js';
import { measureOperation, QUERY_LIMITS } from '../src/http/limits.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { deriveFromClaims, migrate } from '../src/neo4j/migrate.js';
import { BREAKDOWN_READ, neighborhoodParams } from '../src/schema/neighborhood-reads.js';
import { schema } from '../src/schema/index.js';
import { seed } from '../src/seed.js';
import { killChildren, log, percentile, root, startServer } from './harness.js';

/**
 * npx tsx bench/hub.ts [--claims=44000] [--rounds=40]
 *
 * The neighbourhood of a hub with about 50,000 links, through the real
 * server (src/main.ts in its own process, response cache off) over an
 * embedded Neo4j holding the seed graph and a generated hub, in a temporary
 * store: the flat answer (the contract's Neighborhood), the grouped answer
 * (the Explorer's GroupedNeighborhood: the flat answer with the groups and
 * their parts), pages into a part and deep into a group; and the statements
 * as raw Cypher beside the flat read as it was before groups
 * (bench/cypher/neighborhood-before.cypher). One request at a time, the
 * operations taking turns in every round, so that drift on a busy machine
 * hits them alike. Prints p50 and p90 per operation, the size of each
 * answer, and the target: the grouped neighbourhood's p50 at most 100 ms.
 */

const flag = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SIZE = {
  claimsMade: flag('claims', 44_000),
  claimsAimed: 3_000,
  votes: 2_700,
  transfers: 900,
  mentions: 10_000,
};
const ROUNDS = flag('rounds', 40);
const HUB = 'state:HUB';
/** The states the hub's claims are aimed at (HAA, HAB, ...), and that aim claims at it. */
const TARGETS = Array.from({ length: 60 }, (_, i) => `state:H${String.fromCharCode(65 + i / 26, 65 + (i % 26))}`);
const BATCH = 5_000;

const statement = (name: string) => readFileSync(join(root, `bench/cypher/${name}.cypher`), 'utf8');

async function write(driver: Driver, name: string, params: Record<string, unknown>) {
  const ints = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
  );
  await driver.executeQuery(statement(`hub/${name}`), ints, { database: 'neo4j' });
}

async function inBatches(driver: Driver, name: string, count: number) {
  for (let from = 1; from <= count; from += BATCH) {
    await write(driver, name, { hub: HUB, targets: TARGETS, from, to: Math.min(count, from + BATCH - 1) });
  }
}

async function generateHub(driver: Driver) {
  await write(driver, 'setup', { hub: HUB, targets: TARGETS });
  await inBatches(driver, 'claims-made', SIZE.claimsMade);
  await inBatches(driver, 'claims-aimed', SIZE.claimsAimed);
  await write(driver, 'votes', { hub: HUB, count: SIZE.votes });
  await write(driver, 'transfers', { hub: HUB, targets: TARGETS, count: SIZE.transfers });
  await inBatches(driver, 'mentions', SIZE.mentions);
}

interface Timed {
  what: string;
  run: () => Promise<{ bytes: number; nodes?: number; edges?: number; groups?: number }>;
  ms: number[];
  answer?: { bytes: number; nodes?: number; edges?: number; groups?: number };
}

const explorerOperation = (name: string) => readFileSync(join(root, `explorer/src/operations/${name}.graphql`), 'utf8');

async function main() {
  const store = mkdtempSync(join(tmpdir(), 'newsgraph-bench-hub-'));
  log(
    `== hub benchmark: store ${store}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const db = await startEmbeddedNeo4j({ storeDir: store, port: 0, heapMb: 1024, pageCacheMb: 512 });
  const driver = createDriver({ uri: db.uri, database: 'neo4j' });
  try {
    const graph = new Graph(driver, 'neo4j');
    await migrate(graph);
    await seed(graph);
    const started = performance.now();
    await generateHub(driver);
    // Its claims are written behind the API's back: their tallies and target links' copies are derived from them.
    await deriveFromClaims(graph);
    const links = SIZE.claimsMade + SIZE.claimsAimed + SIZE.votes + SIZE.transfers + 3;
    log(
      `   hub ${HUB}: ${links.toLocaleString('en')} links (${SIZE.claimsMade.toLocaleString('en')} claims made, ${SIZE.claimsAimed.toLocaleString('en')} aimed at it, ${SIZE.votes.toLocaleString('en')} votes, ${SIZE.transfers} transfers supplied, 3 memberships) and ${SIZE.mentions.toLocaleString('en')} mentions, written in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );

    const server = await startServer('this', db.uri);
    log(`   server ready at ${server.url} (response cache off)`);
    try {
      const gql = async (query: string, variables: Record<string, unknown>) => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const text = await res.text();
        const body = JSON.parse(text);
        if (body.errors) throw new Error(`${JSON.stringify(body.errors)}`);
        return { bytes: text.length, data: body.data };
      };
      const neighborhood = await contractOperation('neighborhood');
      const grouped = explorerOperation('grouped-neighborhood');
      const members = explorerOperation('group-members');

      // The group and part ids the pages ask for, as a client gets them.
      const overview = await gql(grouped, { id: HUB });
      const made = overview.data.neighborhood.groups.find((g: { relationship: string }) => g.relationship === 'MADE');
      const largestPart = made.parts[0];
      log(
        `   largest part: ${largestPart.label}; groups: ${overview.data.neighborhood.groups.map((g: { label: string }) => g.label).join(', ')}`,
      );

      const subgraphSize = async (query: string, variables: Record<string, unknown>) => {
        const { bytes, data } = await gql(query, variables);
        const n = data.neighborhood;
        return { bytes, nodes: n.nodes.length, edges: n.edges.length, groups: n.groups?.length };
      };
      const pageSize = async (variables: Record<string, unknown>) => {
        const { bytes, data } = await gql(members, variables);
        return { bytes, nodes: data.neighborhoodGroup.edges.length };
      };
      const raw = async (text: string, params: Record<string, unknown>) => {
        const result = await driver.executeQuery(text, params, { database: 'neo4j', routing: neo4j.routing.READ });
        const row = result.records[0]!.toObject();
        return { bytes: JSON.stringify(row).length, nodes: row.nodes.length, edges: row.edges.length };
      };
      const newParams = (parts: boolean) =>
        Object.fromEntries(
          Object.entries(neighborhoodParams(HUB, 1, 200, parts)).map(([k, v]) => [
            k,
            typeof v === 'number' ? neo4j.int(v) : v,
          ]),
        );
      const timed: Timed[] = [
        {
          what: 'GraphQL Neighborhood (contract, flat), depth 1',
          run: () => subgraphSize(neighborhood, { id: HUB }),
          ms: [],
        },
        {
          what: 'GraphQL GroupedNeighborhood (flat + groups + parts)',
          run: () => subgraphSize(grouped, { id: HUB }),
          ms: [],
        },
        {
          what: 'GraphQL Neighborhood (contract, flat), depth 2',
          run: () => subgraphSize(neighborhood, { id: HUB, depth: 2 }),
          ms: [],
        },
        {
          what: 'GraphQL GroupMembers: first 20 of the largest part',
          run: () => pageSize({ group: largestPart.id }),
          ms: [],
        },
        {
          what: 'GraphQL GroupMembers: 100 members 1,000 deep in MADE',
          run: () => pageSize({ group: made.id, first: 100, after: Buffer.from('offset:999').toString('base64') }),
          ms: [],
        },
        {
          what: 'Cypher: the flat read before groups, depth 1',
          run: () => raw(statement('neighborhood-before'), { key: HUB, depth: neo4j.int(1), limit: neo4j.int(200) }),
          ms: [],
        },
        {
          what: 'Cypher: read/neighborhood, groups without parts',
          run: () => raw(cypher('read/neighborhood'), newParams(false)),
          ms: [],
        },
        {
          what: `Cypher: read/neighborhood, parts from ${BREAKDOWN_READ.toLocaleString('en')} per group`,
          run: () => raw(cypher('read/neighborhood'), newParams(true)),
          ms: [],
        },
      ];
      // Plans made and caches warm before timing.
      for (const t of timed) for (let i = 0; i < 3; i++) t.answer = await t.run();
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? [...timed].reverse() : timed;
        for (const t of order) {
          const start = performance.now();
          await t.run();
          t.ms.push(performance.now() - start);
        }
      }

      log(
        `\n   ${ROUNDS} rounds; load average now ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}\n`,
      );
      log('| what | p50 ms | p90 ms | answer KB | nodes (members) | edges | groups |');
      log('|---|---:|---:|---:|---:|---:|---:|');
      for (const t of timed) {
        const sorted = [...t.ms].sort((a, b) => a - b);
        const a = t.answer!;
        log(
          `| ${t.what} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 90).toFixed(1)} | ${(a.bytes / 1024).toFixed(1)} | ${a.nodes ?? ''} | ${a.edges ?? ''} | ${a.groups ?? ''} |`,
        );
      }
      const p50 = (i: number) =>
        percentile(
          [...timed[i]!.ms].sort((a, b) => a - b),
          50,
        );
      log(`\n   grouped / flat (GraphQL, p50): ${(p50(1) / p50(0)).toFixed(2)}`);
      log(`   flat before groups / read/neighborhood with parts (Cypher, p50): ${(p50(5) / p50(7)).toFixed(2)}`);
      log(
        `   target: grouped neighbourhood p50 ≤ 100 ms: ${p50(1) <= 100 ? 'met' : 'NOT met'} (${p50(1).toFixed(1)} ms)`,
      );
      for (const [name, source, variables] of [
        ['GroupedNeighborhood', grouped, { id: HUB, limit: 500 }],
        ['GroupMembers', members, { group: made.id, first: 100 }],
      ] as const) {
        const m = measureOperation(schema, source, variables);
        log(
          `   ${name} against the query limits: depth ${m.depth}/${QUERY_LIMITS.maxDepth}, cost ${m.cost}/${QUERY_LIMITS.maxCost}, tokens ${m.tokens}/${QUERY_LIMITS.maxTokens}`,
        );
      }
    } finally {
      await server.stop();
    }
  } finally {
    await driver.close();
    await db.stop();
    rmSync(store, { recursive: true, force: true });
  }
}

main().catch((err) => {
  killChildren();
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
