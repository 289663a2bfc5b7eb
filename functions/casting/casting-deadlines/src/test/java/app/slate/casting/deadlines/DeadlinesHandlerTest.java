package app.slate.casting.deadlines;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Drives the handler with events/casting-deadlines/schedule.json through the Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class DeadlinesHandlerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool database;

    @Test
    void rolesPastTheirDeadline_areClosed_withAnEventThatTakesThemOffTheBoard() {
        UUID project = project();
        UUID late = role(project, "OPEN", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        UUID onTime = role(project, "OPEN", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3));
        UUID draft = role(project, "DRAFT", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));

        given().contentType(ContentType.JSON).body(Events.read("casting-deadlines", "schedule.json"))
                .post("/_lambda_").then().statusCode(200);

        assertThat(row("SELECT status, closed_reason, version FROM casting_roles WHERE id = $1", late).getString("closed_reason"))
                .isEqualTo("DEADLINE");
        assertThat(row("SELECT status FROM casting_roles WHERE id = $1", onTime).getString("status")).isEqualTo("OPEN");
        assertThat(row("SELECT status FROM casting_roles WHERE id = $1", draft).getString("status")).isEqualTo("DRAFT");
        Row event = row("SELECT payload FROM outbox_events WHERE aggregate_id = $1", late.toString());
        assertThat(event.getJsonObject("payload").getBoolean("listed")).isFalse();
        assertThat(event.getJsonObject("payload").getLong("version")).isEqualTo(1L);
    }

    @Test
    void aSelfTapePastItsDeadline_expires_withAnEventThatTellsItsTalent() {
        UUID role = role(project(), "OPEN", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3));
        UUID submission = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO submissions (id, role_id, talent_id, talent_profile_id, status, portfolio_item_ids, submitted_by, version,
                            created_at, updated_at)
                        VALUES ($1, $2, 'talent-7', $3, 'SELF_TAPE_REQUESTED', '{"itemIds": []}'::jsonb, 'talent-7', 0, $4, $4)""")
                .execute(Tuple.of(submission, role, UUID.randomUUID(), now)).await().atMost(WAIT);
        database.preparedQuery("""
                        INSERT INTO self_tape_requests (id, submission_id, instructions, deadline, status, requested_by, version, created_at, updated_at)
                        VALUES ($1, $2, 'Scene 4', $3, 'INVITED', 'owner', 0, $4, $4)""")
                .execute(Tuple.of(request, submission, now.minusMinutes(1), now.minusDays(2))).await().atMost(WAIT);

        given().contentType(ContentType.JSON).body(Events.read("casting-deadlines", "schedule.json"))
                .post("/_lambda_").then().statusCode(200);

        assertThat(row("SELECT status FROM self_tape_requests WHERE id = $1", request).getString("status")).isEqualTo("EXPIRED");
        Row event = row("SELECT event_type, payload FROM outbox_events WHERE aggregate_id = $1", request.toString());
        assertThat(event.getString("event_type")).isEqualTo("casting.self-tape.expired");
        assertThat(event.getJsonObject("payload").getString("roleName")).isEqualTo("Lead");
        assertThat(event.getJsonObject("payload").getString("projectTitle")).isEqualTo("Deadline test");
        assertThat(event.getJsonObject("payload").getJsonArray("recipients").getList()).containsExactly("talent-7");
    }

    private UUID project() {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO projects (id, owner_id, title, project_type, locations, union_status, confidential, version, created_at, updated_at)
                        VALUES ($1, 'owner', 'Deadline test', 'FILM', $2, 'UNION', false, 0, $3, $3)""")
                .execute(Tuple.of(id, new JsonObject().put("items", new JsonArray()), now)).await().atMost(WAIT);
        return id;
    }

    private UUID role(UUID project, String status, OffsetDateTime deadline) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO casting_roles (id, project_id, name, status, visibility, deadline, details, version, created_at, updated_at)
                        VALUES ($1, $2, 'Lead', $3, 'PUBLIC', $4, $5, 0, $6, $6)""")
                .execute(Tuple.of(id, project, status, deadline, new JsonObject().put("name", "Lead"), now)).await().atMost(WAIT);
        return id;
    }

    private Row row(String sql, Object id) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(WAIT).iterator().next();
    }
}
