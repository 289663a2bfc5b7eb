package app.slate.standins;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/** A real PostgreSQL server from the zonky binaries; its data folder survives a restart. */
final class PostgresStandIn implements AutoCloseable {

    static final String DATABASE = "postgres";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private PostgresStandIn(EmbeddedPostgres server) {
        this.server = server;
    }

    static PostgresStandIn start(Path dataDir) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(Ports.free())
                .start();
        return new PostgresStandIn(server);
    }

    int port() {
        return server.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
