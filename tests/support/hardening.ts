import { once } from 'node:events';
import { createServer as createNetServer } from 'node:net';
import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { Graph } from '../../src/neo4j/graph.js';
import { createApp } from '../../src/http/server.js';
import type { LooseJson } from './json.js';

/** A pino logger whose JSON lines the test can read. */
export function capturedLogger(): { logger: Logger; lines: LooseJson[] } {
  const lines: LooseJson[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { logger: pino({ level: 'info', base: undefined }, stream) as unknown as Logger, lines };
}

/** A TCP port nothing listens on right now (bind to 0, read it, close). */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function listenOn(server: Server, port = 0): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * The real server over a Neo4j of the test's choosing, with its own driver
 * (options overridable, e.g. a short retry time) and a captured log.
 */
export function appOver(
  uri: string,
  env: Record<string, string> = {},
  driverOptions: Parameters<typeof neo4j.driver>[2] = {},
  graphOf: (driver: Driver, config: Config) => Graph = (driver, config) =>
    new Graph(driver, 'neo4j', config.REQUEST_TIMEOUT_MS),
) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const driver = neo4j.driver(uri, undefined, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: () => {} },
    ...driverOptions,
  });
  const graph = graphOf(driver, config);
  const { logger, lines } = capturedLogger();
  const app = createApp({ config, graph, logger });
  const close = async () => {
    if (app.server.listening) await app.drain(0);
    await driver.close();
  };
  return { ...app, config, driver, graph, logs: lines, close };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON, undefined when the text is not JSON. */
  body: LooseJson;
}

/** fetch, and the answer read whatever it is (JSON when it parses). */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: LooseJson;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** A GraphQL POST in the modern media type. */
export function gql(
  base: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return call(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}
