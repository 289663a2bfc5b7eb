package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Talent search ranking through the real path (talent-api, the search indexer, matching's
 * embeddings in OpenSearch, identity's sign-ins and Nafath): free text finds a profile by meaning
 * when none of its words are there, and says so; verified and recently active talent come first
 * among equals, with the reasons on each card, and a verification after the profile was indexed
 * reaches its document through the identity event.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class TalentRankingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void freeText_findsByMeaning_asWellAsByWords_andEachCardSaysWhich() {
        String casting = TestTokens.newUser("casting");
        String skill = "Rank" + UUID.randomUUID().toString().substring(0, 8);
        String fighter = profile(TestTokens.newUser("talent"), skill,
                "Stage combat specialist: broadsword, rapier and dagger, unarmed combat; has staged duels and battle scenes for touring Shakespeare.");
        String comic = profile(TestTokens.newUser("talent"), skill,
                "Sitcom regular and improv teacher with warm, quick comic timing; loves panel shows and sketch comedy.");

        await().atMost(PATIENCE).untilAsserted(() -> {
            // None of these words is in the fighter's profile: only its meaning matches.
            JsonPath byMeaning = search(casting, skill, "classical theatre sword fighting");
            assertThat(byMeaning.getString("items[0].id")).isEqualTo(fighter);
            assertThat(byMeaning.getList("items[0].ranking.kind", String.class)).contains("MEANING").doesNotContain("KEYWORDS");
            assertThat(byMeaning.getString("rankedBy")).startsWith("Relevance");
        });
        JsonPath byWords = search(casting, skill, "improv");
        assertThat(byWords.getString("items[0].id")).isEqualTo(comic);
        assertThat(byWords.getList("items[0].ranking.kind", String.class)).contains("KEYWORDS");
        assertThat(byWords.getString("items[0].ranking[0].detail")).isEqualTo("Your words appear in their bio");
    }

    @Test
    void verifiedAndRecentlyActiveTalent_comeFirstAmongEquals_withTheirReasons() {
        String casting = TestTokens.newUser("casting");
        String skill = "Standing" + UUID.randomUUID().toString().substring(0, 8);
        String bio = "Actor based in London.";
        String quiet = profile(TestTokens.newUser("talent"), skill, bio);
        String active = profile(World.login(World.register("talent")).path("accessToken"), skill, bio);
        String verifiedToken = World.login(World.register("talent")).path("accessToken");
        String verified = profile(verifiedToken, skill, bio);

        // Signed in today (before their profiles were written): the indexer added it to both.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(browse(casting, skill).getList("items.id", String.class))
                .hasSize(3).first().isIn(active, verified));

        // Verified after the profile was indexed: identity's event brings it to the document.
        String nationalId = "1" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
        JsonPath started = given().auth().oauth2(verifiedToken).contentType(ContentType.JSON).body("{\"nationalId\":\"" + nationalId + "\"}")
                .post("/auth/verification").then().statusCode(202).extract().jsonPath();
        given().contentType(ContentType.JSON).body("{\"number\":\"" + started.getString("number") + "\"}")
                .post("/local/nafath/" + started.getString("pendingTransaction")).then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath browsing = browse(casting, skill);
            assertThat(browsing.getList("items.id", String.class)).containsExactly(verified, active, quiet);
            assertThat(browsing.getList("items[0].ranking.kind", String.class)).containsExactly("COMPLETENESS", "VERIFIED", "RECENTLY_ACTIVE");
            assertThat(browsing.getList("items[1].ranking.kind", String.class)).containsExactly("COMPLETENESS", "RECENTLY_ACTIVE");
            assertThat(browsing.getList("items[2].ranking.kind", String.class)).containsExactly("COMPLETENESS");
            assertThat(browsing.getBoolean("items[0].verified")).isTrue();
        });
        // Searching the same words, the multipliers order equal matches the same way.
        assertThat(search(casting, skill, "London").getList("items.id", String.class)).containsExactly(verified, active, quiet);
    }

    private static JsonPath browse(String casting, String skill) {
        return given().auth().oauth2(casting).queryParam("skill", skill).get("/talents").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath search(String casting, String skill, String text) {
        return given().auth().oauth2(casting).queryParam("skill", skill).queryParam("q", text).get("/talents").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String profile(String token, String skill, String bio) {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("stageName", "Ranked " + UUID.randomUUID().toString().substring(0, 6));
        profile.put("bio", bio);
        profile.withArray("notableWorks").removeAll();
        profile.withArray("skills").removeAll();
        profile.withArray("skills").addObject().put("name", skill).put("category", "OTHER").put("level", "ADVANCED");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
    }
}
