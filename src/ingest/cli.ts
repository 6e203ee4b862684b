import { resolve } from 'node:path';
import { cliConfig, type Config } from '../config.js';
import { EmbeddedNeo4jError, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.js';
import { createDriver, Graph } from '../neo4j/graph.js';
import { migrate } from '../neo4j/migrate.js';
import { combineSummaries, formatSummary, ingestFile, type FileResult } from './ingest.js';

/**
 * npm run ingest -- FILE...
 *
 * Validates and writes ingest documents, each file in its own transaction,
 * against NEO4J_URI or, when that is unset, the embedded Neo4j on the default
 * store. Exits 1 when any file fails, 2 when it cannot run at all.
 */

const USAGE = 'usage: npm run ingest -- FILE.json [FILE.json ...]';

class CliError extends Error {}

/** Neo4j is only started once a document is valid: checking files needs no database. */
function connector(config: Config) {
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
              '  NEO4J_URI=bolt://127.0.0.1:PORT npm run ingest -- FILE.json',
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
    if (!(await g.ping())) {
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

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const config = cliConfig();
  if (!config) return 2;

  const neo4j = connector(config);
  const results: FileResult[] = [];
  try {
    for (const file of files) {
      const result = await ingestFile(neo4j.graph, file);
      results.push(result);
      process.stdout.write(`${result.message}\n`);
    }
  } catch (err) {
    // Expected failures (no Java, a locked store, Neo4j unreachable) read as sentences, not stack traces.
    const known = err instanceof CliError || err instanceof EmbeddedNeo4jError;
    process.stderr.write(`${known ? (err as Error).message : String((err as Error).stack ?? err)}\n`);
    return 2;
  } finally {
    await neo4j.close();
  }

  const done = results.filter((r) => r.ok);
  const failed = results.length - done.length;
  const summaries = done.flatMap((r) => (r.summary ? [r.summary] : []));
  const totals = summaries.length ? `; ${formatSummary(combineSummaries(summaries))}` : '';
  process.stdout.write(
    `${results.length} file${results.length === 1 ? '' : 's'}: ${done.length} ingested, ${failed} failed${totals}\n`,
  );
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
