import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopServer } from './support/server-process.js';

/**
 * `npm start` end to end with the embedded Neo4j: the first start seeds an
 * empty store, SIGTERM stops the server and then the JVM (no orphan, no
 * stale lock), and a second start on the same store finds the data.
 */
const store = mkdtempSync(join(tmpdir(), 'newsgraph-start-'));
afterAll(() => rmSync(store, { recursive: true, force: true }));

const start = () => startServer({ NEO4J_URI: '', NEO4J_STORE_DIR: store });

function javaPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', `EmbeddedNeo4j ${store}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

const stop = stopServer;

async function claimCount(base: string): Promise<number> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ claims { totalCount } }' }),
  });
  const body = await res.json();
  return body.data.claims.totalCount;
}

describe('npm start with the embedded Neo4j', () => {
  it('seeds an empty store, stops cleanly on SIGTERM, and finds its data on the next start', async () => {
    const first = await start();
    expect(first.output()).toMatch(/Loading seed documents when the graph is empty \(2 documents loaded\)/);
    // Ready only after the warm-up ran every client operation, none of them failing.
    expect(first.output()).toMatch(/Warming up: planning the read operations clients send \(\d+ operations\) in/);
    expect((await fetch(`${first.base}/health`)).status).toBe(200);
    expect((await fetch(`${first.base}/ready`)).status).toBe(200);
    expect(await claimCount(first.base)).toBeGreaterThan(0);
    expect(javaPids()).toHaveLength(1);

    expect(await stop(first)).toBe(0);
    expect(javaPids()).toEqual([]);

    const second = await start();
    try {
      expect(second.output()).toMatch(/graph already has data/);
      expect(await claimCount(second.base)).toBeGreaterThan(0);
    } finally {
      expect(await stop(second)).toBe(0);
    }
    expect(javaPids()).toEqual([]);
  }, 240_000);
});

describe('npm start without Java', () => {
  it('says what to install, or to set NEO4J_URI, or to use Docker, and exits non-zero', async () => {
    const { mkdtempSync: tmp, symlinkSync } = await import('node:fs');
    const bin = tmp(join(tmpdir(), 'newsgraph-nojava-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const child = spawn(join(bin, 'node'), ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: bin, NEO4J_STORE_DIR: join(bin, 'store'), PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    rmSync(bin, { recursive: true, force: true });
    expect(code).not.toBe(0);
    expect(out).toMatch(/Java 17\+ and Maven/);
    expect(out).toMatch(/NEO4J_URI/);
    expect(out).toMatch(/docker compose up/);
  }, 60_000);
});
