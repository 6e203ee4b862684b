import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configVariables, loadConfig, ConfigError } from '../src/config.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { createApp } from '../src/http/server.js';
import { createLogger } from '../src/log.js';
import { printedSchema } from '../src/schema/index.js';
import { testApp } from './support/app.js';

describe('the server over the real Neo4j', () => {
  const app = testApp();

  it('answers { __typename } through Yoga', async () => {
    const res = await app.query('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers /health and /ready over HTTP, and returns a request id', async () => {
    const base = await app.listen();
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).neo4j).toBe('up');
    const gql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-req-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(gql.headers.get('x-request-id')).toBe('test-req-1');
  });

  it('serves GraphiQL from node_modules, with no CDN', async () => {
    const res = await app.yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
  });
});

describe('/ready when Neo4j is unreachable', () => {
  it('answers 503 while /health stays 200', async () => {
    const driver = createDriver({ uri: 'bolt://127.0.0.1:1', database: 'neo4j' });
    const config = loadConfig({ NODE_ENV: 'test' });
    const { server } = createApp({ config, graph: new Graph(driver, 'neo4j'), logger: createLogger('silent') });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
      await driver.close();
    }
  });
});

describe('configuration', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.graphiql).toBe(true);
  });

  it('stops on a bad value, naming the variable and what it accepts', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI=.*Bolt URI/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    // Secrets are named but never echoed.
    expect(() => loadConfig({ JWT_SECRET: 'short-secret-value' })).toThrow(/JWT_SECRET=\(value hidden\)/);
    expect(() => loadConfig({ JWT_SECRET: 'short-secret-value' })).not.toThrow(/short-secret-value/);
  });

  it('turns GraphiQL and introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });
});

describe('docker-compose.yml', () => {
  const compose = parseYaml(readFileSync('docker-compose.yml', 'utf8'));
  const pom = readFileSync('neo4j/pom.xml', 'utf8');

  it('runs the same Neo4j line as the embedded launcher', () => {
    const embedded = /<neo4j.version>(\d+\.\d+)\.\d+<\/neo4j.version>/.exec(pom)![1];
    expect(compose.services.neo4j.image).toBe(`neo4j:${embedded}-community`);
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(compose.services.neo4j.volumes.length).toBeGreaterThan(0);
  });

  it('gives the API only variables the config accepts, and waits for Neo4j to be healthy', () => {
    const names = Object.keys(compose.services.api.environment);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(configVariables).toContain(name);
    expect(compose.services.api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.api.environment.NEO4J_URI).toMatch(/^bolt:\/\/neo4j:7687$/);
    expect(compose.services.api.environment.REDIS_URL).toBe('redis://redis:6379');
    expect(compose.services.api.depends_on.redis.condition).toBe('service_healthy');
    expect(compose.services.redis.image).toMatch(/^redis:/);
  });

  it('scales the API: no fixed host port on it, a proxy in front that finds every instance by name', () => {
    const { api, proxy } = compose.services;
    expect(api.ports).toBeUndefined();
    expect(api.expose).toEqual(['4000']);
    expect(api.healthcheck.test.join(' ')).toContain('/ready');
    expect(proxy.ports).toEqual(['4000:4000']);
    expect(proxy.depends_on.api.condition).toBe('service_healthy');
    const [config] = proxy.configs;
    expect(config.target).toBe('/etc/caddy/Caddyfile');
    const caddyfile: string = compose.configs[config.source].content;
    // Looked up again every few seconds, so `--scale api=N` needs no restart of the proxy.
    expect(caddyfile).toMatch(/reverse_proxy \{\s+dynamic a api 4000 \{\s+refresh \d+s/);
  });
});

describe('schema/schema.graphql', () => {
  it('is the SDL printed from the builder (run `npm run schema` when this fails)', () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(printedSchema());
  });
});
