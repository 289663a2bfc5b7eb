package app.slate.trust.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.blocking.Await;
import app.slate.platform.events.AuditEvents.ActionRecorded;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import app.slate.trust.audit.AuditLog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Feeds the API Gateway HTTP API (payload 2.0) events in events/trust-api to the function's real
 * Lambda handler, raw, as API Gateway would: admins read the log and its verification, nobody else.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    @Inject
    AuditLog log;

    @Test
    void anAdminFindsWhoViewedAMinor_andNobodyElseMay() {
        UUID minor = UUID.randomUUID();
        UUID viewer = UUID.randomUUID();
        log.append(UUID.randomUUID(), new ActionRecorded("minor.profile-viewed", viewer, null, minor, "talent-profile:" + minor,
                "viewed the profile of a minor", Instant.now(), "198.51.100.4", "req-1")).await().atMost(Await.LIMIT);

        invoke("audit-search.json", TestTokens.newUser("casting"), minor).body("statusCode", equalTo(403));
        invoke("audit-search.json", TestTokens.newUser("admin"), minor).body("statusCode", equalTo(200))
                .body("body", containsString("\"actor\":{\"accountId\":\"" + viewer + "\",\"erased\":false}"))
                .body("body", containsString("\"sourceAddress\":\"198.51.100.4\""))
                .body("body", containsString("\"nextBefore\":null"));
    }

    @Test
    void anUnknownAction_isAProblemNamingIt() {
        String event = Events.read("trust-api", "audit-search.json").replace("action=minor.profile-viewed", "action=viewed")
                .replace("\"action\": \"minor.profile-viewed\"", "\"action\": \"viewed\"");
        send(event.replace("<subject>", UUID.randomUUID().toString()), TestTokens.newUser("admin"))
                .body("statusCode", equalTo(400)).body("body", containsString("action"));
    }

    @Test
    void theVerification_saysTheChainHolds() {
        invoke("audit-verification.json", TestTokens.newUser("admin"), UUID.randomUUID()).body("statusCode", equalTo(200))
                .body("body", containsString("\"intact\":true"));
    }

    private static ValidatableResponse invoke(String file, String token, UUID subject) {
        return send(Events.read("trust-api", file).replace("<subject>", subject.toString()), token);
    }

    private static ValidatableResponse send(String event, String token) {
        return given().contentType(ContentType.JSON).body(event.replace("<access token>", token)).when().post("/_lambda_").then()
                .statusCode(200);
    }
}
