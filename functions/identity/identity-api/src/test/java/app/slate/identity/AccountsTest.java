package app.slate.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.slate.platform.problem.ProblemException;
import app.slate.platform.ratelimit.RateLimiter;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AccountsTest {

    @Inject
    RateLimiter limiter;

    @Test
    void register_normalisesTheEmail_andRefusesASecondAccountForIt() {
        String email = Accounts.newEmail();
        given().contentType(ContentType.JSON).body(Accounts.registration(email.toUpperCase(), "talent"))
                .post("/auth/register").then().statusCode(201).body("email", equalTo(email)).body("emailVerified", equalTo(false));
        given().contentType(ContentType.JSON).body(Accounts.registration(email, "casting"))
                .post("/auth/register").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void weakPasswordsAndBadFields_areNamedInTheProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"%s\",\"password\":\"short\",\"displayName\":\"A\",\"role\":\"talent\",\"dateOfBirth\":\"1990-01-01\"}"
                        .formatted(Accounts.newEmail()))
                .post("/auth/register").then().statusCode(400).body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"%s\",\"password\":\"password1234\",\"displayName\":\"A\",\"role\":\"talent\",\"dateOfBirth\":\"1990-01-01\"}"
                        .formatted(Accounts.newEmail()))
                .post("/auth/register").then().statusCode(400).body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"not-an-email\",\"password\":\"%s\",\"displayName\":\"A\",\"role\":\"admin\",\"dateOfBirth\":\"1990-01-01\"}"
                        .formatted(Accounts.PASSWORD))
                .post("/auth/register").then().statusCode(400)
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("role"));
    }

    @Test
    void aMinor_cannotRegisterAlone() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Kid\",\"role\":\"talent\",\"dateOfBirth\":\"%s\"}"
                        .formatted(Accounts.newEmail(), Accounts.PASSWORD, java.time.LocalDate.now().minusYears(12)))
                .post("/auth/register").then().statusCode(403).body("type", equalTo("https://slate.app/problems/guardian-required"));
    }

    @Test
    void idempotencyKey_replaysTheFirstAnswer_andRefusesADifferentBody() {
        String key = UUID.randomUUID().toString();
        String email = Accounts.newEmail();
        String firstId = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Accounts.registration(email, "talent"))
                .post("/auth/register").then().statusCode(201).extract().path("id");
        String replayedId = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Accounts.registration(email, "talent"))
                .post("/auth/register").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(replayedId).isEqualTo(firstId);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Accounts.registration(Accounts.newEmail(), "talent"))
                .post("/auth/register").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void repeatedFailures_lockTheAccountWithAGrowingRetryAfter() {
        String email = Accounts.register("talent");
        String wrong = "{\"email\":\"%s\",\"password\":\"definitely the wrong one\"}".formatted(email);
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(wrong).post("/auth/login").then().statusCode(401);
        }
        String retryAfter = given().contentType(ContentType.JSON).body(wrong).post("/auth/login")
                .then().statusCode(429).contentType("application/problem+json").extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 30);
        // Even the right password waits until the lock is over.
        given().contentType(ContentType.JSON).body("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, Accounts.PASSWORD))
                .post("/auth/login").then().statusCode(429);
    }

    @Test
    void rateLimiter_refusesOverTheLimit_withRetryAfter() {
        RateLimiter.Limit limit = new RateLimiter.Limit("test-" + UUID.randomUUID(), 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            limiter.hit(limit, "203.0.113.9");
        }
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> limiter.hit(limit, "203.0.113.9"));
        assertThat(refused.problem().status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().get("Retry-After"))).isBetween(1L, 60L);
        limiter.hit(limit, "198.51.100.7");
    }

    @Test
    void onlyAnAdmin_createsAnAdmin() {
        String body = "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Ops\",\"roles\":[\"admin\"]}"
                .formatted(Accounts.newEmail(), Accounts.PASSWORD);
        given().auth().oauth2(TestTokens.newUser("casting")).contentType(ContentType.JSON).body(body)
                .post("/admin/accounts").then().statusCode(403);
        given().auth().oauth2(TestTokens.newUser("admin")).contentType(ContentType.JSON).body(body)
                .post("/admin/accounts").then().statusCode(201).body("roles", hasItem("admin"));
    }
}
