import { parseApiKeys } from './http/auth.js';
import { loadTrustedDocumentsDir } from './http/trusted-documents.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger, progress } from './log.js';
import {
  EmbeddedNeo4jError,
  jarsResolved,
  prepareEmbeddedNeo4j,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
} from './neo4j/embedded.js';
import { createDriver, Graph } from './neo4j/graph.js';
import { migrate } from './neo4j/migrate.js';
import { seed } from './seed.js';
import { createApp } from './http/server.js';
import type { WarmUpReport } from './http/warm-up.js';

/**
 * npm start: Neo4j (embedded unless NEO4J_URI is set), schema, seed data,
 * then GraphQL on PORT. Ctrl-C or SIGTERM stops the server, then Neo4j.
 */
async function main() {
  const config = loadConfig();
  // A bad API_KEYS entry or trusted-documents manifest should stop the start before Neo4j is started, not after.
  parseApiKeys(config.API_KEYS);
  if (config.TRUSTED_DOCUMENTS_DIR) loadTrustedDocumentsDir(config.TRUSTED_DOCUMENTS_DIR);
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
  // Set-up is not a request: loading the seed (one transaction per document, history included) may take longer than one.
  const setUp = new Graph(driver, config.NEO4J_DATABASE);

  const prepareGraph = async (announce = true) => {
    const step = announce ? progress : () => () => undefined;
    let done = step('Applying constraints and indexes');
    const applied = await migrate(setUp);
    done(`${applied} statements`);
    done = step('Loading seed documents when the graph is empty');
    const loaded = config.SEED ? await seed(setUp) : 0;
    done(loaded ? `${loaded} documents loaded` : 'graph already has data');
  };

  // An external Neo4j may be down at start, or come up later: serve anyway
  // (/ready answers 503, queries DATABASE_UNAVAILABLE) and set the schema up
  // in the background once it answers. One attempt at a time, every 5 s.
  const retryPrepare = () => {
    const timer = setTimeout(() => {
      prepareGraph(false).then(
        async () => {
          const warmed = reportWarmUp(await app.warmUp());
          logger.info({ warmUp: warmed }, 'Neo4j reachable: constraints, indexes and seed data in place, warm-up done');
        },
        () => retryPrepare(),
      );
    }, 5_000);
    timer.unref();
  };
  const reportWarmUp = (report: WarmUpReport) => {
    for (const { operation, message } of report.failed) logger.warn({ operation, message }, 'warm-up operation failed');
    return `${report.calls} operations${report.failed.length ? `, ${report.failed.length} failed (see the log)` : ''}`;
  };

  const app = createApp({ config, graph, logger });
  let prepared = false;
  if (embedded || (await graph.ping())) {
    try {
      await prepareGraph();
      prepared = true;
    } catch (err) {
      if (embedded) throw err;
      logger.warn({ err: String(err) }, 'Neo4j set-up failed; serving anyway and retrying it');
      retryPrepare();
    }
  } else {
    logger.warn({ uri }, 'Neo4j not reachable; serving anyway (/ready answers 503) and retrying the set-up');
    retryPrepare();
  }

  // A stray rejection (a driver callback, a client gone mid-answer) is logged; it does not stop the server.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  const { server } = app;
  // Warming starts before the port opens, so /ready says 503 until it is done.
  const warmed = prepared ? progress('Warming up: planning the read operations clients send') : undefined;
  const warming = prepared ? app.warmUp() : undefined;
  const done = progress(`Listening on port ${config.PORT}`);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  done();
  if (warming) warmed!(reportWarmUp(await warming));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  process.stdout.write(
    `\nGraphQL and GraphiQL: http://localhost:${port}/graphql\n` +
      `Explorer: http://localhost:${port}/explore\n` +
      `Health: http://localhost:${port}/health   Ready: http://localhost:${port}/ready\n` +
      `Subscriptions (Server-Sent Events): ${app.live.transport === 'redis' ? 'shared through Redis' : 'this process only'}\n` +
      `Response cache: ${!config.RESPONSE_CACHE ? 'off' : config.REDIS_URL ? 'on, dropped by a write on any server (Redis)' : 'on, this process only'}\n` +
      (embedded ? `Neo4j Bolt: ${embedded.uri} (for npm run ingest, set NEO4J_URI to it)\n` : ''),
  );

  // Graceful stop: no new connections, in-flight requests get SHUTDOWN_GRACE_MS
  // to finish (then are cut), the driver closes, Neo4j stops, exit code 0.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping (requests in flight have ${config.SHUTDOWN_GRACE_MS} ms to finish)\n`);
    logger.info({ signal, graceMs: config.SHUTDOWN_GRACE_MS }, 'shutting down');
    // Whatever hangs below, the process ends.
    const watchdog = setTimeout(() => {
      logger.error('shutdown did not complete in time; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + 60_000);
    watchdog.unref();
    const { forced } = await app.drain(config.SHUTDOWN_GRACE_MS);
    logger.info({ forced }, forced ? 'grace period over: unfinished requests were cut' : 'requests in flight finished');
    await app.close();
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
