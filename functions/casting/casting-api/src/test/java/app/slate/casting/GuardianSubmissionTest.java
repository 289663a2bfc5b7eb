package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestRows;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A minor's submissions come from their guardian, acting for them with the guardian's consent. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class GuardianSubmissionTest {

    @Inject
    Pool database;

    @Test
    void minorActingAlone_isRefused_andTheirGuardianSubmitsForThem() {
        UUID guardian = TestRows.account(database, null, LocalDate.of(1985, 1, 1), null);
        UUID minor = TestRows.account(database, guardian, LocalDate.now().minusYears(12), OffsetDateTime.now(ZoneOffset.UTC));
        CastingWorld.Talent profile = CastingWorld.talent(database, minor.toString());
        String role = CastingWorld.openRole().roleId();
        String body = "{\"portfolioItemIds\":[\"" + profile.itemId() + "\"]}";

        given().auth().oauth2(TestTokens.forUser(minor.toString(), "talent")).contentType(ContentType.JSON).body(body)
                .post("/roles/" + role + "/submissions").then().statusCode(403)
                .body("type", equalTo("https://slate.app/problems/guardian-required"));
        given().auth().oauth2(TestTokens.actingFor(minor.toString(), UUID.randomUUID().toString(), "talent"))
                .contentType(ContentType.JSON).body(body)
                .post("/roles/" + role + "/submissions").then().statusCode(403);

        String submission = given().auth().oauth2(TestTokens.actingFor(minor.toString(), guardian.toString(), "talent"))
                .contentType(ContentType.JSON).body(body)
                .post("/roles/" + role + "/submissions").then().statusCode(201).extract().path("id");
        String submittedBy = database.preparedQuery("SELECT submitted_by FROM submissions WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(submission))).await().atMost(Duration.ofSeconds(5)).iterator().next().getString(0);
        org.assertj.core.api.Assertions.assertThat(submittedBy).isEqualTo(guardian.toString());
    }

    @Test
    void guardianWithoutConsent_cannotSubmitForTheMinor() {
        UUID guardian = TestRows.account(database, null, LocalDate.of(1985, 1, 1), null);
        UUID minor = TestRows.account(database, guardian, LocalDate.now().minusYears(12), null);
        CastingWorld.Talent profile = CastingWorld.talent(database, minor.toString());
        given().auth().oauth2(TestTokens.actingFor(minor.toString(), guardian.toString(), "talent")).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + profile.itemId() + "\"]}")
                .post("/roles/" + CastingWorld.openRole().roleId() + "/submissions").then().statusCode(403)
                .body("type", equalTo("https://slate.app/problems/guardian-required"));
    }
}
