package app.slate.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class GuardiansTest {

    private static String minor(boolean consent) {
        return "{\"displayName\":\"Mia\",\"dateOfBirth\":\"%s\",\"consent\":%s,\"consentVersion\":\"minors-2026-11\"}"
                .formatted(LocalDate.now().minusYears(11), consent);
    }

    @Test
    void aGuardian_addsAMinorWithConsent_andActsForThem() {
        String guardian = Accounts.login(Accounts.register("talent")).getString("accessToken");
        String minorId = given().auth().oauth2(guardian).contentType(ContentType.JSON).body(minor(true))
                .post("/guardians/minors").then().statusCode(201).extract().path("id");

        String acting = given().auth().oauth2(guardian).post("/guardians/minors/" + minorId + "/tokens")
                .then().statusCode(200).body("refreshToken", equalTo(null)).extract().path("accessToken");
        JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(acting.split("\\.")[1])));
        assertThat(claims.getString("sub")).isEqualTo(minorId);
        assertThat(claims.getString("act.sub")).isNotBlank();

        given().auth().oauth2(acting).get("/me").then().statusCode(200).body("id", equalTo(minorId));
        // Acting for a minor is not a way to become a guardian, or to mint more tokens.
        given().auth().oauth2(acting).contentType(ContentType.JSON).body(minor(true)).post("/guardians/minors").then().statusCode(403);
    }

    @Test
    void withoutConsent_noMinorIsAdded() {
        String guardian = Accounts.login(Accounts.register("talent")).getString("accessToken");
        given().auth().oauth2(guardian).contentType(ContentType.JSON).body(minor(false))
                .post("/guardians/minors").then().statusCode(400).body("errors[0].field", equalTo("consent"));
    }

    @Test
    void anotherAdult_cannotActForSomeoneElsesMinor() {
        String guardian = Accounts.login(Accounts.register("talent")).getString("accessToken");
        String stranger = Accounts.login(Accounts.register("casting")).getString("accessToken");
        String minorId = given().auth().oauth2(guardian).contentType(ContentType.JSON).body(minor(true))
                .post("/guardians/minors").then().statusCode(201).extract().path("id");
        given().auth().oauth2(stranger).post("/guardians/minors/" + minorId + "/tokens").then().statusCode(404);
    }
}
