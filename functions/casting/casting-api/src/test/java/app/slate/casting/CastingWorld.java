package app.slate.casting;

import static io.restassured.RestAssured.given;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The people and objects casting tests need. Talent profiles belong to talent-api, so they are
 * written here as rows (the shape talent-api writes); everything casting owns goes through the API.
 */
final class CastingWorld {

    record Talent(String id, String token, UUID profileId, UUID itemId) {
    }

    record Team(String ownerToken, String projectId, String roleId) {
    }

    private CastingWorld() {
    }

    static Talent talent(Pool database) {
        return talent(database, UUID.randomUUID().toString());
    }

    /** A talent profile for an existing account id (a minor's, say). */
    static Talent talent(Pool database, String id) {
        UUID profileId = UUID.randomUUID();
        UUID itemId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO talent_profiles (id, owner_id, version, published, display_name, date_of_birth, country, union_status,
                                                     details, created_at, updated_at)
                        VALUES ($1, $2, 0, true, 'Amara Oak', $3, 'GB', 'MEMBER', $4, $5, $5)""")
                .execute(Tuple.of(profileId, id, LocalDate.of(1994, 3, 12), new JsonObject(Fixtures.profile("complete").toString()), now))
                .await().atMost(Duration.ofSeconds(10));
        database.preparedQuery("""
                        INSERT INTO portfolio_items (id, profile_id, kind, title, external_url, position, is_primary, created_at)
                        VALUES ($1, $2, 'HEADSHOT', 'Headshot', 'https://img.example/a.jpg', 0, true, $3)""")
                .execute(Tuple.of(itemId, profileId, now)).await().atMost(Duration.ofSeconds(10));
        return new Talent(id, TestTokens.forUser(id, "talent"), profileId, itemId);
    }

    /** A casting director with a project and one open public role, taking submissions for a week. */
    static Team openRole() {
        return openRole(TestTokens.newUser("casting"));
    }

    static Team openRole(String owner) {
        String projectId = project(owner);
        String roleId = role(owner, projectId, Instant.now().plus(Duration.ofDays(7)));
        given().auth().oauth2(owner).post("/roles/" + roleId + "/open").then().statusCode(200);
        return new Team(owner, projectId, roleId);
    }

    static String project(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"title":"The Glass Orchard","type":"SERIES","productionCompany":"Northlight","locations":[{"city":"Manchester","country":"GB"}],
                         "union":"UNION","confidential":false}""")
                .post("/projects").then().statusCode(201).extract().path("id");
    }

    static String role(String token, String projectId, Instant deadline) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(roleBody(deadline, "PUBLIC"))
                .post("/projects/" + projectId + "/roles").then().statusCode(201).extract().path("id");
    }

    static String roleBody(Instant deadline, String visibility) {
        return """
                {"name":"Maya Hart","kind":"LEAD","description":"The eldest sister, guarded and funny.",
                 "playableAge":{"min":28,"max":36},"genders":["FEMALE"],"ethnicities":[],"languages":["en"],"skills":["Horse riding"],
                 "location":{"city":"Manchester","country":"GB"},"pay":{"paid":true,"amount":650,"currency":"GBP","period":"DAY"},
                 "union":"ANY","shooting":{"from":"2027-03-01","to":"2027-06-30"},"deadline":"%s","visibility":"%s",
                 "requestedMedia":[{"kind":"HEADSHOT"},{"kind":"SELF_TAPE","note":"Scene 4"}],
                 "sides":[{"title":"Scene 4","documentRef":"https://docs.example/sides/4.pdf"}],
                 "rider":{"nudity":"NONE","intimacy":false}}""".formatted(deadline, visibility);
    }

    static String submit(Talent talent, String roleId) {
        return given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + talent.itemId() + "\"],\"note\":\"Available all spring.\"}")
                .post("/roles/" + roleId + "/submissions").then().statusCode(201).extract().path("id");
    }
}
