import v8 from 'node:v8';
import vm from 'node:vm';
import { getNamedType, isListType, isNonNullType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { encodeGroup } from '../../src/schema/neighborhood.js';
import { appOver, call, listenOn, type Answer } from '../support/hardening.js';
import type { AnswerError } from '../support/app.js';

/**
 * A corpus of bad input, sent over real HTTP to the server in its
 * production configuration. Each request must get a 4xx, or a GraphQL
 * answer whose every error has a code; never a 5xx (other than
 * DATABASE_UNAVAILABLE), never an INTERNAL_SERVER_ERROR, never a stack
 * trace or Cypher. The server answers /health afterwards, and running the
 * whole corpus again does not grow its heap.
 */

interface Case {
  name: string;
  path?: string;
  init: RequestInit;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');

function post(name: string, body: string, headers: Record<string, string> = JSON_TYPE): Case {
  return { name, init: { method: 'POST', headers, body } };
}
function q(name: string, query: string, variables?: unknown, extra: Record<string, unknown> = {}): Case {
  return post(name, JSON.stringify({ query, variables, ...extra }), {
    ...JSON_TYPE,
    accept: 'application/graphql-response+json',
  });
}
/** A query whose variables are given as JSON text (too deep for JSON.stringify to write). */
function qRaw(name: string, query: string, variablesJson: string): Case {
  return post(name, `{"query": ${JSON.stringify(query)}, "variables": ${variablesJson}}`, {
    ...JSON_TYPE,
    accept: 'application/graphql-response+json',
  });
}
function get(name: string, params: Record<string, string>, headers: Record<string, string> = {}): Case {
  return { name, path: `/graphql?${new URLSearchParams(params)}`, init: { method: 'GET', headers } };
}

const nested = (depth: number, open: string, inner: string, close: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

const handwritten: Case[] = [
  // Invalid JSON
  post('truncated JSON', '{"query": "{ __typename }"'),
  post('trailing comma', '{"query": "{ __typename }",}'),
  post('single quotes', "{'query': '{ __typename }'}"),
  post('NaN', '{"query": NaN}'),
  post('empty body', ''),
  post('whitespace body', '   \n  '),
  post('JSON null', 'null'),
  post('JSON string', '"{ __typename }"'),
  post('JSON number', '42'),
  post('JSON array (batch)', '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]'),
  post('binary garbage', '\u0000\u0001\u0002\u00ff\ufffe'),
  post('deeply nested JSON', nested(10_000, '[', '1', ']')),
  post('variables as an array', '{"query": "{ __typename }", "variables": [1, 2]}'),
  post('variables as a string', '{"query": "{ __typename }", "variables": "{}"}'),
  post('extensions as a number', '{"query": "{ __typename }", "extensions": 5}'),
  post('unknown top-level parameter', '{"query": "{ __typename }", "foo": 1}'),
  // Wrong content types
  post('text/plain', '{"query": "{ __typename }"}', { 'content-type': 'text/plain' }),
  post('application/xml', '<query>{ __typename }</query>', { 'content-type': 'application/xml' }),
  post('no content type', '{"query": "{ __typename }"}', {}),
  post('multipart', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--', {
    'content-type': 'multipart/form-data; boundary=x',
  }),
  post('octet-stream', '{"query": "{ __typename }"}', { 'content-type': 'application/octet-stream' }),
  post('made-up type', '{"query": "{ __typename }"}', { 'content-type': 'application/x-graphql-evil' }),
  post('JSON declared, GraphQL sent', '{ __typename }'),
  post('GraphQL declared, JSON sent', '{"query": "{ __typename }"}', { 'content-type': 'application/graphql' }),
  post('JSON with an Accept nobody serves', '{"query": "{ __typename }"}', { ...JSON_TYPE, accept: 'application/xml' }),
  // Missing or malformed query
  post('empty object', '{}'),
  post('query null', '{"query": null}'),
  post('query empty', '{"query": ""}'),
  post('query a number', '{"query": 42}'),
  post('query an object', '{"query": {"a": 1}}'),
  post('only variables', '{"variables": {"a": 1}}'),
  get('GET without query', {}),
  get('GET with empty query', { query: '' }),
  q('syntax error', '{ search(text: "kim" { name } }'),
  q('unterminated string', '{ search(text: "kim) { name } }'),
  q('unknown field', '{ nothingHere }'),
  q('subscription', 'subscription { __typename }'),
  q('unknown directive', '{ __typename @evil }'),
  q('scalar with selection', '{ search(text: "kim") { name { x } } }'),
  q('object without selection', '{ search(text: "kim") }'),
  // GET mutations and other methods
  get('GET mutation', { query: 'mutation { __typename }' }),
  get('GET mutation, named', { query: 'mutation M { __typename }', operationName: 'M' }),
  get('GET with bad variables JSON', { query: 'query($t: String!) { search(text: $t) { name } }', variables: '{bad' }),
  { name: 'PUT', init: { method: 'PUT', headers: JSON_TYPE, body: '{"query": "{ __typename }"}' } },
  { name: 'DELETE', init: { method: 'DELETE' } },
  { name: 'PATCH', init: { method: 'PATCH', headers: JSON_TYPE, body: '{"query": "{ __typename }"}' } },
  { name: 'unknown path', path: '/graphql/../../etc/passwd', init: { method: 'GET' } },
  { name: 'another unknown path', path: '/admin', init: { method: 'POST', headers: JSON_TYPE, body: '{}' } },
  get('a URL past the header limit', { query: `{ __typename } #${'x'.repeat(20_000)}` }),
  // Unknown operation names
  q('operationName not in the document', 'query A { __typename }', undefined, { operationName: 'B' }),
  q('two operations, no name', 'query A { __typename } query B { __typename }'),
  q('operationName a number', 'query A { __typename }', undefined, { operationName: 7 }),
  q('duplicate operation names', 'query A { __typename } query A { __typename }', undefined, { operationName: 'A' }),
  // Depth bombs
  q('answers 30 deep', `{ claims(first: 1) { edges { node { ${nested(30, 'answers { ', 'id', ' }')} } } } }`),
  q('answersTo 100 deep', `{ claims { edges { node { ${nested(100, 'answersTo { ', 'id', ' }')} } } } }`),
  q(
    'nested fragments, 20 deep',
    `{ claims { edges { node { ...F0 } } } } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Claim { answers { ${i < 19 ? `...F${i + 1}` : 'id'} } }`).join(' ')}`,
  ),
  q('introspection bomb', `{ __schema { types { ${nested(8, 'fields { type { ', 'name', ' } }')} } } }`),
  q('5000 nested braces', nested(5_000, '{ a ', '', '}')),
  // Alias floods
  q('500 aliases', `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: search(text: "kim") { name }`).join(' ')} }`),
  q(
    'aliases through fragments',
    `{ ...A ...B } fragment A on Query { ${Array.from({ length: 15 }, (_, i) => `a${i}: search(text: "x") { name }`).join(' ')} } fragment B on Query { ${Array.from({ length: 15 }, (_, i) => `b${i}: search(text: "x") { name }`).join(' ')} }`,
  ),
  q('one field, 1000 times', `{ ${'search(text: "kim") { name } '.repeat(1000)} }`),
  q('directive flood', `{ __typename ${'@include(if: true) '.repeat(200)} }`),
  // Fragment cycles
  q('fragment cycle A-B-A', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
  q('fragment on itself', '{ ...A } fragment A on Query { __typename ...A }'),
  q('cycle inside a selection', '{ claims { edges { node { ...C } } } } fragment C on Claim { answers { ...C } }'),
  q('fragment undefined', '{ ...Nowhere }'),
  q('fragment on a wrong type', '{ ...F } fragment F on Accusation { id }'),
  q('unused fragment', '{ __typename } fragment F on Query { __typename }'),
  // Very long strings
  q('search text of 50k characters', 'query($t: String!) { search(text: $t) { name } }', { t: 'kim '.repeat(12_500) }),
  q('an id of 20k characters', 'query($id: ID!) { neighborhood(id: $id) { truncated } }', {
    id: 'state:' + 'R'.repeat(20_000),
  }),
  q('a cursor of 20k characters', 'query($c: String) { claims(after: $c) { totalCount } }', { c: 'b'.repeat(20_000) }),
  q('a literal string of 60k characters', `{ search(text: "${'a'.repeat(60_000)}") { name } }`),
  q('a 200k-character query (past the body limit)', `{ __typename } #${'x'.repeat(200_000)}`),
  // Deeply nested variables
  qRaw('an undeclared variable nested 5000 deep', '{ __typename }', `{"deep": ${nested(5_000, '{"a":', '1', '}')}}`),
  qRaw(
    'a list variable nested 2000 deep',
    'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    `{"ids": ${nested(2_000, '[', '"x"', ']')}}`,
  ),
  qRaw(
    'an object for a String',
    'query($t: String!) { search(text: $t) { name } }',
    `{"t": ${nested(1_000, '{"a":', '1', '}')}}`,
  ),
  // Wrong variable types
  q('a number for a String', 'query($t: String!) { search(text: $t) { name } }', { t: 5 }),
  q('a string for an Int', 'query($n: Int) { claims(first: $n) { totalCount } }', { n: 'ten' }),
  q('a float for an Int', 'query($n: Int) { claims(first: $n) { totalCount } }', { n: 1.5 }),
  q('2^40 for an Int', 'query($n: Int) { claims(first: $n) { totalCount } }', { n: 2 ** 40 }),
  q('null for a non-null', 'query($id: ID!) { neighborhood(id: $id) { truncated } }', { id: null }),
  q('a missing required variable', 'query($id: ID!) { neighborhood(id: $id) { truncated } }', {}),
  q('a boolean for an ID', 'query($id: ID!) { node(id: $id) { id } }', { id: true }),
  q('an unknown enum value', 'query($k: ClaimKind) { claims(kind: $k) { totalCount } }', { k: 'LAUNCH_MISSILES' }),
  q('a lower-case enum value', 'query($k: ClaimKind) { claims(kind: $k) { totalCount } }', { k: 'accuse' }),
  q('a variable of a type that does not exist', 'query($x: Nope) { __typename }', { x: 1 }),
  q('a variable used at the wrong type', 'query($n: String) { claims(first: $n) { totalCount } }', { n: '5' }),
  // Invalid and foreign ids
  q('node: not an id', '{ node(id: "not-an-id") { id } }'),
  q('node: a key, not a global id', '{ node(id: "state:RUS") { id } }'),
  q('node: a foreign type', `{ node(id: "${globalId('User', 'user:1')}") { id } }`),
  q('node: a type with no nodes', `{ node(id: "${globalId('Subgraph', 'state:RUS')}") { id } }`),
  q('node: an id of nothing', `{ node(id: "${globalId('State', 'state:XXX')}") { id } }`),
  q('node: an empty id', '{ node(id: "") { id } }'),
  q('nodes: a mix', `{ nodes(ids: ["x", "${globalId('State', 'state:RUS')}", "${globalId('Foo', 'bar')}"]) { id } }`),
  q('neighborhood: a foreign key', '{ neighborhood(id: "user:root") { truncated } }'),
  q('neighborhood: an article', '{ neighborhood(id: "article:53f6e0b8b575f843") { truncated } }'),
  q('path: the same end twice', '{ path(from: "state:RUS", to: "state:RUS") { truncated } }'),
  q('path: an unknown end', '{ path(from: "state:XXX", to: "state:RUS") { truncated } }'),
  q('timeline: a global id of a foreign type', `{ timeline(entity: "${globalId('Nope', 'state:RUS')}") { date } }`),
  q(
    'accusations: an id with a newline',
    '{ accusations(accuser: "state:RUS\\nMATCH (n) DETACH DELETE n") { totalCount } }',
  ),
  // Negative and huge page sizes and bounds
  q('first: -1', '{ claims(first: -1) { totalCount } }'),
  q('first: 101', '{ claims(first: 101) { totalCount } }'),
  q('first: 2^31 - 1', '{ claims(first: 2147483647) { totalCount } }'),
  q('first: 2^31 (not an Int)', '{ claims(first: 2147483648) { totalCount } }'),
  q('last without before', '{ claims(last: 5) { totalCount } }'),
  q('last: -5', `{ claims(last: -5, before: "${Buffer.from('offset:10').toString('base64')}") { totalCount } }`),
  q(
    'after: a forged cursor',
    `{ claims(after: "${Buffer.from('offset:99999999999').toString('base64')}") { totalCount } }`,
  ),
  q('after: garbage', '{ claims(after: "!!!") { totalCount } }'),
  q('search first: -3', '{ search(text: "kim", first: -3) { name } }'),
  q('search first: 1000', '{ search(text: "kim", first: 1000) { name } }'),
  q('neighborhood depth: 0', '{ neighborhood(id: "state:RUS", depth: 0) { truncated } }'),
  q('neighborhood depth: 99', '{ neighborhood(id: "state:RUS", depth: 99) { truncated } }'),
  q('neighborhood limit: 100000', '{ neighborhood(id: "state:RUS", limit: 100000) { truncated } }'),
  q('neighborhood limit: -1', '{ neighborhood(id: "state:RUS", limit: -1) { truncated } }'),
  q('path maxHops: -5', '{ path(from: "state:PRK", to: "state:RUS", maxHops: -5) { truncated } }'),
  q('path maxHops: 1000', '{ path(from: "state:PRK", to: "state:RUS", maxHops: 1000) { truncated } }'),
  q(
    'nested first: 100000',
    '{ node(id: "' +
      globalId('State', 'state:RUS') +
      '") { ... on State { claimsAbout(first: 100000) { totalCount } } } }',
  ),
  q('dates: not dates', '{ claims(from: "yesterday", to: "2024-13-45") { totalCount } }'),
];

/** Text that would do harm if it reached Cypher, Lucene, a template or a shell unescaped. */
const HOSTILE = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "state:RUS' }) RETURN 1 UNION MATCH (n) RETURN n //",
  '*:* OR name:foo~ AND \\\\ (',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a} {{7*7}} %s%n',
  '../../../../etc/passwd\u0000',
  '\ud800 lone surrogate \u202e reversed 😀',
  '$key',
];

/** Valid values for the required arguments a generated query also needs. */
const VALID: Record<string, unknown> = {
  id: 'state:RUS',
  ids: [globalId('State', 'state:RUS')],
  from: 'state:PRK',
  to: 'state:RUS',
  entity: 'state:RUS',
  text: 'kim',
  group: encodeGroup({ centre: 'state:RUS', relationship: 'MADE', direction: 'OUTGOING' }),
};

function typeString(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeString(type.ofType)}!`;
  if (isListType(type)) return `[${typeString(type.ofType)}]`;
  return type.name;
}

/** Every String or ID argument of every Query field, with each hostile text. */
function injectionCases(): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const arg of field.args as GraphQLArgument[]) {
      const named = getNamedType(arg.type).name;
      if (named !== 'String' && named !== 'ID') continue;
      const others = field.args.filter((a) => a !== arg && isNonNullType(a.type));
      const declared = [`$v: ${typeString(arg.type)}`, ...others.map((a) => `$${a.name}: ${typeString(a.type)}`)].join(
        ', ',
      );
      const passed = [`${arg.name}: $v`, ...others.map((a) => `${a.name}: $${a.name}`)].join(', ');
      for (const [i, text] of HOSTILE.entries()) {
        const value = isListType(getNullable(arg.type)) ? [text] : text;
        const variables: Record<string, unknown> = { v: value };
        for (const a of others) variables[a.name] = VALID[a.name];
        // path(from, to): a valid `to` equal to the hostile `from` is not the point; keep them apart.
        cases.push(
          q(
            `${field.name}(${arg.name}) hostile #${i}`,
            `query Inject(${declared}) { ${field.name}(${passed}) { __typename } }`,
            variables,
          ),
        );
      }
      // The same text as a literal in the document.
      cases.push(
        q(
          `${field.name}(${arg.name}) hostile literal`,
          `query Inject(${others.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ') || '$unused: Int'}) { ${field.name}(${[`${arg.name}: ${isListType(getNullable(arg.type)) ? `[${JSON.stringify(HOSTILE[1])}]` : JSON.stringify(HOSTILE[1])}`, ...others.map((a) => `${a.name}: $${a.name}`)].join(', ')}) { __typename } }`,
          Object.fromEntries(others.map((a) => [a.name, VALID[a.name]])),
        ),
      );
    }
  }
  // String arguments below the root: the connections on entities.
  for (const [type, key] of [
    ['State', 'state:RUS'],
    ['Person', 'person:robert-wood'],
    ['Organization', 'org:un-security-council'],
    ['Event', 'event:unsc-meeting-dprk-arms-embargo-2024-06-28'],
  ]) {
    for (const text of HOSTILE.slice(0, 3)) {
      cases.push(
        q(
          `${type}.claimsAbout(after) hostile`,
          `query Inject($id: ID!, $v: String) { node(id: $id) { ... on ${type} { claimsAbout(after: $v) { totalCount } mentionedIn(before: $v) { totalCount } } } }`,
          { id: globalId(type!, key!), v: text },
        ),
      );
    }
  }
  return cases;
}

function getNullable(type: GraphQLInputType) {
  return isNonNullType(type) ? type.ofType : type;
}

const corpus: Case[] = [...handwritten, ...injectionCases()];

/** What a case got, and whether that is a clean answer. */
function judge(c: Case, a: Answer): string[] {
  const problems: string[] = [];
  const codes: string[] = (a.body?.errors ?? []).map((e: AnswerError) => e?.extensions?.code as string);
  if (
    a.status >= 500 &&
    !(a.status === 503 && codes.length && codes.every((code) => code === 'DATABASE_UNAVAILABLE'))
  ) {
    problems.push(`HTTP ${a.status}`);
  }
  if (a.body?.errors) {
    if (codes.some((code) => !code)) problems.push(`an error without a code: ${a.text.slice(0, 300)}`);
    if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`INTERNAL_SERVER_ERROR: ${a.text.slice(0, 300)}`);
  } else if (a.status < 400 && !a.body?.data) {
    problems.push(`neither data nor errors: ${a.status} ${a.text.slice(0, 200)}`);
  }
  // Stack frames, driver errors, or the server's own Cypher (labelled patterns, $parameters); the corpus's
  // own hostile text may be echoed back in a message, which is fine.
  if (/\n\s+at |\.ts:\d+:\d+|Neo4jError|neo4j-driver|MATCH \(\w+:|UNWIND \$/.test(a.text)) {
    problems.push(`internals in the answer: ${a.text.slice(0, 300)}`);
  }
  return problems.map((p) => `${c.name}: ${p}`);
}

describe('a corpus of bad input', () => {
  const app = appOver(inject('neo4jUri'), { NODE_ENV: 'production' });
  let base = '';
  beforeAll(async () => {
    base = await listenOn(app.server);
  });
  afterAll(() => app.close());

  async function runCorpus() {
    const problems: string[] = [];
    const outcomes: Record<string, number> = {};
    // A few at a time, as several clients would.
    const queue = [...corpus];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const answer = await call(`${base}${c.path ?? '/graphql'}`, c.init).catch((err) => ({
            status: 0,
            headers: new Headers(),
            text: String(err),
            body: undefined,
          }));
          if (answer.status === 0) problems.push(`${c.name}: no answer (${answer.text})`);
          else problems.push(...judge(c, answer));
          const codes = [...new Set((answer.body?.errors ?? []).map((e: AnswerError) => e?.extensions?.code))];
          const outcome = answer.body?.errors
            ? `${answer.status} ${codes.join('+')}`
            : `${answer.status}${answer.body?.data ? ' data' : ''}`;
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        }
      }),
    );
    return { problems, outcomes };
  }

  it(`answers every one of its ${corpus.length} requests cleanly, stays up, and does not grow`, async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };

    const first = await runCorpus();
    expect(first.problems).toEqual([]);
    const afterFirst = heap();
    for (let i = 0; i < 2; i++) expect((await runCorpus()).problems).toEqual([]);
    const afterThird = heap();

    const health = await call(`${base}/health`);
    expect(health.status).toBe(200);
    const growthMb = (afterThird - afterFirst) / 2 ** 20;
    console.log(
      `bad-input corpus: ${corpus.length} requests (${handwritten.length} handwritten, ${corpus.length - handwritten.length} injection), ` +
        `run 3 times; outcomes of one run: ${JSON.stringify(first.outcomes)}; ` +
        `heap after run 1 ${(afterFirst / 2 ** 20).toFixed(1)} MB, after run 3 ${(afterThird / 2 ** 20).toFixed(1)} MB (growth ${growthMb.toFixed(1)} MB)`,
    );
    expect(growthMb).toBeLessThan(16);
  });
});
