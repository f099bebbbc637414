// Runs Neo4j Community in-process with only the Bolt connector, for tests and local use.
// Usage: java -cp 'lib/*' Launcher.java <homeDir> <boltPort>
// It exits when its standard input closes, so a parent that dies (even by SIGKILL) never leaves it behind.
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Launcher <homeDir> <boltPort>");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        .build();
    Thread shutdown = new Thread(dbms::shutdown, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    // Block until the parent closes our stdin (normal stop or its death), then shut down cleanly.
    while (System.in.read() != -1) {
      // ignore input
    }
    System.exit(0);
  }
}
