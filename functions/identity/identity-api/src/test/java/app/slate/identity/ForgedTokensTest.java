package app.slate.identity;

import static io.restassured.RestAssured.given;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each forgery is refused with a 401, never a 500, never a pass. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ForgedTokensTest {

    @Test
    void aGoodTokenWhoseAccountDoesNotExist_isA401_notA404() {
        given().auth().oauth2(TestTokens.newUser("talent")).get("/me").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void everyForgery_isA401() {
        String user = UUID.randomUUID().toString();
        Map<String, String> forgeries = Map.of(
                "alg none", TestTokens.unsigned(user, "admin"),
                "HS256 keyed with the public key", TestTokens.hmacWithPublicKey(user, "admin"),
                "wrong issuer", TestTokens.withIssuer(user, "admin", "https://evil.example"),
                "wrong audience", TestTokens.withAudience(user, "admin", "someone-else"),
                "expired", TestTokens.expired(user, "admin"),
                "unknown kid", TestTokens.withUnknownKid(user, "admin"),
                "tampered payload", TestTokens.tampered(user, "talent"),
                "signed by a stranger", TestTokens.signedByStranger(user, "admin"),
                "issued an hour from now", TestTokens.issuedAt(user, "admin", Instant.now().plus(Duration.ofHours(1)), Duration.ofMinutes(15)),
                "living a day", TestTokens.issuedAt(user, "admin", Instant.now(), Duration.ofDays(1)));
        forgeries.forEach((name, token) -> given().auth().oauth2(token).get("/me")
                .then().log().ifValidationFails().statusCode(401));
        forgeries.forEach((name, token) -> given().auth().oauth2(token).contentType("application/json")
                .body("{\"email\":\"x@example.com\",\"password\":\"correct horse battery staple\",\"displayName\":\"X\",\"roles\":[\"admin\"]}")
                .post("/admin/accounts").then().log().ifValidationFails().statusCode(401));
    }
}
