package app.slate.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import app.slate.identity.session.RefreshTokens;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SessionsTest {

    @Inject
    RefreshTokens refreshTokens;

    @Test
    void login_issuesAnRs256TokenWithKidAndEveryClaim_thatOpensMe() {
        String email = Accounts.register("casting");
        JsonPath tokens = Accounts.login(email);
        String access = tokens.getString("accessToken");
        assertThat(tokens.getLong("expiresIn")).isEqualTo(900);

        JsonPath header = new JsonPath(new String(Base64.getUrlDecoder().decode(access.split("\\.")[0])));
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(header.getString("kid")).isNotBlank();
        JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(access.split("\\.")[1])));
        assertThat(claims.getString("iss")).isNotBlank();
        assertThat(claims.getString("aud")).isNotBlank();
        assertThat(claims.getString("jti")).isNotBlank();
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(900);
        assertThat(claims.getList("groups")).containsExactly("casting");

        given().auth().oauth2(access).get("/me").then().statusCode(200)
                .body("email", equalTo(email)).body("roles", hasItem("casting")).body("passwordHash", equalTo(null));
    }

    @Test
    void wrongPassword_andUnknownEmail_getTheSame401() {
        String email = Accounts.register("talent");
        String wrongPassword = given().contentType(ContentType.JSON)
                .body("{\"email\":\"%s\",\"password\":\"not my password at all\"}".formatted(email))
                .post("/auth/login").then().statusCode(401).extract().path("detail");
        String unknownEmail = given().contentType(ContentType.JSON)
                .body("{\"email\":\"%s\",\"password\":\"not my password at all\"}".formatted(Accounts.newEmail()))
                .post("/auth/login").then().statusCode(401).extract().path("detail");
        assertThat(wrongPassword).isEqualTo(unknownEmail);
    }

    @Test
    void refresh_rotates_andReusingAnOldTokenRevokesTheWholeFamily() {
        JsonPath first = Accounts.login(Accounts.register("talent"));
        String original = first.getString("refreshToken");
        String second = Accounts.refresh(original, 200).getString("refreshToken");
        assertThat(second).isNotEqualTo(original);
        String third = Accounts.refresh(second, 200).getString("refreshToken");

        // The first token is presented again: a thief or a stale client. The family ends, and so do
        // the access tokens already issued in it.
        Accounts.refresh(original, 401);
        Accounts.refresh(third, 401);
        assertThat(refreshTokens.isLive(third)).isFalse();
        given().auth().oauth2(first.getString("accessToken")).get("/me").then().statusCode(401);
    }

    @Test
    void logout_endsTheSession_andItsAccessTokens_butNotTheOtherSessions() {
        String email = Accounts.register("talent");
        JsonPath phone = Accounts.login(email);
        JsonPath laptop = Accounts.login(email);
        given().auth().oauth2(phone.getString("accessToken")).get("/me").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"%s\"}".formatted(phone.getString("refreshToken")))
                .post("/auth/logout").then().statusCode(204);
        Accounts.refresh(phone.getString("refreshToken"), 401);
        given().auth().oauth2(phone.getString("accessToken")).get("/me").then().statusCode(401);
        given().auth().oauth2(laptop.getString("accessToken")).get("/me").then().statusCode(200);
    }

    @Test
    void concurrentRefreshesOfOneToken_neverLeaveTwoLiveTokens() throws Exception {
        String refresh = Accounts.login(Accounts.register("talent")).getString("refreshToken");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<String>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(() -> given().contentType(ContentType.JSON).body("{\"refreshToken\":\"%s\"}".formatted(refresh))
                    .post("/auth/refresh").then().extract().path("refreshToken"));
        }
        List<String> issued = new ArrayList<>();
        for (Future<String> result : pool.invokeAll(racers)) {
            if (result.get() != null) {
                issued.add(result.get());
            }
        }
        pool.shutdown();
        assertThat(issued).hasSizeLessThanOrEqualTo(1);
        assertThat(issued.stream().filter(refreshTokens::isLive).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void concurrentLogins_makeSeparateFamilies_eachWithOneLiveToken() throws Exception {
        String email = Accounts.register("talent");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> logins = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            logins.add(() -> Accounts.login(email).getString("refreshToken"));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<String> result : pool.invokeAll(logins)) {
            tokens.add(result.get());
        }
        pool.shutdown();
        assertThat(tokens).doesNotHaveDuplicates().allMatch(refreshTokens::isLive);
        String rotated = Accounts.refresh(tokens.get(0), 200).getString("refreshToken");
        assertThat(refreshTokens.isLive(tokens.get(0))).isFalse();
        assertThat(refreshTokens.isLive(rotated)).isTrue();
    }

    @Test
    void passwordChange_endsEveryOtherSession() {
        String email = Accounts.register("talent");
        JsonPath phone = Accounts.login(email);
        JsonPath laptop = Accounts.login(email);
        given().auth().oauth2(laptop.getString("accessToken")).contentType(ContentType.JSON)
                .body("{\"currentPassword\":\"%s\",\"newPassword\":\"a brand new long passphrase\"}".formatted(Accounts.PASSWORD))
                .patch("/me").then().statusCode(200);
        Accounts.refresh(phone.getString("refreshToken"), 401);
        given().auth().oauth2(phone.getString("accessToken")).get("/me").then().statusCode(401);
        given().auth().oauth2(laptop.getString("accessToken")).get("/me").then().statusCode(401);

        // A login in the same second as the change still works: its token says it was issued after.
        String fresh = given().contentType(ContentType.JSON)
                .body("{\"email\":\"%s\",\"password\":\"a brand new long passphrase\"}".formatted(email))
                .post("/auth/login").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(fresh).get("/me").then().statusCode(200);
    }

    @Test
    void jwks_publishesPublicKeysOnly_andDiscoveryPointsAtIt() {
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA")).body("keys[0].kid", notNullValue())
                .body("keys[0].d", equalTo(null)).body("keys[0].p", equalTo(null));
        given().get("/.well-known/openid-configuration").then().statusCode(200)
                .body("jwks_uri", org.hamcrest.Matchers.endsWith("/.well-known/jwks.json"));
    }
}
