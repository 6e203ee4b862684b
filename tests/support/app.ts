import pino from 'pino';
import { afterAll, expect, inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { contractOperation as readContract } from '../../src/contract.js';
import { createLogger, type Logger } from '../../src/log.js';
import { createDriver, Graph } from '../../src/neo4j/graph.js';
import { createApp } from '../../src/http/server.js';
import type { LooseJson } from './json.js';

/** One error of a GraphQL answer. */
export interface AnswerError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T = LooseJson> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: AnswerError[] };
}

/**
 * The real Yoga server over the run's Neo4j, driven in-process through
 * yoga.fetch (and over HTTP via `server` where the transport matters).
 */
export function testApp(env: Record<string, string> = {}, options: { logger?: Logger } = {}) {
  const config: Config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const driver = createDriver({ uri: inject('neo4jUri'), database: 'neo4j' });
  const graph = new Graph(driver, 'neo4j', config.REQUEST_TIMEOUT_MS);
  const app = createApp({ config, graph, logger: options.logger ?? createLogger('silent') });
  afterAll(async () => {
    await driver.close();
    if (app.server.listening) await new Promise((r) => app.server.close(r));
  });

  async function query<T = LooseJson>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse<T>['body'] };
  }

  /** Listens on a free loopback port and returns its base URL. */
  async function listen(): Promise<string> {
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    return `http://127.0.0.1:${address.port}`;
  }

  return { ...app, graph, config, query, listen };
}

/** Reads an operation of the API contract (operations/ at the top of the project). */
export async function contractOperation(name: string): Promise<string> {
  return readContract(name);
}

/** A logger that keeps the request log lines, to read what each request did. */
export function capturingLogger() {
  const lines: LooseJson[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

/** The data of an answer that must have no error (the errors are the assertion's message). */
export function data<T>(res: GraphQLResponse<T>): T {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

/** The first error of an answer that must have one. */
export function refusal(res: GraphQLResponse<unknown>): AnswerError {
  expect(res.body.errors, 'expected an error').toBeDefined();
  return res.body.errors![0]!;
}
