package app.slate.talent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ProfileValidationTest {

    private static Arguments breaking(String field, Consumer<ObjectNode> change) {
        return Arguments.of(field, change);
    }

    static Stream<Arguments> invalidProfiles() {
        return Stream.of(
                breaking("legalName", p -> p.remove("legalName")),
                breaking("legalName", p -> p.put("legalName", " ")),
                breaking("legalName", p -> p.put("legalName", "x".repeat(121))),
                breaking("dateOfBirth", p -> p.put("dateOfBirth", LocalDate.now().plusDays(1).toString())),
                breaking("dateOfBirth", p -> p.put("dateOfBirth", "1890-01-01")),
                breaking("playableAge.max", p -> p.with("playableAge").put("max", 111)),
                breaking("playableAge.min", p -> p.with("playableAge").put("min", 40)),
                breaking("appearance.heightCm", p -> p.with("appearance").put("heightCm", 20)),
                breaking("location.country", p -> p.with("location").put("country", "Britain")),
                breaking("location.latitude", p -> p.with("location").put("latitude", 91)),
                breaking("location", p -> p.with("location").remove("longitude")),
                breaking("languages[0].language", p -> p.putArray("languages").addObject().put("language", "EN").put("proficiency", "FLUENT")),
                breaking("languages[2].language", p -> p.withArray("languages").addObject().put("language", "en").put("proficiency", "BASIC")),
                breaking("skills", p -> { var skills = p.putArray("skills"); for (int i = 0; i < 51; i++) { skills.addObject().put("name", "s" + i).put("category", "OTHER"); } }),
                breaking("workAuthorizations[1].country", p -> {
                    var authorizations = p.putArray("workAuthorizations");
                    authorizations.addObject().put("country", "GB").put("status", "CITIZEN");
                    authorizations.addObject().put("country", "GB").put("status", "WORK_VISA");
                }),
                breaking("notableWorks[0].year", p -> ((ObjectNode) p.withArray("notableWorks").get(0)).put("year", 1850)),
                breaking("dreamRoles[0]", p -> p.putArray("dreamRoles").add("")),
                breaking("salaryExpectation.currency", p -> p.with("salaryExpectation").put("currency", "pounds")),
                breaking("salaryExpectation.amountMinor", p -> p.with("salaryExpectation").put("amountMinor", -1)),
                breaking("availability[0].to", p -> ((ObjectNode) p.withArray("availability").get(0)).put("to", "2027-01-01")),
                breaking("representation.email", p -> p.with("representation").put("email", "not-an-email")),
                breaking("links[0].url", p -> ((ObjectNode) p.withArray("links").get(0)).put("url", "http://insecure.example")),
                breaking("bio", p -> p.put("bio", "x".repeat(2001))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProfiles")
    void invalidField_isA400_naming_theField(String field, Consumer<ObjectNode> change) {
        ObjectNode profile = Fixtures.profile("complete");
        change.accept(profile);
        post(profile)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://slate.app/problems/validation"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void unknownEnumValue_namesTheFieldAndTheAllowedValues() {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("gender", "ROBOT");
        post(profile).statusCode(400).body("errors[0].field", equalTo("gender"))
                .body("errors[0].message", containsString("FEMALE"));
    }

    @Test
    void unparseableDate_namesTheField() {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("dateOfBirth", "12/03/1994");
        post(profile).statusCode(400).body("errors[0].field", equalTo("dateOfBirth"));
    }

    @Test
    void unknownField_isRefused() {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("isAdmin", true);
        post(profile).statusCode(400).body("errors[0].field", equalTo("isAdmin"));
    }

    @Test
    void severalBadFields_areAllReported() {
        ObjectNode profile = Fixtures.profile("complete");
        profile.remove("legalName");
        profile.with("location").put("country", "gb");
        post(profile).statusCode(400).body("errors.field", hasItems("legalName", "location.country"));
    }

    @Test
    void malformedJson_isA400() {
        given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON).body("{\"legalName\": ")
                .when().post("/talents/me")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void emptyBody_isA400() {
        given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON)
                .when().post("/talents/me")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void searchParameters_areValidated() {
        String casting = TestTokens.newUser("casting");
        given().auth().oauth2(casting).queryParam("limit", 500).get("/talents")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().auth().oauth2(casting).queryParam("near", "London").get("/talents")
                .then().statusCode(400).body("errors.field", hasItem("near"));
        given().auth().oauth2(casting).queryParam("ageFrom", 40).queryParam("ageTo", 20).get("/talents")
                .then().statusCode(400).body("errors.field", hasItem("ageFrom"));
        given().auth().oauth2(casting).queryParam("availableFrom", "2027-01-01").get("/talents")
                .then().statusCode(400).body("errors.field", hasItem("availableTo"));
        given().auth().oauth2(casting).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/talents")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().auth().oauth2(casting).queryParam("ageFrom", "old").get("/talents")
                .then().statusCode(400);
    }

    private static ValidatableResponse post(ObjectNode profile) {
        return given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON).body(profile.toString())
                .when().post("/talents/me").then();
    }
}
