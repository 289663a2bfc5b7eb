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
