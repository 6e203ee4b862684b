import { ConfigError, loadConfig } from './config.js';
import { createLogger, progress } from './log.js';
import { EmbeddedNeo4jError, jarsResolved, prepareEmbeddedNeo4j, startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j/embedded.js';
import { createDriver, Graph } from './neo4j/graph.js';
import { migrate } from './neo4j/migrate.js';
import { seed } from './seed.js';
import { createApp } from './server.js';

/**
 * npm start: Neo4j (embedded unless NEO4J_URI is set), schema, seed data,
 * then GraphQL on PORT. Ctrl-C or SIGTERM stops the server, then Neo4j.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);

  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    if (!jarsResolved()) {
      const done = progress('Resolving Neo4j 5.26 jars with Maven (first run only)');
      prepareEmbeddedNeo4j();
      done();
    }
    const done = progress(`Starting embedded Neo4j (store ${config.NEO4J_STORE_DIR})`);
    embedded = await startEmbeddedNeo4j({
      storeDir: config.NEO4J_STORE_DIR,
      port: 0,
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
      onOutput: (line) => logger.debug({ neo4j: line }),
    });
    uri = embedded.uri;
    done(`Bolt ${uri}`);
  }

  const driver = createDriver({
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  });
  const graph = new Graph(driver, config.NEO4J_DATABASE, config.REQUEST_TIMEOUT_MS);

  const prepareGraph = async () => {
    let done = progress('Applying constraints and indexes');
    const applied = await migrate(graph);
    done(`${applied} statements`);
    done = progress('Loading seed documents when the graph is empty');
    const loaded = config.SEED ? await seed(graph) : 0;
    done(loaded ? `${loaded} documents loaded` : 'graph already has data');
  };

  try {
    await prepareGraph();
  } catch (err) {
    if (embedded) throw err;
    // An external Neo4j may come up later: serve now (ready answers 503) and retry.
    logger.warn({ err: String(err) }, 'Neo4j not reachable; serving anyway and retrying the schema set-up');
    const retry = setInterval(() => {
      prepareGraph().then(
        () => clearInterval(retry),
        () => undefined,
      );
    }, 5_000);
    retry.unref();
  }

  const { server } = createApp({ config, graph, logger });
  const done = progress(`Listening on port ${config.PORT}`);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  done();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  process.stdout.write(
    `\nGraphQL and GraphiQL: http://localhost:${port}/graphql\n` +
      `Health: http://localhost:${port}/health   Ready: http://localhost:${port}/ready\n` +
      (embedded ? `Neo4j Bolt: ${embedded.uri} (for npm run ingest, set NEO4J_URI to it)\n` : ''),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping\n`);
    const timer = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    clearTimeout(timer);
    await driver.close();
    if (embedded) {
      const done = progress('Stopping Neo4j');
      await embedded.stop();
      done();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof EmbeddedNeo4jError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${err?.stack ?? err}\n`);
  }
  process.exit(1);
});
