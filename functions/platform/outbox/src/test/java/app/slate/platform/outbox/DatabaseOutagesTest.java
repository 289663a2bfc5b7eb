package app.slate.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** The failures seen when `./slate chaos` restarted PostgreSQL under load, as Hibernate Reactive wraps them. */
class DatabaseOutagesTest {

    private final DatabaseOutages outages = new DatabaseOutages();

    @Test
    void aConnectionClosedUnderARequest_isAnOutage_howeverWrapped() {
        assertThat(outages.isOutage(new HibernateException(ClosedConnectionException.INSTANCE))).isTrue();
        assertThat(outages.isOutage(new CompositeException(ClosedConnectionException.INSTANCE,
                new IllegalStateException("HR000090: Live transaction detected while closing the connection")))).isTrue();
        assertThat(outages.isOutage(new HibernateException(new RuntimeException("Connection is not active now, current status: CLOSED")))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingUp_isAnOutage() {
        assertThat(outages.isOutage(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))).isTrue();
        assertThat(outages.isOutage(new PgException("the database system is starting up", "FATAL", "57P03", null))).isTrue();
    }

    @Test
    void aMistakeOrAConflict_isNot() {
        assertThat(outages.isOutage(new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null))).isFalse();
        assertThat(outages.isOutage(new PgException("syntax error", "ERROR", "42601", null))).isFalse();
        assertThat(outages.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
