import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver, type SessionConfig } from 'neo4j-driver';
import { cypher } from '../src/cypher.js';
import { pathOrigins } from '../src/domain/index.js';
import { neighborhoodParams } from '../src/schema/neighborhood-reads.js';
import { run, serveUntilStopped } from './serve.js';

/**
 * The peer: @neo4j/graphql on Yoga, over the same Neo4j, with type
 * definitions equivalent to our model (bench/peer/typedefs.graphql). Run as
 * its own process by bench/run.ts: NEO4J_URI, PORT.
 */

/**
 * A @cypher field running one of the server's own statements up to its final
 * RETURN, which is swapped for one map in the peer's Subgraph shape, so both
 * walk the graph the same way.
 */
function asPeerSubgraph(name: string, needs: RegExp[], returned: string, adapt = (text: string) => text): string {
  const text = adapt(cypher(name));
  const at = text.lastIndexOf('\nRETURN ');
  if (at < 0 || needs.some((n) => !n.test(text)))
    throw new Error(`cypher/${name}.cypher changed shape: update bench/peer-server.ts`);
  return `${text.slice(0, at)}\n${returned}`;
}

const SUBGRAPH_NODES = `[n IN kept | {key: n.key, type: [l IN labels(n) WHERE l <> 'Entity'][0],
                       label: coalesce(n.name, n.allegation, n.symbol, n.key)}]`;

/**
 * The library passes a @cypher field's arguments (key, depth, limit) as
 * parameters: the statement's others take the values our server gives them
 * for the contract's Neighborhood (groups without their parts).
 */
function withPeerParameters(text: string): string {
  const ours = neighborhoodParams('', 1, 200, false);
  return text
    .replaceAll('$q.key', '$key')
    .replaceAll('$read', '$limit')
    .replaceAll('$scan', String(ours.scan))
    .replaceAll('$subgroups', String(ours.subgroups))
    .replaceAll('$dense', String(ours.dense))
    .replaceAll('$counterparts', '{}')
    .replaceAll(
      '$seenTypes',
      `{${Object.entries(ours.seenTypes)
        .map(([stored, seen]) => `${stored}: '${seen}'`)
        .join(', ')}}`,
    );
}

function peerNeighborhoodCypher(): string {
  return asPeerSubgraph(
    'read/neighborhood',
    [/\bkept\b/, /\btruncated\b/],
    `RETURN {
  nodes: ${SUBGRAPH_NODES},
  edges: [e IN edges | {source: e[1], target: e[2], type: e[0]}],
  truncated: truncated
} AS subgraph`,
    withPeerParameters,
  );
}

function peerPathCypher(): string {
  return asPeerSubgraph(
    'read/path',
    [/\bkept\b/, /\brels\b/, /\bpaths\b/],
    `RETURN {
  nodes: ${SUBGRAPH_NODES},
  edges: [r IN rels | {source: startNode(r).key, target: endNode(r).key, type: type(r)}],
  truncated: size(paths) > $maxPaths - 1
} AS subgraph`,
    // The API's default.
    (text) => text.replaceAll('$origins', JSON.stringify(pathOrigins()).replaceAll('"', "'")),
  );
}

function peerTypeDefs(): string {
  let typeDefs = readFileSync(new URL('./peer/typedefs.graphql', import.meta.url), 'utf8');
  // Triple-quoted GraphQL strings end at the first """; the statements have none.
  for (const [placeholder, statement] of [
    ['"""NEIGHBORHOOD_CYPHER"""', peerNeighborhoodCypher()],
    ['"""PATH_CYPHER"""', peerPathCypher()],
  ] as const) {
    if (!typeDefs.includes(placeholder)) throw new Error(`bench/peer/typedefs.graphql lost ${placeholder}`);
    typeDefs = typeDefs.replace(placeholder, () => `"""${statement}"""`);
  }
  return typeDefs;
}

/** Counts the Cypher statements the library sends (it compiles one per root field). */
const statements = { count: 0 };

function countingDriver(driver: Driver): Driver {
  const session = driver.session.bind(driver);
  /** The same transaction, its `run` counted. */
  const counting = <Tx extends { run: (...args: never[]) => unknown }>(tx: Tx): Tx => {
    const run = tx.run.bind(tx);
    tx.run = ((...args: Parameters<Tx['run']>) => {
      statements.count += 1;
      return run(...args);
    }) as Tx['run'];
    return tx;
  };
  driver.session = (config?: SessionConfig) => {
    const s = session(config);
    const read = s.executeRead.bind(s);
    const write = s.executeWrite.bind(s);
    s.executeRead = (work, txConfig) => read((tx) => work(counting(tx)), txConfig);
    s.executeWrite = (work, txConfig) => write((tx) => work(counting(tx)), txConfig);
    return counting(s);
  };
  return driver;
}

async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = countingDriver(neo4j.driver(uri, undefined, { logging: { level: 'error', logger: () => {} } }));
  const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver });
  const schema = await neoSchema.getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, logging: false, graphiql: false });

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"status":"ok"}');
    }
    if (path === '/stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ statements: statements.count }));
    }
    return yoga(req, res);
  });
  await serveUntilStopped(server, driver);
}

run('peer server', main);
