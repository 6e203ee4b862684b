import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAuthenticator, generateApiKey, hashApiKey, parseApiKeys } from '../src/http/auth.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { createApp } from '../src/http/server.js';
import { schema } from '../src/schema/index.js';
import { testApp } from './support/app.js';
import { testGraph } from './support/graph.js';
import { writtenKeys } from './support/writes.js';

/**
 * Tokens to callers: API keys (hashed, compared in constant time), JWTs
 * signed with a secret or by a JWKS (served here from 127.0.0.1, never the
 * network), roles, and what the server does with a missing or bad token.
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const editor = generateApiKey('auth-editor', 'editor');
const admin = generateApiKey('auth-admin', 'admin');
const uniqueSlug = writtenKeys(testGraph()).slug;

/** The error a promise rejects with (a GraphQLError from the authenticator). */
async function rejection(promise: Promise<unknown>): Promise<{ message: string; extensions: Record<string, unknown> }> {
  try {
    await promise;
  } catch (err) {
    return err as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a rejection');
}

function hs256(
  payload: JWTPayload,
  { secret = SECRET, expires = '5m' }: { secret?: string; expires?: string | number } = {},
) {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

const none = {
  API_KEYS: undefined,
  JWT_SECRET: undefined,
  JWT_JWKS_URL: undefined,
  JWT_ISSUER: undefined,
  JWT_AUDIENCE: undefined,
  READS_REQUIRE_AUTH: false,
};

describe('API_KEYS', () => {
  it('reads name:role:sha256 entries', () => {
    const entries = parseApiKeys(` ${editor.entry} , ${admin.entry}`);
    expect(entries.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'auth-editor', role: 'editor' },
      { name: 'auth-admin', role: 'admin' },
    ]);
    expect(parseApiKeys(undefined)).toEqual([]);
  });

  it('stores only the hash of a generated key', () => {
    expect(editor.key).toMatch(/^ngk_[A-Za-z0-9_-]{43}$/);
    expect(editor.entry).toBe(`auth-editor:editor:${createHash('sha256').update(editor.key).digest('hex')}`);
    expect(editor.entry).not.toContain(editor.key);
    expect(hashApiKey(editor.key)).toBe(editor.entry.split(':')[2]);
  });

  it('refuses malformed entries by position, without echoing them (they may be keys pasted by mistake)', () => {
    const pasted = editor.key;
    let error: unknown;
    try {
      parseApiKeys(`${admin.entry},someone:editor:${pasted},x:owner:${'a'.repeat(64)},${pasted},${admin.entry}`);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(
      'API_KEYS entry 2: the third part must be the SHA-256 of the key in hex (64 characters), not the key itself',
    );
    expect(message).toContain('API_KEYS entry 3: the role must be one of reader, editor, admin');
    expect(message).toContain('API_KEYS entry 4: expected name:role:sha256-hex-of-the-key');
    expect(message).toContain('API_KEYS entry 5: the same key hash appears twice');
    expect(message).not.toContain(pasted);
    expect(() =>
      createApp({
        config: loadConfig({ API_KEYS: 'oops' }),
        graph: undefined as never,
        logger: pino({ level: 'silent' }),
      }),
    ).toThrow(ConfigError);
  });
});

describe('API keys', () => {
  const auth = createAuthenticator({ ...none, API_KEYS: `${editor.entry},${admin.entry}` });

  it('name the caller and its role', async () => {
    expect(await auth.authenticate(`Bearer ${editor.key}`)).toEqual({ subject: 'auth-editor', role: 'editor' });
    expect(await auth.authenticate(`bearer   ${admin.key}`)).toEqual({ subject: 'auth-admin', role: 'admin' });
    expect(await auth.authenticate(undefined)).toBeNull();
    expect(await auth.authenticate('')).toBeNull();
  });

  it('refuse unknown keys and other schemes with UNAUTHENTICATED, never echoing the token', async () => {
    for (const header of [
      `Bearer ${editor.key.slice(0, -1)}`,
      `Bearer ${editor.entry}`,
      `Token ${editor.key}`,
      'Bearer',
      `Bearer ${editor.key} extra`,
    ]) {
      const error = await rejection(auth.authenticate(header));
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
      expect(error.extensions.http).toEqual({ status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
      expect(error.message).not.toContain(editor.key.slice(4, 20));
    }
  });

  it('name no caller without a token: whether that may read is the schema’s to say', async () => {
    expect(await auth.authenticate(null)).toBeNull();
  });
});

describe('roles, as the schema declares them', () => {
  const reader = generateApiKey('auth-role-reader', 'reader');
  const app = testApp({ API_KEYS: [reader.entry, editor.entry, admin.entry].join(',') });
  const UPSERT = 'mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created } }';
  const DELETE = 'mutation($i: DeleteEntityInput!) { deleteEntity(input: $i) { deleted } }';
  const as = (key: string | null): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});

  it('let readers read, editors write and admins delete, and say why not to the others', async () => {
    const key = `person:${uniqueSlug('roles')}`;
    const upsert = (token: string | null) =>
      app.query(UPSERT, { i: { key, type: 'Person', name: 'Role test' } }, as(token));
    const anonymous = await upsert(null);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message:
            'Writing needs a token with the editor role. Send "Authorization: Bearer <token>" with an API key or a JWT.',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ],
    });
    expect((await upsert(reader.key)).body.errors).toEqual([
      expect.objectContaining({
        message: 'This needs the editor role; the token has the reader role.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expect((await upsert(editor.key)).body).toEqual({ data: { upsertEntity: { created: true } } });
    expect((await upsert(admin.key)).body).toEqual({ data: { upsertEntity: { created: false } } });

    const refused = await app.query(DELETE, { i: { key } }, as(editor.key));
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: 'This needs the admin role; the token has the editor role.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expect((await app.query(DELETE, { i: { key } }, as(admin.key))).body).toEqual({
      data: { deleteEntity: { deleted: true } },
    });
  });

  it('are declared on every mutation, and reads on every root type', () => {
    type Declared = { extensions?: { pothosOptions?: { authScopes?: unknown } } | null };
    const scopesOf = (field: Declared) => field.extensions?.pothosOptions?.authScopes;
    const mutations = Object.entries(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(9);
    for (const [name, field] of mutations)
      expect(scopesOf(field as Declared), name).toEqual({
        role: ['deleteEntity', 'restoreEntity'].includes(name)
          ? 'admin'
          : name === 'createStreamTicket'
            ? 'reader'
            : 'editor',
      });
    for (const type of [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!])
      expect(scopesOf(type as Declared), type.name).toEqual({ readGraph: true });
  });
});

describe('JWTs signed with JWT_SECRET', () => {
  const auth = createAuthenticator({
    ...none,
    JWT_SECRET: SECRET,
    JWT_ISSUER: 'https://issuer.test',
    JWT_AUDIENCE: 'newsgraph',
  });
  const claims = { iss: 'https://issuer.test', aud: 'newsgraph', sub: 'alice@newsroom.test' };

  it('name the subject and the strongest known role of `role` or `roles`', async () => {
    expect(await auth.authenticate(`Bearer ${await hs256({ ...claims, role: 'editor' })}`)).toEqual({
      subject: 'alice@newsroom.test',
      role: 'editor',
    });
    expect(
      await auth.authenticate(`Bearer ${await hs256({ ...claims, roles: ['viewer', 'ADMIN', 'editor'] })}`),
    ).toEqual({
      subject: 'alice@newsroom.test',
      role: 'admin',
    });
    // A valid token with no role this server knows may read, not write.
    expect(await auth.authenticate(`Bearer ${await hs256({ ...claims, role: 'superuser' })}`)).toEqual({
      subject: 'alice@newsroom.test',
      role: 'reader',
    });
  });

  it('refuse a wrong secret, an expired token, another issuer or audience, no subject, and alg none', async () => {
    const refused = [
      [
        await hs256({ ...claims, role: 'admin' }, { secret: `${SECRET}-other` }),
        /signature, algorithm or issuer could not be verified/,
      ],
      [await hs256({ ...claims, role: 'admin' }, { expires: Math.floor(Date.now() / 1000) - 120 }), /it has expired/],
      [await hs256({ ...claims, iss: 'https://evil.test', role: 'admin' }), /its "iss" claim is not the one expected/],
      [await hs256({ ...claims, aud: 'other-api', role: 'admin' }), /its "aud" claim is not the one expected/],
      [await hs256({ iss: claims.iss, aud: claims.aud, role: 'admin' }), /no subject/],
      [
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.`,
        /could not be verified/,
      ],
    ] as const;
    for (const [token, why] of refused) {
      const error = await rejection(auth.authenticate(`Bearer ${token}`));
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
      expect(error.message).toMatch(why);
    }
  });

  it('are refused where no JWT verification is configured', async () => {
    const keysOnly = createAuthenticator({ ...none, API_KEYS: editor.entry });
    const error = await rejection(keysOnly.authenticate(`Bearer ${await hs256({ ...claims, role: 'admin' })}`));
    expect(error).toMatchObject({
      message: 'The token is not a known API key or a valid JWT.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('JWTs signed by a key of the JWKS at JWT_JWKS_URL', () => {
  let server: Server;
  let url: string;
  let sign: (payload: JWTPayload, kid?: string) => Promise<string>;
  let signWithStranger: (payload: JWTPayload) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const stranger = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/.well-known/jwks.json`;
    sign = (payload, kid = 'key-1') =>
      new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    signWithStranger = (payload) =>
      new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(stranger.privateKey);
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('name the caller when signed by a published key, and refuse others', async () => {
    const auth = createAuthenticator({ ...none, JWT_JWKS_URL: url, JWT_AUDIENCE: 'newsgraph' });
    const claims = { sub: 'svc-importer', aud: 'newsgraph', role: 'editor' };
    expect(await auth.authenticate(`Bearer ${await sign(claims)}`)).toEqual({
      subject: 'svc-importer',
      role: 'editor',
    });
    for (const token of [
      await signWithStranger(claims),
      await sign(claims, 'key-unknown'),
      await sign({ ...claims, aud: 'other' }),
    ]) {
      expect((await rejection(auth.authenticate(`Bearer ${token}`))).extensions.code).toBe('UNAUTHENTICATED');
    }
    // An HMAC token cannot pass for one signed by the JWKS.
    expect((await rejection(auth.authenticate(`Bearer ${await hs256(claims)}`))).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets a JWKS-signed editor write through the server', async () => {
    const driver = createDriver({ uri: inject('neo4jUri'), database: 'neo4j' });
    try {
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_JWKS_URL: url });
      const { yoga } = createApp({ config, graph: new Graph(driver, 'neo4j'), logger: pino({ level: 'silent' }) });
      const key = `person:${uniqueSlug('jwks')}`;
      const res = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await sign({ sub: 'svc-importer', role: 'editor' })}`,
        },
        body: JSON.stringify({
          query: 'mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created entity { updatedBy } } }',
          variables: { i: { key, type: 'Person', name: 'Imported' } },
        }),
      });
      expect(await res.json()).toEqual({
        data: { upsertEntity: { created: true, entity: { updatedBy: 'svc-importer' } } },
      });
    } finally {
      await driver.close();
    }
  });
});

describe('the server', () => {
  const READ = '{ search(text: "Russia", first: 1) { key } }';

  it('serves reads without a token by default, and refuses a bad token even on a read', async () => {
    const app = testApp({ API_KEYS: editor.entry });
    const open = await app.query(READ);
    expect(open.body).toEqual({ data: { search: [{ key: 'state:RUS' }] } });
    const bad = await app.query(READ, {}, { authorization: 'Bearer nope' });
    expect(bad.status).toBe(401);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses reads without a token when READS_REQUIRE_AUTH is set, with 401 and nothing run', async () => {
    const reader = generateApiKey('auth-reader', 'reader');
    const app = testApp({ API_KEYS: [editor.entry, reader.entry].join(','), READS_REQUIRE_AUTH: 'true' });
    const refused = await app.query(READ);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message:
          'This server needs a token for every request. Send "Authorization: Bearer <token>" with an API key or a JWT.',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    // Several root fields, a node by id, a write: one refusal for the whole request, nothing shown.
    for (const query of [
      '{ search(text: "Russia", first: 1) { key } node(id: "state:RUS") { id } claims(first: 1) { totalCount } }',
      'mutation { upsertEntity(input: { key: "person:never-written", type: Person, name: "Never" }) { created } }',
    ]) {
      const whole = await app.query(query);
      expect(whole.status, query).toBe(401);
      const { message, extensions } = refused.body.errors![0]!;
      expect(whole.body, query).toEqual({ errors: [expect.objectContaining({ message, extensions })] });
    }
    // The schema is no read of the graph: introspection, where it is on, needs no token.
    expect((await app.query('{ __schema { queryType { name } } }')).body).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    expect((await app.query(READ, {}, { authorization: `Bearer ${reader.key}` })).body).toEqual({
      data: { search: [{ key: 'state:RUS' }] },
    });
    expect((await app.query(READ, {}, { authorization: `Bearer ${editor.key}` })).body.data.search).toHaveLength(1);
  });

  it('takes the token over real HTTP, as curl sends it, and never logs it', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const driver = createDriver({ uri: inject('neo4jUri'), database: 'neo4j' });
    const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'trace', API_KEYS: editor.entry });
    const app = createApp({ config, graph: new Graph(driver, 'neo4j'), logger: pino({ level: 'trace' }, sink) });
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    try {
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const key = `org:${uniqueSlug('http')}`;
      const post = (authorization: string) =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({
            query: 'mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created entity { key updatedBy } } }',
            variables: { i: { key, type: 'Organization', name: 'Over HTTP' } },
          }),
        });
      const ok = await post(`Bearer ${editor.key}`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({
        data: { upsertEntity: { created: true, entity: { key, updatedBy: 'auth-editor' } } },
      });
      const refused = await post(`Bearer ${editor.key}-wrong`);
      expect(refused.status).toBe(401);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toContain(editor.key.slice(4));
    } finally {
      await new Promise((r) => app.server.close(r));
      await driver.close();
    }
  });
});

describe('npm run create-key', () => {
  it('prints a key and the API_KEYS entry that lets it in', async () => {
    const output = await new Promise<string>((done, fail) =>
      execFile(
        'npx',
        ['tsx', 'scripts/create-api-key.ts', 'desk-bot', 'admin'],
        { cwd: projectRoot, timeout: 60_000 },
        (error, stdout) => (error ? fail(error) : done(stdout)),
      ),
    );
    const key = /^ {2}(ngk_\S+)$/m.exec(output)?.[1];
    const entry = /API_KEYS="([^"]+)"/.exec(output)?.[1];
    expect(key).toBeDefined();
    expect(entry).toMatch(/^desk-bot:admin:[0-9a-f]{64}$/);
    const auth = createAuthenticator({ ...none, API_KEYS: entry });
    expect(await auth.authenticate(`Bearer ${key}`)).toEqual({ subject: 'desk-bot', role: 'admin' });
  });
});
