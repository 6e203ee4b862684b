import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { operationsDir, operationsIn } from '../../src/contract.js';
import { isDatabaseUnavailable, isTimeout, RequestTimeoutError } from '../../src/database-errors.js';
import { generateApiKey } from '../../src/http/auth.js';
import { measureOperation, QUERY_LIMITS } from '../../src/http/limits.js';
import { createDriver, Graph, type Row } from '../../src/neo4j/graph.js';
import { schema } from '../../src/schema/index.js';
import { encodeGroup } from '../../src/schema/neighborhood.js';
import { testApp } from '../support/app.js';
import { appOver, call, gql, listenOn } from '../support/hardening.js';
import type { LooseJson } from '../support/json.js';

const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');

/** The contract operations and the explorer's, with variables for their required arguments. */
const operationDirs = [operationsDir, fileURLToPath(new URL('../../explorer/src/operations/', import.meta.url))];
const required: Record<string, Record<string, unknown>> = {
  Entity: { id: globalId('State', 'state:RUS') },
  EntityDetails: { id: globalId('Person', 'person:robert-wood') },
  EntityClaims: { id: 'state:RUS' },
  EntityTimeline: { id: 'state:RUS' },
  EntityLive: { id: 'state:RUS' },
  ClaimsOverTime: { id: 'state:RUS' },
  StateRecord: { id: 'state:RUS' },
  VotingAgreement: { states: ['state:USA', 'state:RUS', 'state:CHN'] },
  TransferRecord: { id: 'transfer:prk-rus-ballistic-missiles-2023-2024' },
  Neighborhood: { id: 'state:RUS' },
  GroupedNeighborhood: { id: 'state:RUS' },
  // Russia's claims: the group neighborhood { groups { id } } names, as a client gets it.
  GroupMembers: { group: encodeGroup({ centre: 'state:RUS', relationship: 'MADE', direction: 'OUTGOING' }) },
  Path: { from: 'state:PRK', to: 'state:RUS' },
  Search: { text: 'kim' },
  ExtractDocument: {
    input: {
      text: 'The minister of Norland accused Russia of breaking the embargo. Russia denied it.',
      publishedOn: '2024-06-28',
    },
  },
  // A quote the text does not hold: the mutation runs up to its validation and writes nothing.
  IngestDocument: {
    input: {
      document: {
        sources: [
          { key: 'article:limits-check', category: 'NEWS', title: 'Limits', publishedOn: '2024-06-28', text: 'Short.' },
        ],
        entities: [{ key: 'state:RUS', type: 'State', name: 'Russia' }],
        claims: [
          { key: 'claim:limits-check', kind: 'STATE', speaker: 'state:RUS', allegation: 'x', quote: 'not in the text' },
        ],
      },
    },
  },
};
/** What an operation answers when it runs as designed with the variables above (none: data, no errors). */
const expectedCodes: Record<string, string[]> = { IngestDocument: ['BAD_USER_INPUT'] };
/** The largest page each operation's `first` accepts. */
const largestPage: Record<string, number> = { Search: 50 };

const operations = operationDirs.flatMap((dir) =>
  operationsIn(dir).map(({ file, name, kind, source }) => ({
    file: `${dir === operationsDir ? 'contract' : 'explorer'}/${file}.graphql`,
    name,
    kind,
    source,
  })),
);

const editor = generateApiKey('limits-editor', 'editor');

describe('query limits, calibrated on the contract operations', () => {
  // The Explorer's mutations need an editor's token.
  const app = testApp({ API_KEYS: editor.entry });

  it('leaves room: every operation uses at most half of each limit (depth: 4 levels to spare)', () => {
    const table: Record<string, unknown>[] = [];
    for (const op of operations) {
      const atDefaults = measureOperation(schema, op.source, required[op.name]);
      const largest = measureOperation(schema, op.source, { ...required[op.name], first: largestPage[op.name] ?? 100 });
      table.push({ operation: op.file, ...atDefaults, costAtLargestPage: largest.cost });
      expect(atDefaults.depth, op.file).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth - 4);
      expect(atDefaults.cost, op.file).toBeLessThanOrEqual(QUERY_LIMITS.maxCost / 2);
      expect(largest.cost, `${op.file} at its largest page`).toBeLessThan(QUERY_LIMITS.maxCost);
      expect(atDefaults.aliases, op.file).toBeLessThanOrEqual(QUERY_LIMITS.maxAliases / 2);
      expect(atDefaults.directives, op.file).toBeLessThanOrEqual(QUERY_LIMITS.maxDirectives / 2);
      expect(atDefaults.tokens, op.file).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens / 2);
    }
    console.log(`limits ${JSON.stringify(QUERY_LIMITS)}`);
    console.table(table);
  });

  it('runs every operation as written, at its default and at its largest page, without a limit error', async () => {
    for (const op of operations) {
      if (op.kind === 'subscription') {
        // Over Server-Sent Events: a refusal would be the stream's first event; an accepted one opens and waits.
        const res = await app.yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ query: op.source, variables: required[op.name] ?? {} }),
        });
        expect(res.status, op.file).toBe(200);
        const reader = res.body!.getReader();
        expect(new TextDecoder().decode((await reader.read()).value), op.file).toBe(':\n\n');
        await reader.cancel();
        continue;
      }
      const headers: Record<string, string> = op.kind === 'mutation' ? { authorization: `Bearer ${editor.key}` } : {};
      for (const extra of [{}, { first: largestPage[op.name] ?? 100 }]) {
        const res = await app.query(op.source, { ...required[op.name], ...extra }, headers);
        const codes = res.body.errors?.map((e) => e.extensions?.code);
        expect(codes, `${op.file} ${JSON.stringify(extra)}: ${JSON.stringify(res.body.errors)}`).toEqual(
          expectedCodes[op.name],
        );
        expect(res.status).toBe(200);
      }
    }
  });

  const nest = (levels: number, inner: string) => `${'answers { '.repeat(levels)}${inner}${' }'.repeat(levels)}`;
  const rejections: [string, string, Record<string, unknown>, string][] = [
    ['a depth bomb', `{ claims(first: 1) { edges { node { ${nest(10, 'id')} } } } }`, {}, 'maxDepth'],
    [
      'an alias flood',
      `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: search(text: "kim") { name }`).join(' ')} }`,
      {},
      'maxAliases',
    ],
    [
      'a directive flood',
      `{ search(text: "kim") { ${'name @include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 5)} } }`,
      {},
      'maxDirectives',
    ],
    ['a token flood', `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`, {}, 'maxTokens'],
    [
      'lists nested in lists, literal page sizes',
      '{ accusations(first: 100) { edges { node { source { claims(first: 100) { edges { node { id } } } } } } } }',
      {},
      'maxCost',
    ],
    [
      'lists nested in lists, page sizes from variables',
      'query Q($n: Int) { accusations(first: $n) { edges { node { source { claims(first: $n) { edges { node { id } } } } } } } }',
      { n: 100 },
      'maxCost',
    ],
    [
      'page sizes from variable defaults',
      'query Q($n: Int = 100) { accusations(first: $n) { edges { node { source { claims(first: $n) { edges { node { id } } } } } } } }',
      {},
      'maxCost',
    ],
  ];

  it.each(rejections)('refuses %s, naming the limit, with a code', async (_name, query, variables, limit) => {
    const res = await app.query(query, variables);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    const error = res.body.errors?.find((e) => e.extensions?.limit === limit);
    expect(error, JSON.stringify(res.body.errors)).toBeDefined();
    expect(error!.extensions).toMatchObject({
      code: 'QUERY_LIMIT_EXCEEDED',
      max: QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS],
    });
    expect(error!.message).toContain(`limit of ${QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS]}`);
    expect(error!.message).not.toMatch(/^Syntax Error/);
  });

  it('bounds introspection queries too (graphql-js MaxIntrospectionDepthRule)', async () => {
    const res = await app.query('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('introspection, suggestions and GraphiQL', () => {
  const dev = testApp({ NODE_ENV: 'development' });
  const prod = testApp({ NODE_ENV: 'production' });
  const prodOpen = testApp({ NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHIQL: 'true' });
  const introspection = '{ __schema { queryType { name } } }';
  const typo = '{ serch(text: "kim") { name } }';
  const graphiql = (yoga: typeof dev.yoga) =>
    yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });

  it('are on in development', async () => {
    expect((await dev.query(introspection)).body.data.__schema.queryType.name).toBe('Query');
    expect((await dev.query(typo)).body.errors![0]!.message).toContain('Did you mean "search"?');
    expect(await (await graphiql(dev.yoga)).text()).toContain('GraphiQL');
  });

  it('are off by default in production: introspection refused with a code, suggestions hidden, no GraphiQL', async () => {
    const refused = await prod.query(introspection);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]!.extensions!.code).toBe('INTROSPECTION_DISABLED');
    expect(refused.body.errors![0]!.message).toContain('INTROSPECTION');
    const typoed = await prod.query(typo);
    expect(typoed.body.errors![0]!.message).toBe('Cannot query field "serch" on type "Query".');
    expect(typoed.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await prod.query('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    expect(await (await graphiql(prod.yoga)).text()).not.toContain('GraphiQL');
  });

  it('can be switched on in production', async () => {
    expect((await prodOpen.query(introspection)).body.data.__schema.queryType.name).toBe('Query');
    expect(await (await graphiql(prodOpen.yoga)).text()).toContain('GraphiQL');
  });
});

describe('request body size limit', () => {
  const app = testApp({ MAX_BODY_BYTES: '2048' });
  let base: string;
  beforeAll(async () => {
    base = await app.listen();
  });

  const expectTooLarge = (res: { status: number; body: LooseJson }) => {
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'REQUEST_ENTITY_TOO_LARGE',
      limit: 'MAX_BODY_BYTES',
      max: 2048,
    });
    expect(res.body.errors[0].message).toContain('2048 bytes (MAX_BODY_BYTES)');
  };
  const padded = (size: number) => {
    const query = '{ __typename } #';
    return JSON.stringify({ query: query + 'x'.repeat(size - JSON.stringify({ query }).length) });
  };

  it('accepts a body at the limit', async () => {
    const body = padded(2048);
    expect(Buffer.byteLength(body)).toBe(2048);
    const res = await call(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a larger body by its Content-Length, with 413 and a code', async () => {
    const res = await call(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: padded(2049),
    });
    expectTooLarge(res);
  });

  it('refuses a chunked body once the bytes counted pass the limit', async () => {
    const chunk = new TextEncoder().encode(padded(1500));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await call(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectTooLarge(res);
  });

  it('applies the same limit to requests handed to Yoga directly', async () => {
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: padded(4000),
    });
    expectTooLarge({ status: res.status, body: await res.json() });
  });

  it('still answers after all that', async () => {
    expect((await call(`${base}/health`)).status).toBe(200);
  });
});

describe("what the driver's errors mean", () => {
  const neo4jError = (code: string, message = 'x') =>
    new Neo4jError(message, code as ConstructorParameters<typeof Neo4jError>[1], '50N42', 'error');
  const wrapped = (inner: unknown) => Object.assign(new Error('located'), { originalError: inner });

  it('Neo4j away: unreachable, session expired, database unavailable, pool exhausted, sockets refused', () => {
    expect(isDatabaseUnavailable(neo4jError('ServiceUnavailable'))).toBe(true);
    expect(isDatabaseUnavailable(neo4jError('SessionExpired'))).toBe(true);
    expect(isDatabaseUnavailable(neo4jError('Neo.TransientError.General.DatabaseUnavailable'))).toBe(true);
    expect(
      isDatabaseUnavailable(neo4jError('N/A', 'Connection acquisition timed out in 5000 ms. Pool status: ...')),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(wrapped(neo4jError('ServiceUnavailable')))).toBe(true);
  });

  it('not away: a Cypher error, a timeout, a plain bug', () => {
    expect(isDatabaseUnavailable(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
    expect(
      isDatabaseUnavailable(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });

  it('a timeout: Neo4j stopped the transaction, or the request had no time left', () => {
    expect(isTimeout(wrapped(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')))).toBe(
      true,
    );
    expect(isTimeout(neo4jError('Neo.ClientError.Transaction.TransactionTimedOut'))).toBe(true);
    expect(isTimeout(new RequestTimeoutError(100))).toBe(true);
    expect(isTimeout(neo4jError('ServiceUnavailable'))).toBe(false);
  });
});

describe('per-request time limit', () => {
  const uri = inject('neo4jUri');

  it('gives each statement what is left of REQUEST_TIMEOUT_MS, and refuses to start one after it', async () => {
    const driver = createDriver({ uri, database: 'neo4j' });
    try {
      const request = new Graph(driver, 'neo4j', 150).forRequest();
      expect(await request.read('ingest/article-count')).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 200));
      const late = await request.read('ingest/article-count').catch((e) => e);
      expect(late).toBeInstanceOf(RequestTimeoutError);
      expect(isTimeout(late)).toBe(true);
    } finally {
      await driver.close();
    }
  });

  it('answers TIMEOUT, naming the limit, when Neo4j stops a statement at the transaction timeout', async () => {
    // A Graph whose reads are one slow statement, run with the request's timeout as Neo4j's transaction timeout.
    class SlowGraph extends Graph {
      override forRequest(signal?: AbortSignal) {
        return new SlowGraph(this.driver, this.database, 300, signal);
      }
      override async read<T extends object = Row>(): Promise<T[]> {
        await this.driver.executeQuery(
          'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
          {},
          { database: this.database, routing: 'READ', transactionConfig: { timeout: 300 } },
        );
        return [];
      }
    }
    const app = appOver(uri, { REQUEST_TIMEOUT_MS: '300' }, {}, (driver) => new SlowGraph(driver, 'neo4j', 300));
    try {
      const base = await listenOn(app.server);
      const started = performance.now();
      const res = await gql(base, 'query Slow { search(text: "kim") { name } }');
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'TIMEOUT', limit: 'REQUEST_TIMEOUT_MS', max: 300 });
      expect(res.body.errors[0].message).toContain('300 ms (REQUEST_TIMEOUT_MS)');
      const warning = app.logs.find((l) => l.code === 'TIMEOUT');
      expect(warning?.err?.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    } finally {
      await app.close();
    }
  });
});

describe('errors: masked for clients, in full in the log', () => {
  const uri = inject('neo4jUri');
  class BrokenGraph extends Graph {
    override forRequest(signal?: AbortSignal) {
      return new BrokenGraph(this.driver, this.database, undefined, signal);
    }
    override async read<T extends object = Row>(): Promise<T[]> {
      throw new Error('bug near MATCH (e:Entity {key: $key}) RETURN e');
    }
  }
  const apps: ReturnType<typeof appOver>[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  it('production: "Unexpected error." with INTERNAL_SERVER_ERROR, no stack or Cypher; the log has both and the request id', async () => {
    const app = appOver(uri, { NODE_ENV: 'production' }, {}, (driver) => new BrokenGraph(driver, 'neo4j'));
    apps.push(app);
    const base = await listenOn(app.server);
    const res = await gql(base, 'query Broken { search(text: "kim") { name } }', {}, { 'x-request-id': 'masking-1' });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].message).toBe('Unexpected error.');
    expect(res.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.text).not.toMatch(/MATCH|stack|\.ts:\d+|at /);
    const logged = app.logs.find((l) => l.msg.startsWith('unexpected error'));
    expect(logged).toMatchObject({
      requestId: 'masking-1',
      operation: 'Broken',
      path: 'search',
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(logged!.err.message).toContain('MATCH (e:Entity');
    expect(logged!.err.stack).toContain('BrokenGraph.read');
  });

  it('development: the original error is shown to help', async () => {
    const app = appOver(uri, { NODE_ENV: 'development' }, {}, (driver) => new BrokenGraph(driver, 'neo4j'));
    apps.push(app);
    const res = await (
      await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(text: "kim") { name } }' }),
      })
    ).json();
    expect(res.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors[0].extensions.originalError.message).toContain('MATCH');
  });
});

describe('the request log', () => {
  const app = appOver(inject('neo4jUri'));
  let base: string;
  beforeAll(async () => {
    base = await listenOn(app.server);
  });
  afterAll(() => app.close());

  it('writes one structured line per request, with the request id it returns in x-request-id', async () => {
    const res = await gql(
      base,
      'query Search($text: String!) { search(text: $text) { name } }',
      { text: 'kim' },
      {
        'x-request-id': 'log-test-1',
      },
    );
    expect(res.headers.get('x-request-id')).toBe('log-test-1');
    await new Promise((r) => setTimeout(r, 20));
    const lines = app.logs.filter((l) => l.requestId === 'log-test-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'graphql request',
      operation: 'Search',
      cypher: 1,
      outcome: 'ok',
      status: 200,
    });
    expect(typeof lines[0]!.ms).toBe('number');
  });

  it('logs the error codes of a failed request, and replaces a request id unfit for logs', async () => {
    const res = await gql(
      base,
      '{ neighborhood(id: "state:RUS", depth: 9) { truncated } }',
      {},
      { 'x-request-id': 'bad id\twith tab' },
    );
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 20));
    expect(app.logs.filter((l) => l.requestId === id)).toEqual([
      expect.objectContaining({ outcome: 'error', errors: ['BAD_USER_INPUT'], operation: null }),
    ]);
  });

  it('logs requests refused before GraphQL, with their id', async () => {
    const res = await call(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': 'abc' },
      body: '{}',
    }).catch(() => undefined);
    // Some clients refuse to send a bad Content-Length; when it went out, it was answered 400 with a code.
    if (res) {
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    const big = await call(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'too-big-1' },
      body: 'x'.repeat(200_000),
    });
    expect(big.status).toBe(413);
    expect(app.logs.find((l) => l.requestId === 'too-big-1')).toMatchObject({ outcome: 'rejected', status: 413 });
  });
});
