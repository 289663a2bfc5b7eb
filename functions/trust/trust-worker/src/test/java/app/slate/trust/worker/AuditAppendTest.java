package app.slate.trust.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.platform.blocking.Await;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.trust.audit.AuditQuery;
import app.slate.trust.audit.AuditSearch;
import app.slate.trust.audit.AuditView;
import app.slate.trust.audit.ChainReport;
import app.slate.trust.audit.ChainVerification;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sample event in events/trust-worker through the worker's real handler: appended once however
 * often it comes, chained to the entry before, with people pseudonymised and what concerns them
 * sealed; and a change made behind the log's back found by the verification, at the entry changed.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AuditAppendTest {

    @Inject
    Pool database;

    @Inject
    AuditSearch search;

    @Inject
    ChainVerification verification;

    private static String batch(UUID event, UUID actor, UUID subject) {
        return Events.read("trust-worker", "action-recorded.json").replace("<event>", event.toString())
                .replace("<actor>", actor.toString()).replace("<subject>", subject.toString());
    }

    private void deliver(String batch) {
        given().contentType(ContentType.JSON).body(batch).when().post("/_lambda_").then().statusCode(200)
                .body("batchItemFailures", empty());
    }

    @Test
    void anActionDeliveredTwice_isOneEntry_chained_andNamesNobodyInTheClear() {
        UUID event = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        deliver(batch(event, actor, subject));
        deliver(batch(event, actor, subject));

        List<Row> rows = rows("SELECT * FROM audit_log WHERE event_id = $1", Tuple.of(event));
        assertThat(rows).hasSize(1);
        Row entry = rows.get(0);
        String stored = String.join(" ", entry.toJson().encode());
        assertThat(stored).doesNotContain(actor.toString()).doesNotContain(subject.toString()).doesNotContain("203.0.113.7")
                .contains("minor.profile-viewed").contains("talent-profile");
        Row previous = rows("SELECT hash FROM audit_log WHERE seq = $1", Tuple.of(entry.getLong("seq") - 1)).stream().findFirst()
                .orElseGet(() -> rows("SELECT hash FROM audit_anchor", Tuple.tuple()).get(0));
        assertThat(entry.getString("previous_hash")).isEqualTo(previous.getString("hash"));

        List<AuditView> found = search.find(new AuditQuery(null, subject, null, null, null, null, 10)).await().atMost(Await.LIMIT);
        assertThat(found).singleElement().satisfies(view -> {
            assertThat(view.actor().accountId()).isEqualTo(actor);
            assertThat(view.subject().accountId()).isEqualTo(subject);
            assertThat(view.target()).isEqualTo("talent-profile:" + subject);
            assertThat(view.sourceAddress()).isEqualTo("203.0.113.7");
            assertThat(view.requestId()).isEqualTo("K9dP1jVfLPEEJkQ=");
        });
    }

    @Test
    void aPersonWhoseKeyIsGone_isErasedFromTheirEntries_andTheChainStillHolds() {
        UUID subject = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        deliver(batch(UUID.randomUUID(), actor, subject));
        rows("DELETE FROM audit_people WHERE account_id = $1 RETURNING account_id", Tuple.of(subject));

        assertThat(search.find(new AuditQuery(actor, null, null, null, null, null, 10)).await().atMost(Await.LIMIT))
                .singleElement().satisfies(view -> {
                    assertThat(view.subject().erased()).isTrue();
                    assertThat(view.subject().accountId()).isNull();
                    assertThat(view.target()).isNull();
                    assertThat(view.actor().accountId()).isEqualTo(actor);
                });
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEntryChangedBehindTheLogsBack_isTheFirstBrokenLink() {
        UUID event = UUID.randomUUID();
        deliver(batch(event, UUID.randomUUID(), UUID.randomUUID()));
        deliver(batch(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        long seq = rows("SELECT seq FROM audit_log WHERE event_id = $1", Tuple.of(event)).get(0).getLong("seq");
        assertThat(verify().intact()).isTrue();
        try {
            tamper("UPDATE audit_log SET action = 'admin.plan-granted' WHERE seq = $1", seq);
            assertThat(rows("SELECT action FROM audit_log WHERE seq = $1", Tuple.of(seq)).get(0).getString("action"))
                    .isEqualTo("admin.plan-granted");
            ChainReport report = verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBroken().seq()).isEqualTo(seq);
            assertThat(report.firstBroken().reason()).contains("does not match its hash");
        } finally {
            tamper("UPDATE audit_log SET action = 'minor.profile-viewed' WHERE seq = $1", seq);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theLogRefusesChangesAndDeletions_throughSql() {
        deliver(batch(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        long last = rows("SELECT max(seq) AS seq FROM audit_log", Tuple.tuple()).get(0).getLong("seq");
        assertThat(failure("UPDATE audit_log SET request_id = 'x' WHERE seq = " + last)).contains("append-only");
        assertThat(failure("UPDATE audit_log SET action = 'x' WHERE seq = " + last)).contains("append-only");
        assertThat(failure("DELETE FROM audit_log WHERE seq = " + last)).contains("cannot be deleted");
    }

    private ChainReport verify() {
        return verification.verify().await().atMost(Await.LIMIT);
    }

    /** A change made as someone with the database's keys would: the log's own trigger switched off for it. */
    private void tamper(String sql, long seq) {
        database.withTransaction(connection -> connection.query("SET LOCAL session_replication_role = replica").execute()
                .chain(() -> connection.preparedQuery(sql).execute(Tuple.of(seq)))).await().atMost(Await.LIMIT);
    }

    private String failure(String sql) {
        try {
            database.query(sql).execute().await().atMost(Await.LIMIT);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private List<Row> rows(String sql, Tuple parameters) {
        List<Row> rows = new java.util.ArrayList<>();
        database.preparedQuery(sql).execute(parameters).await().atMost(Await.LIMIT).forEach(rows::add);
        return rows;
    }
}
