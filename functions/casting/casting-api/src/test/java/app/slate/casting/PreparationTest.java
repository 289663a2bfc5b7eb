package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.slate.platform.testing.BedrockFake;
import app.slate.platform.testing.BedrockFakeResource;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A talent prepares an audition for their submission: the character from the script the role was
 * drafted from (its rows written as script analysis writes them), beats from Bedrock's Converse (a
 * local fake through the real client), and the rules' pack when the model fails. Theirs alone.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = BedrockFakeResource.class, restrictToAnnotatedClass = true)
class PreparationTest {

    @Inject
    Pool database;

    private BedrockFake bedrock;

    @BeforeEach
    void reset() {
        bedrock = BedrockFakeResource.fresh();
    }

    @Test
    void theCharactersScenesAndBeatsComeFromTheScript_keptForTheTalentAlone() {
        CastingWorld.Team team = CastingWorld.openRole();
        draftedFromScript(team, "MAYA HART", "MAYA HART (30s), the eldest sister, guarded and funny. " + UUID.randomUUID());
        CastingWorld.Talent talent = CastingWorld.talent(database);
        String submission = CastingWorld.submit(talent, team.roleId());
        bedrock.converse = prompt -> "{\"objective\": \"To keep the family home.\", \"beats\": [\"Deflects with a joke\", \"Admits the debt\"]}";

        given().auth().oauth2(talent.token()).post("/submissions/" + submission + "/preparation").then().statusCode(200)
                .body("character.name", equalTo("MAYA HART"))
                .body("character.scenes", equalTo(java.util.List.of(3, 7)))
                .body("sceneQuestions[0]", equalTo("Scene 3 (first seen): what does MAYA HART want here, from whom, what stands in the way, "
                        + "and what has changed by the end?"))
                .body("objective", equalTo("To keep the family home."))
                .body("beats", equalTo(java.util.List.of("Deflects with a joke", "Admits the debt")))
                .body("extractedBy", equalTo(BedrockFakeResource.CHAT_MODEL))
                .body("checklist.item", hasItem("Slate"))
                .body("likelyQuestions", hasItem("How much horse riding have you done, and could you do it on camera?"));
        String prompt = bedrock.calls.get(0).body().path("messages").path(0).path("content").path(0).path("text").asText();
        assertThat(prompt).contains("the eldest sister", "- I never said that.").doesNotContain("Amara", "Okafor");

        given().auth().oauth2(talent.token()).get("/submissions/" + submission + "/preparation").then().statusCode(200)
                .body("objective", equalTo("To keep the family home."));
        given().auth().oauth2(team.ownerToken()).get("/submissions/" + submission + "/preparation").then().statusCode(403);
        given().auth().oauth2(TestTokens.newUser("talent")).get("/submissions/" + submission + "/preparation").then().statusCode(404);
    }

    @Test
    void aRoleWrittenByHand_andAFailingModel_stillGiveTheRulesPack() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        String submission = CastingWorld.submit(talent, team.roleId());
        given().auth().oauth2(talent.token()).get("/submissions/" + submission + "/preparation").then().statusCode(404);
        bedrock.throttleNext.set(10);

        given().auth().oauth2(talent.token()).post("/submissions/" + submission + "/preparation").then().statusCode(200)
                .body("character", equalTo(null))
                .body("extractedBy", equalTo("rules"))
                .body("beats.size()", equalTo(0))
                .body("checklist.find { it.item == 'What casting asked' }.detail", equalTo("Scene 4"));
    }

    /** The role as drafted from a script: the rows script analysis writes (scripts owns them; the test writes them as it would). */
    private void draftedFromScript(CastingWorld.Team team, String character, String introduction) {
        UUID script = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject characters = new JsonObject().put("items", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", character)
                .put("lines", 12).put("words", 240).put("scenes", new io.vertx.core.json.JsonArray().add(3).add(7)).put("firstScene", 3)
                .put("introduction", introduction).put("extensions", new io.vertx.core.json.JsonArray())
                .put("sampleLines", new io.vertx.core.json.JsonArray().add("I never said that.").add("Sell it, then."))));
        database.preparedQuery("""
                        INSERT INTO scripts (id, project_id, title, format, source_key, size_bytes, status, scenes, characters, uploaded_by, created_at,
                                             analysed_at, extracted_by)
                        VALUES ($1, $2, 'The Glass Orchard', 'FOUNTAIN', 'scripts/x.fountain', 100, 'READY', 9, $3, 'casting', $4, $4, 'rules')""")
                .execute(Tuple.of(script, UUID.fromString(team.projectId()), characters, now)).await().atMost(Duration.ofSeconds(5));
        database.preparedQuery("""
                        INSERT INTO script_role_drafts (id, script_id, character_name, position, kind, description, status, role_id, updated_at)
                        VALUES ($1, $2, $3, 0, 'LEAD', 'The eldest sister.', 'APPROVED', $4, $5)""")
                .execute(Tuple.tuple().addValue(UUID.randomUUID()).addValue(script).addValue(character).addValue(UUID.fromString(team.roleId()))
                        .addValue(now)).await().atMost(Duration.ofSeconds(5));
    }
}
