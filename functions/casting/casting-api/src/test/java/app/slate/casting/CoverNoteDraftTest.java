package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.BedrockFake;
import app.slate.platform.testing.BedrockFakeResource;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A talent drafts a cover note for a role from their own profile: Bedrock's Converse (a local
 * fake, through the real client) rewrites Slate's rules draft, and when the model fails the
 * talent still gets the rules draft. Nothing is stored or sent. The same request again is
 * answered from the prompt cache, and a spent daily allowance is a 429.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = BedrockFakeResource.class, restrictToAnnotatedClass = true)
class CoverNoteDraftTest {

    @Inject
    Pool database;

    private BedrockFake bedrock;

    @BeforeEach
    void reset() {
        bedrock = BedrockFakeResource.fresh();
    }

    @Test
    void theModelRewritesTheRulesDraft_seeingOnlyTheFactsTheNoteStates_andTheSameAskIsAnsweredFromTheCache() {
        // The name is the talent's own and unique to this run; the model sees "[name]" in its place.
        String name = "Amara Oak " + UUID.randomUUID().toString().substring(0, 6);
        CastingWorld.Talent talent = talent(name, "RADA BA Acting, " + UUID.randomUUID());
        String role = CastingWorld.openRole().roleId();
        bedrock.converse = prompt -> "Dear casting team,\n\nI'd be glad to read for Maya Hart. Equity member, native English speaker.\n\n[name]";

        for (int ask = 0; ask < 2; ask++) {
            draft(talent.token(), role, "FORMAL").statusCode(200)
                    .body("note", equalTo("Dear casting team,\n\nI'd be glad to read for Maya Hart. Equity member, native English speaker.\n\n" + name))
                    .body("extractedBy", equalTo(BedrockFakeResource.CHAT_MODEL))
                    .body("tone", equalTo("FORMAL"));
        }

        assertThat(bedrock.calls).as("the second, identical ask costs no model call").hasSize(1);
        String prompt = bedrock.calls.get(0).body().path("messages").path(0).path("content").path(0).path("text").asText();
        assertThat(prompt).contains("Tone: formal", "languages: native English", "notableWorks: Ada in The Long Road (2023)",
                        "Please consider my submission for the role of Maya Hart in The Glass Orchard.")
                .contains("Kind regards,\n[name]")
                .doesNotContain(name, "Okafor", "1994", "jo@hart.example", "51.5072", "Horse riding");
        assertThat(calls(talent)).containsExactly("cover-note 812+164 cached=false", "cover-note 0+0 cached=true");
        assertThat(submissionsOf(talent)).isZero();
    }

    @Test
    void aSpentAllowanceIsA429_andSlatesOwnDraftStillComes() {
        CastingWorld.Talent talent = talent("Amara Oak " + UUID.randomUUID().toString().substring(0, 6));
        String role = CastingWorld.openRole().roleId();
        database.preparedQuery("""
                        INSERT INTO ai_calls (day, purpose, account_id, model, input_tokens, output_tokens, cost_usd, cached, latency_ms)
                        VALUES (current_date AT TIME ZONE 'UTC', 'cover-note', $1, 'm', 45000, 5000, 0.06, false, 900)""")
                .execute(Tuple.of(talent.id())).await().atMost(Duration.ofSeconds(5));

        draft(talent.token(), role, "WARM").statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("https://slate.app/problems/ai-budget-spent"))
                .body("detail", org.hamcrest.Matchers.containsString("\"rewrite\": false"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{\"tone\":\"WARM\",\"rewrite\":false}")
                .post("/roles/" + role + "/submissions/cover-note").then().statusCode(200).body("extractedBy", equalTo("rules"));
        assertThat(bedrock.calls).isEmpty();
    }

    @Test
    void whenTheModelFails_theTalentGetsTheRulesDraft_andWhatTheProfileLacks() {
        String name = "Amara Oak " + UUID.randomUUID().toString().substring(0, 6);
        CastingWorld.Talent talent = talent(name);
        String role = CastingWorld.openRole().roleId();
        bedrock.throttleNext.set(10);

        Map<String, Object> draft = draft(talent.token(), role, "WARM").statusCode(200).extract().jsonPath().getMap("");

        assertThat(draft.get("extractedBy")).isEqualTo("rules");
        assertThat(draft.get("note")).isEqualTo("""
                Hello,

                I would love to be considered for the role of Maya Hart in The Glass Orchard. I speak native English. \
                Recent work: Ada in The Long Road (2023). I am a member of Equity. My playable age is 25 to 35. Training: RADA BA Acting.

                Thank you for your time. I would love the chance to read for you.

                """ + name);
        assertThat(draft.get("unmet")).isEqualTo(List.of(Map.of("field", "skills", "value", "Horse riding")));
        assertThat(submissionsOf(talent)).isZero();
    }

    @Test
    void onlyARoleTheTalentMaySubmitTo_inAToneSlateKnows() {
        CastingWorld.Talent talent = CastingWorld.talent(database);
        CastingWorld.Team team = CastingWorld.openRole();
        String unopened = CastingWorld.role(team.ownerToken(), team.projectId(), Instant.now().plus(Duration.ofDays(3)));

        draft(talent.token(), unopened, "WARM").statusCode(404);
        draft(talent.token(), "7d0c2f4e-2b7b-4a53-9a43-6c5f0d1e9b11", "WARM").statusCode(404);
        draft(talent.token(), team.roleId(), "SARCASTIC").statusCode(400).body("errors[0].field", equalTo("tone"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{}")
                .post("/roles/" + team.roleId() + "/submissions/cover-note").then().statusCode(400).body("errors[0].field", equalTo("tone"));
        draft(TestTokens.newUser("talent"), team.roleId(), "WARM").statusCode(422)
                .body("type", equalTo("https://slate.app/problems/profile-required"));
        assertThat(bedrock.calls).isEmpty();
    }

    private CastingWorld.Talent talent(String displayName) {
        return talent(displayName, "RADA BA Acting");
    }

    /**
     * A talent of the world's profile under a name and training of their own. The model never sees
     * the name, so a training of their own keeps their prompt theirs: the prompt cache outlives a test run.
     */
    private CastingWorld.Talent talent(String displayName, String training) {
        CastingWorld.Talent talent = CastingWorld.talent(database);
        database.preparedQuery("UPDATE talent_profiles SET display_name = $2, details = jsonb_set(details, '{experience,training}', to_jsonb($3::text)) "
                        + "WHERE id = $1").execute(Tuple.of(talent.profileId(), displayName, training)).await().atMost(Duration.ofSeconds(5));
        return talent;
    }

    private java.util.List<String> calls(CastingWorld.Talent talent) {
        java.util.List<String> calls = new java.util.ArrayList<>();
        database.preparedQuery("SELECT purpose, input_tokens, output_tokens, cached FROM ai_calls WHERE account_id = $1 ORDER BY id")
                .execute(Tuple.of(talent.id())).await().atMost(Duration.ofSeconds(5)).forEach(row -> calls.add(row.getString("purpose") + " "
                        + row.getInteger("input_tokens") + "+" + row.getInteger("output_tokens") + " cached=" + row.getBoolean("cached")));
        return calls;
    }

    private static ValidatableResponse draft(String token, String roleId, String tone) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"tone\":\"" + tone + "\"}")
                .post("/roles/" + roleId + "/submissions/cover-note").then();
    }

    private long submissionsOf(CastingWorld.Talent talent) {
        return database.preparedQuery("SELECT count(*) FROM submissions WHERE talent_id = $1").execute(Tuple.of(talent.id()))
                .await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
    }
}
