package app.slate.platform.outbox;

import app.slate.platform.priming.Primer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Warms the PostgreSQL driver (connecting, SCRAM authentication, the protocol codec, decoding rows)
 * on a connection of its own, opened with the function's datasource settings and closed before
 * the snapshot: a connection left in the pool would be dead in every restored copy, and the first
 * request to draw it would fail. Hibernate's mapping is built at start and so is in the snapshot;
 * each query's translation is still paid by the first request that runs it.
 */
@ApplicationScoped
class DatabasePrimer implements Primer {

    /** How the primer's connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "slate-priming";
    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final String url;
    private final String user;
    private final Optional<String> password;

    DatabasePrimer(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                   @ConfigProperty(name = "quarkus.datasource.username") String user,
                   @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        // Quarkus takes a list of hosts and an optional "vertx-reactive:" prefix; the driver wants one URI.
        this.url = url.split(",")[0].trim().replaceFirst("^vertx-reactive:", "");
        this.user = user;
        this.password = password;
    }

    @Override
    public String name() {
        return "the PostgreSQL driver";
    }

    @Override
    public void prime() {
        PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password.orElse(""))
                .addProperty("application_name", APPLICATION_NAME);
        PgConnection connection = PgConnection.connect(vertx, options).await().atMost(AT_MOST);
        try {
            connection.preparedQuery("select now(), $1::text").execute(Tuple.of("priming"))
                    .await().atMost(AT_MOST);
        } finally {
            connection.close().await().atMost(AT_MOST);
        }
    }
}
