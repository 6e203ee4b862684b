import { resolve } from 'node:path';
import { cliConfig, type Config } from '../config.js';
import { EmbeddedNeo4jError, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { createDriver, Graph } from './graph.js';
import { migrate } from './migrate.js';

/**
 * Neo4j for the command-line tools (npm run ingest, export, fingerprint):
 * NEO4J_URI when it is set, else the embedded Neo4j on NEO4J_STORE_DIR,
 * started only when the tool first needs the graph and stopped cleanly at
 * the end. Failures a person can fix read as sentences (CliError).
 */

export class CliError extends Error {}

/** The configuration for a command-line tool (src/config.ts), re-exported beside the connection it configures. */
export { cliConfig };

/** Expected failures (no Java, a locked store, Neo4j unreachable) as one message; anything else with its stack. */
export function describeCliError(err: unknown): string {
  const known = err instanceof CliError || err instanceof EmbeddedNeo4jError;
  return known ? (err as Error).message : String((err as Error).stack ?? err);
}

/** `example` shows the tool's own command in the hint for a store already in use. */
export function connector(config: Config, example: string) {
  let embedded: EmbeddedNeo4j | undefined;
  let graph: Promise<Graph> | undefined;

  const open = async (): Promise<Graph> => {
    let uri = config.NEO4J_URI;
    if (!uri) {
      const store = resolve(config.NEO4J_STORE_DIR);
      process.stderr.write(`NEO4J_URI is not set: starting the embedded Neo4j on ${store}\n`);
      try {
        embedded = await startEmbeddedNeo4j({
          storeDir: store,
          port: 0,
          heapMb: config.NEO4J_HEAP_MB,
          pageCacheMb: config.NEO4J_PAGECACHE_MB,
        });
      } catch (err) {
        if (err instanceof EmbeddedNeo4jError && /locked by another process|FileLockException/.test(err.message)) {
          throw new CliError(
            `The Neo4j store ${store} is in use by another process, most likely the running server.\n` +
              'Only one process can open a store. Set NEO4J_URI to the running server’s Bolt address, which it prints ' +
              'at start as "Neo4j Bolt: bolt://127.0.0.1:PORT", e.g.\n' +
              `  NEO4J_URI=bolt://127.0.0.1:PORT ${example}`,
          );
        }
        throw err;
      }
      uri = embedded.uri;
    }
    const driver = createDriver({
      uri,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
    const g = new Graph(driver, config.NEO4J_DATABASE);
    // A just-started JVM answers its first statement slowly; one that is not there fails at once.
    if (!(await g.ping(30_000))) {
      await driver.close();
      throw new CliError(`Cannot reach Neo4j at ${uri} (database ${config.NEO4J_DATABASE}).`);
    }
    await migrate(g);
    return g;
  };

  return {
    graph: () => (graph ??= open()),
    async close() {
      const g = await graph?.catch(() => undefined);
      await g?.driver.close();
      await embedded?.stop();
    },
  };
}

/**
 * Runs a tool's work on the graph and closes it after; a failure is one
 * sentence on stderr (a stack only for the unexpected) and exit code 1.
 */
export async function withGraph(
  config: Config,
  example: string,
  work: (graph: Graph) => Promise<number>,
): Promise<number> {
  const neo4j = connector(config, example);
  try {
    return await work(await neo4j.graph());
  } catch (err) {
    process.stderr.write(`${describeCliError(err)}\n`);
    return 1;
  } finally {
    await neo4j.close();
  }
}
