import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';

/**
 * How every benchmarked server process runs: listen on PORT (loopback),
 * announce the port on stdout for bench/run.ts, and on SIGTERM/SIGINT close
 * the server and the driver before exiting.
 */
export async function serveUntilStopped(server: Server, driver: Driver): Promise<void> {
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const address = server.address();
  process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : ''}\n`);
  const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** Runs a server's main, reporting a failure to start on stderr. */
export function run(name: string, main: () => Promise<void>): void {
  main().catch((err) => {
    process.stderr.write(`${name} failed: ${err?.stack ?? err}\n`);
    process.exit(1);
  });
}
