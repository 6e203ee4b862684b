import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './hardening.js';

/**
 * A real Redis for the run of one test file, as the tests start Neo4j: on a
 * free loopback port, in a temporary folder, with nothing saved to disk.
 * The binary is REDIS_SERVER_PATH or redis-server on the PATH (`npm test`
 * installs Debian's package first where it can: scripts/install-redis.sh).
 */
export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const binary = process.env.REDIS_SERVER_PATH || 'redis-server';
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 20 s:\n${out}`)), 20_000);
    const check = setInterval(() => {
      if (/Ready to accept connections/.test(out)) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 50);
    child.once('error', (err) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(
        new Error(`${binary} could not be started (${err.message}): set REDIS_SERVER_PATH or install redis-server`),
      );
    });
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`redis-server exited ${code}:\n${out}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
