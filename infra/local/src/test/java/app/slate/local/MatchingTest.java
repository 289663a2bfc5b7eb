package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Matching end to end in one process, on a small population checked by hand: profiles go
 * through talent-api, the outbox, the relay and matching-worker (embedded by the in-process
 * model) into the match index; a role's suggestions apply every hard filter, rank by the
 * factors, show no private field, and follow the team's feedback and weights.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class MatchingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** An accent no other data has: the role requires it, so only this population can match. */
    private final String accent = "Scouse " + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void suggestionsMeetEveryHardRequirement_rankByTheFactors_andHideWhatIsPrivate() {
        String best = talent("Amara Oak", p -> {
            p.putObject("playableAge").put("min", 30).put("max", 40);
            liverpool(p, false);
            p.putArray("notableWorks").add(credit("Mersey Blue", 2025, "FILM")).add(credit("Dock Road", 2023, "FILM"))
                    .add(credit("Red Brick", 2021, "FILM"));
            p.putObject("experience").put("yearsActive", 10).put("productions", 20);
            p.putArray("awards").addObject().put("name", "BIFA").put("year", 2024).put("result", "WON");
            p.putArray("dreamRoles").add("a hard-bitten detective in a northern crime film");
        });
        String traveller = talent("Bea Travers", p -> {
            p.putObject("playableAge").put("min", 28).put("max", 38);
            p.putObject("travel").put("willingToTravel", true).put("hasPassport", true);
            ((ObjectNode) p.path("languages").get(0)).put("proficiency", "FLUENT");
            p.putArray("notableWorks");
            p.putArray("awards");
            p.putArray("dreamRoles");
        });
        List<String> filteredOut = List.of(
                talent("Too Young", p -> { p.putObject("playableAge").put("min", 18).put("max", 24); liverpool(p, false); }),
                talent("Wrong Gender", p -> { p.put("gender", "MALE"); liverpool(p, false); }),
                talent("Far Away", p -> {
                    p.putObject("location").put("city", "Edinburgh").put("country", "GB").put("latitude", 55.95).put("longitude", -3.19);
                    p.putObject("travel").put("willingToTravel", false);
                }),
                talent("No Accent", p -> { liverpool(p, false); ((ObjectNode) p.path("languages").get(0)).putArray("accents").add("RP"); }),
                talent("Booked Up", p -> {
                    liverpool(p, false);
                    p.putArray("availability").addObject().put("from", "2027-05-10").put("to", "2027-05-12").put("status", "UNAVAILABLE");
                }),
                talent("No Permit", p -> {
                    p.putObject("location").put("city", "Dublin").put("country", "IE");
                    p.putObject("travel").put("willingToTravel", true);
                    p.putArray("workAuthorizations").addObject().put("country", "GB").put("status", "NEEDS_SPONSORSHIP");
                }),
                talent("Not Published", p -> { liverpool(p, false); p.put("published", false); }));
        String casting = TestTokens.newUser("casting");
        String roleId = role(casting);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(suggested(casting, roleId).jsonPath().getList("matches.displayName"))
                .containsExactly("Amara Oak", "Bea Travers"));
        Response answer = suggested(casting, roleId);
        assertThat(answer.jsonPath().<String>getList("matches.profileId")).containsExactly(best, traveller).doesNotContainAnyElementsOf(filteredOut);
        Map<String, Object> first = answer.jsonPath().getMap("matches[0]");
        assertThat((List<?>) first.get("factors")).hasSize(9);
        assertThat(answer.jsonPath().getDouble("matches[0].total")).isGreaterThan(answer.jsonPath().getDouble("matches[1].total"));
        double sum = answer.jsonPath().<Float>getList("matches[0].factors.contribution").stream().mapToDouble(Float::doubleValue).sum();
        assertThat(sum).isCloseTo(answer.jsonPath().getDouble("matches[0].total"), org.assertj.core.api.Assertions.within(0.2));
        assertThat(answer.jsonPath().<String>getList("matches[0].factors.reason"))
                .contains("3 credit(s) in film, latest Mersey Blue (2025)", "Pays 500 GBP a day; meets the talent's rate expectation");

        String body = answer.asString();
        assertThat(body).doesNotContain("Amara Okafor", "1994-03-12", "dateOfBirth", "latitude", "53.4", "-2.9", "45000", "450 ",
                "hard-bitten", "CITIZEN", "salary", "Hart Talent", "jo@hart.example");

        // Roles for me: the same pair from the talent's side, in the talent's terms.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rolesFor(best)).contains(roleId));
        Response forMe = given().auth().oauth2(tokenOf(best)).get("/me/matches?limit=50").then().statusCode(200).extract().response();
        int index = forMe.jsonPath().<String>getList("matches.roleId").indexOf(roleId);
        assertThat(forMe.jsonPath().<String>getList("matches[" + index + "].factors.reason"))
                .contains("Pays 500 GBP a day; your rate is 450 GBP a day", "You are authorized to work in GB (citizen)")
                .anyMatch(reason -> reason.matches("The role is (close to|somewhat like) your dream roles \\(a hard-bitten detective.*"));

        // Feedback: a declined talent is not suggested again; a shortlisted one says so.
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"decision\":\"DECLINE\",\"note\":\"Too far\"}")
                .post("/roles/" + roleId + "/matches/" + traveller + "/feedback").then().statusCode(200)
                .body("decision", org.hamcrest.Matchers.equalTo("DECLINE")).body("factors.size()", org.hamcrest.Matchers.equalTo(9));
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"decision\":\"SHORTLIST\"}")
                .post("/roles/" + roleId + "/matches/" + best + "/feedback").then().statusCode(200);
        Response after = suggested(casting, roleId);
        assertThat(after.jsonPath().<String>getList("matches.profileId")).containsExactly(best);
        assertThat(after.jsonPath().getString("matches[0].feedback")).isEqualTo("SHORTLIST");

        // Weights: only awards count now, and the award winner scores everything.
        String projectId = given().auth().oauth2(casting).get("/roles/" + roleId).then().statusCode(200).extract().path("projectId");
        given().auth().oauth2(casting).contentType(ContentType.JSON)
                .body("{\"weights\":{\"SALARY_ALIGNMENT\":0,\"WORK_AUTHORIZATION\":0,\"PHYSICAL_ATTRIBUTES\":0,\"NOTABLE_WORKS_RELEVANCE\":0,"
                        + "\"PRODUCTION_EXPERIENCE\":0,\"AWARDS\":5,\"DREAM_ROLE_ALIGNMENT\":0,\"LANGUAGE_PROFICIENCY\":0,\"AVAILABILITY\":0}}")
                .put("/projects/" + projectId + "/match-weights").then().statusCode(200);
        assertThat(suggested(casting, roleId).jsonPath().getDouble("matches[0].total")).isEqualTo(50.0);
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"weights\":{\"AWARDS\":-1}}")
                .put("/projects/" + projectId + "/match-weights").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("weights.AWARDS"));

        // Unpublishing takes a profile out of suggestions.
        ObjectNode hidden = profile("Amara Oak", p -> liverpool(p, false));
        hidden.put("published", false);
        given().auth().oauth2(tokenOf(best)).contentType(ContentType.JSON).body(hidden.toString()).put("/talents/me").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(suggested(casting, roleId).jsonPath().getList("matches")).isEmpty());
    }

    @Test
    void onlyTheRolesTeamSeesItsSuggestions() {
        String casting = TestTokens.newUser("casting");
        String roleId = role(casting);
        given().auth().oauth2(TestTokens.newUser("casting")).get("/roles/" + roleId + "/matches").then().statusCode(404);
        given().auth().oauth2(TestTokens.newUser("talent")).get("/roles/" + roleId + "/matches").then().statusCode(403);
        given().auth().oauth2(casting).get("/roles/" + UUID.randomUUID() + "/matches").then().statusCode(404);
        given().auth().oauth2(casting).get("/roles/" + roleId + "/matches?limit=500").then().statusCode(400);
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"decision\":\"MAYBE\"}")
                .post("/roles/" + roleId + "/matches/" + UUID.randomUUID() + "/feedback").then().statusCode(400);
    }

    // ---------------------------------------------------------------- population

    private final Map<String, String> tokens = new java.util.HashMap<>();

    private String talent(String stageName, Consumer<ObjectNode> change) {
        String token = TestTokens.newUser("talent");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile(stageName, change).toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
        tokens.put(id, token);
        return id;
    }

    private String tokenOf(String profileId) {
        return tokens.get(profileId);
    }

    /** The complete fixture (London, 25–35, travels, GB citizen, 450 GBP a day) speaking English with this test's accent. */
    private ObjectNode profile(String stageName, Consumer<ObjectNode> change) {
        ObjectNode p = Fixtures.profile("complete");
        p.put("stageName", stageName);
        p.putObject("playableAge").put("min", 30).put("max", 40);
        p.putArray("languages").addObject().put("language", "en").put("proficiency", "NATIVE").putArray("accents").add(accent);
        p.putArray("availability");
        change.accept(p);
        return p;
    }

    private static void liverpool(ObjectNode p, boolean travels) {
        p.putObject("location").put("city", "Liverpool").put("country", "GB").put("latitude", 53.4084).put("longitude", -2.9916);
        p.putObject("travel").put("willingToTravel", travels).put("hasPassport", true);
    }

    private static ObjectNode credit(String title, int year, String type) {
        ObjectNode credit = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        return credit.put("title", title).put("role", "DI Shaw").put("year", year).put("type", type);
    }

    private String role(String casting) {
        String project = given().auth().oauth2(casting).contentType(ContentType.JSON)
                .body("{\"title\":\"Mersey Noir\",\"type\":\"FILM\",\"locations\":[],\"union\":\"MIXED\",\"confidential\":false}")
                .post("/projects").then().statusCode(201).extract().path("id");
        String role = """
                {"name":"DI Ruth Shaw","kind":"LEAD","description":"A hard-bitten detective inspector in a northern crime film.",
                 "playableAge":{"min":32,"max":38},"genders":["FEMALE"],"ethnicities":[],"languages":["en"],"accents":["%s"],"skills":[],
                 "location":{"city":"Liverpool","country":"GB","latitude":53.4084,"longitude":-2.9916},
                 "pay":{"paid":true,"amount":500,"currency":"GBP","period":"DAY"},"union":"ANY",
                 "shooting":{"from":"2027-05-01","to":"2027-05-31"},
                 "deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                .formatted(accent, Instant.now().plus(Duration.ofDays(5)));
        String id = given().auth().oauth2(casting).contentType(ContentType.JSON).body(role)
                .post("/projects/" + project + "/roles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(casting).post("/roles/" + id + "/open").then().statusCode(200);
        return id;
    }

    private List<String> rolesFor(String profileId) {
        return given().auth().oauth2(tokenOf(profileId)).get("/me/matches?limit=50").then().statusCode(200).extract().path("matches.roleId");
    }

    private static Response suggested(String casting, String roleId) {
        return given().auth().oauth2(casting).get("/roles/" + roleId + "/matches").then().statusCode(200).extract().response();
    }
}
