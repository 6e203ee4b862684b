import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j DBMS with Bolt on a loopback port, for the GraphQL server and
 * its tests, when no external Neo4j is configured.
 *
 * Usage: EmbeddedNeo4j STORE_DIR HOST PORT PAGECACHE_MB [IMPORT_DIR]
 * IMPORT_DIR, given only by the import benchmark, lets LOAD CSV read files
 * from that directory (file:///name.csv); without it LOAD CSV reads none.
 * Prints "BOLT_PORT=<port>" once Bolt accepts connections (port 0 picks a free one).
 * Shuts down cleanly on SIGTERM/SIGINT and also when its standard input closes,
 * so the JVM never outlives the Node process that started it.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: EmbeddedNeo4j STORE_DIR HOST PORT PAGECACHE_MB [IMPORT_DIR]");
            System.exit(2);
        }
        Path store = Path.of(args[0]).toAbsolutePath();
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        long pageCacheMb = Long.parseLong(args[3]);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(store);
        if (args.length == 5) {
            builder.setConfig(GraphDatabaseSettings.allow_file_urls, true)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, Path.of(args[4]).toAbsolutePath());
        } else {
            // The server reads no files from disk through Cypher.
            builder.setConfig(GraphDatabaseSettings.allow_file_urls, false);
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                // Stop promptly: the Node process that owns this JVM has already closed its
                // driver, so the default 5-10 s waits for clients to finish only delay restarts.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .build();

        Thread stopper = new Thread(() -> shutdown(dbms), "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        int bound = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        System.out.println("BOLT_PORT=" + bound);
        System.out.flush();

        // A closed stdin means the parent process is gone: stop rather than linger.
        InputStream in = System.in;
        try {
            while (in.read() != -1) {
                // ignore input; only its end matters
            }
        } catch (IOException ignored) {
            // treat like end of input
        }
        System.exit(0);
    }

    private static synchronized void shutdown(DatabaseManagementService dbms) {
        try {
            dbms.shutdown();
        } catch (Exception e) {
            System.err.println("neo4j shutdown failed: " + e);
        }
    }
}
