import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/**
 * `npm start` as a process of its own (`node --import tsx src/main.ts`),
 * with its output read line by line: the URL it serves, the Bolt address
 * of the embedded Neo4j it started, its JSON log lines. Whatever a test
 * leaves running is killed after it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** One JSON line of the server's log. */
export interface LogLine {
  msg?: string;
  [field: string]: unknown;
}

export interface Main {
  child: ChildProcess;
  lines: string[];
  logs: () => LogLine[];
  /** http://127.0.0.1:PORT once it listens. */
  base: Promise<string>;
  /** The embedded Neo4j's Bolt URI, printed once it is ready (only when it runs one). */
  bolt: Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: Main[] = [];
afterEach(() => {
  for (const main of running.splice(0))
    if (main.child.exitCode === null && main.child.signalCode === null) main.child.kill('SIGKILL');
});

export function startMain(env: Record<string, string>): Main {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let resolveBase: (url: string) => void;
  let resolveBolt: (uri: string) => void;
  const base = new Promise<string>((resolve) => (resolveBase = resolve));
  const bolt = new Promise<string>((resolve) => (resolveBolt = resolve));
  const onLine = (line: string) => {
    if (!line.trim()) return;
    lines.push(line);
    const url = /GraphQL and GraphiQL: http:\/\/localhost:(\d+)\/graphql/.exec(line);
    if (url) resolveBase(`http://127.0.0.1:${url[1]}`);
    const boltUri = /^Neo4j Bolt: (bolt:\/\/\S+)/.exec(line);
    if (boltUri) resolveBolt(boltUri[1]!);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // Awaited by the tests that need them; one a test does not wait for (no Bolt line with NEO4J_URI) is no unhandled rejection.
  const orExit = <T>(line: Promise<T>) => {
    const raced = Promise.race([
      line,
      exited.then(() => Promise.reject(new Error(`main exited:\n${lines.join('\n')}`))),
    ]);
    raced.catch(() => undefined);
    return raced;
  };
  const main: Main = {
    child,
    lines,
    base: orExit(base),
    bolt: orExit(bolt),
    exited,
    logs: () => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)),
  };
  running.push(main);
  return main;
}

export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
