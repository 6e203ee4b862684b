import { connect, createServer, type Server, type Socket } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { call, freePort, gql } from '../support/hardening.js';
import { startMain, waitFor } from '../support/main-process.js';

/**
 * `npm start` itself (node --import tsx src/main.ts), as a separate process: it serves
 * when Neo4j is down and sets the graph up once Neo4j answers, without a
 * restart; on SIGTERM it stops accepting connections, lets the requests in
 * flight finish within the grace period, closes the driver and exits 0.
 */

/** A TCP proxy to the run's Neo4j, switched on later: until then its port refuses connections. */
function proxyTo(target: string, port: number): Promise<Server> {
  const { hostname, port: targetPort } = new URL(target.replace('bolt://', 'http://'));
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(targetPort), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  const close = server.close.bind(server);
  server.close = (cb?: (err?: Error) => void) => {
    sockets.forEach((s) => s.destroy());
    return close(cb);
  };
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const QUERY = 'query Probe { search(text: "kim") { name } }';

describe('npm start, as a process', () => {
  it(
    'serves with Neo4j down (/ready 503, DATABASE_UNAVAILABLE) and sets up the graph once it answers, without a restart',
    { timeout: 90_000 },
    async () => {
      const neo4jPort = await freePort();
      const main = startMain({ NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}` });
      const base = await main.base;

      expect((await call(`${base}/health`)).status).toBe(200);
      expect((await call(`${base}/ready`)).status).toBe(503);
      const down = await gql(base, QUERY);
      expect(down.status).toBe(503);
      expect(down.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'DATABASE_UNAVAILABLE' } })]);
      expect(main.logs().some((l) => l.msg?.startsWith('Neo4j not reachable'))).toBe(true);

      // Neo4j "comes up": the port starts answering (a proxy to the run's Neo4j).
      const proxy = await proxyTo(inject('neo4jUri'), neo4jPort);
      try {
        await waitFor(() => main.logs().find((l) => l.msg?.startsWith('Neo4j reachable')), 30_000, 'the set-up retry');
        const up = await gql(base, QUERY);
        expect(up.status).toBe(200);
        expect(up.body.data.search.length).toBeGreaterThan(0);
        expect((await call(`${base}/ready`)).status).toBe(200);

        main.child.kill('SIGTERM');
        expect(await main.exited).toEqual({ code: 0, signal: null });
      } finally {
        await new Promise((r) => proxy.close(r));
      }
    },
  );

  it(
    'on SIGTERM refuses new connections, finishes the request in flight, closes the driver and exits 0',
    { timeout: 60_000 },
    async () => {
      const main = startMain({ NEO4J_URI: inject('neo4jUri'), SEED: 'false', SHUTDOWN_GRACE_MS: '10000' });
      const base = await main.base;
      const { port } = new URL(base);
      expect((await gql(base, QUERY)).status).toBe(200);

      // A request in flight: headers sent, half of its body, the rest after SIGTERM.
      const body = JSON.stringify({ query: QUERY });
      const socket = connect(Number(port), '127.0.0.1');
      const answer = new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (d) => (text += d));
        socket.on('close', () => resolve(text));
      });
      await new Promise((r) => socket.once('connect', r));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
          body.slice(0, 10),
      );
      await new Promise((r) => setTimeout(r, 300));

      const signalled = performance.now();
      main.child.kill('SIGTERM');
      await waitFor(() => main.logs().find((l) => l.msg === 'shutting down'), 10_000, 'the shutdown to begin');

      // No new connections...
      const refused = await new Promise<string>((resolve) => {
        const probe = connect(Number(port), '127.0.0.1');
        probe.once('connect', () => {
          probe.destroy();
          resolve('accepted');
        });
        probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? String(err)));
      });
      expect(refused).toBe('ECONNREFUSED');

      // ...but the one in flight completes.
      socket.write(body.slice(10));
      const raw = await answer;
      expect(raw).toMatch(/^HTTP\/1\.1 200 /);
      expect(raw.toLowerCase()).toContain('connection: close');
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).data.search.length).toBeGreaterThan(0);

      expect(await main.exited).toEqual({ code: 0, signal: null });
      const tookMs = performance.now() - signalled;
      expect(tookMs).toBeLessThan(10_000);
      expect(main.logs().find((l) => l.msg === 'requests in flight finished')).toMatchObject({ forced: false });
    },
  );

  it('cuts what is unfinished when the grace period ends, and still exits 0', { timeout: 60_000 }, async () => {
    const main = startMain({ NEO4J_URI: inject('neo4jUri'), SEED: 'false', SHUTDOWN_GRACE_MS: '1000' });
    const base = await main.base;
    const { port } = new URL(base);

    // A client that never finishes its request.
    const socket = connect(Number(port), '127.0.0.1');
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query"',
    );
    await new Promise((r) => setTimeout(r, 300));

    const signalled = performance.now();
    main.child.kill('SIGTERM');
    await closed;
    expect(await main.exited).toEqual({ code: 0, signal: null });
    const tookMs = performance.now() - signalled;
    expect(tookMs).toBeGreaterThanOrEqual(900);
    expect(tookMs).toBeLessThan(6_000);
    expect(main.logs().find((l) => l.msg?.startsWith('grace period over'))).toMatchObject({ forced: true });
  });
});
