package app.slate.trust.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.blocking.Await;
import app.slate.platform.events.AuditEvents.ActionRecorded;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.trust.audit.AuditLog;
import app.slate.trust.audit.ChainReport;
import app.slate.trust.audit.ChainVerification;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sample schedule in events/trust-retention through the real handler, at a time past the
 * retention of everything in the log: the entries go from the start of the chain, the anchor moves
 * to the last one removed, the removal is itself an entry, and the chain after it still verifies.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class RetentionHandlerTest {

    @Inject
    AuditLog log;

    @Inject
    ChainVerification verification;

    @Inject
    Pool database;

    @Test
    void eachContextsRule_prunesItsOwnData_andAnExpiredExportGoes() {
        UUID delivery = UUID.randomUUID();
        database.preparedQuery("""
                INSERT INTO notification_deliveries (id, event_id, event_type, channel, template, address, status)
                VALUES ($1, $2, 'account.registered', 'EMAIL', 'verify-email', 'old@example.com', 'SENT')""")
                .execute(Tuple.of(delivery, UUID.randomUUID())).await().atMost(Await.LIMIT);
        UUID export = UUID.randomUUID();
        database.preparedQuery("""
                INSERT INTO data_exports (id, account_id, requested_by, status, requested_at, ready_at, expires_at)
                VALUES ($1, $2, $2, 'READY', now(), now(), now() + interval '7 days')""")
                .execute(Tuple.of(export, UUID.randomUUID())).await().atMost(Await.LIMIT);

        String past = Instant.now().plus(Duration.ofDays(400)).toString();
        given().contentType(ContentType.JSON).body(Events.read("trust-retention", "schedule.json").replace("2026-11-23T03:00:00Z", past))
                .when().post("/_lambda_").then().statusCode(200);

        assertThat(count("SELECT count(*) FROM notification_deliveries WHERE id = $1", delivery)).isZero();
        assertThat(count("SELECT count(*) FROM data_exports WHERE id = $1 AND status = 'EXPIRED'", export)).isEqualTo(1);
    }

    private long count(String sql, UUID id) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(Await.LIMIT).iterator().next().getLong(0);
    }

    @Test
    void entriesPastRetention_leaveFromTheStart_andTheChainStillHolds() {
        for (int i = 0; i < 3; i++) {
            log.append(UUID.randomUUID(), new ActionRecorded("admin.plan-changed", UUID.randomUUID(), null, null, "plan:test",
                    "changed", Instant.now(), "192.0.2.1", "req-" + i)).await().atMost(Await.LIMIT);
        }
        long last = database.query("SELECT max(seq) AS seq FROM audit_log").execute().await().atMost(Await.LIMIT).iterator().next().getLong("seq");

        String past = Instant.now().plus(Duration.ofDays(731)).toString();
        given().contentType(ContentType.JSON).body(Events.read("trust-retention", "schedule.json").replace("2026-11-23T03:00:00Z", past))
                .when().post("/_lambda_").then().statusCode(200);

        ChainReport report = verification.verify().await().atMost(Await.LIMIT);
        assertThat(report.intact()).isTrue();
        assertThat(report.anchorSeq()).isGreaterThanOrEqualTo(last);
        assertThat(report.checked()).isEqualTo(1); // the removal's own entry
        var removal = database.query("SELECT action, sealed_object FROM audit_log ORDER BY seq DESC LIMIT 1").execute()
                .await().atMost(Await.LIMIT).iterator().next();
        assertThat(removal.getString("action")).isEqualTo("audit.pruned");
        assertThat(removal.getString("sealed_object")).contains("removed");
    }
}
