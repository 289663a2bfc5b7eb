package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestRows;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admins' validation queue over the local cloud: a drafted casting call (as casting-call-ingest
 * leaves it) is corrected, approved into an open public role that the board shows, or rejected.
 * The local cloud has no Bedrock chat model, so posted raw text is read by Slate's rules.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class IngestionQueueTest {

    @Inject
    Pool database;

    @Test
    void approvedDraft_isAnOpenRoleOnTheBoard_andRejectedOnesAreNot() {
        String admin = TestTokens.newUser("admin");
        String marker = "Barista" + UUID.randomUUID().toString().substring(0, 6);
        UUID approved = TestRows.castingCallDraft(database, marker + " for a coffee commercial", "London", "GB");
        UUID rejected = TestRows.castingCallDraft(database, marker + " spam", "Leeds", "GB");

        assertThat(given().auth().oauth2(admin).get("/admin/ingestion/drafts").then().statusCode(200).extract()
                .<List<String>>path("id")).contains(approved.toString(), rejected.toString());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"city\":\"Manchester\",\"ageMin\":30}")
                .patch("/admin/ingestion/drafts/" + approved).then().statusCode(200).body("city", equalTo("Manchester"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"country\":\"England\"}")
                .patch("/admin/ingestion/drafts/" + approved).then().statusCode(400).body("errors[0].field", equalTo("country"));

        String roleId = given().auth().oauth2(admin).post("/admin/ingestion/drafts/" + approved + "/approve")
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        given().auth().oauth2(admin).post("/admin/ingestion/drafts/" + approved + "/approve").then().statusCode(409);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"Not a real production\"}")
                .post("/admin/ingestion/drafts/" + rejected + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));

        String talent = TestTokens.newUser("talent");
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> assertThat(given().auth().oauth2(talent).get("/roles?q=" + marker)
                .then().statusCode(200).extract().<List<String>>path("items.id")).containsExactly(roleId));
        given().auth().oauth2(talent).get("/roles/" + roleId).then().statusCode(200)
                .body("details.city", equalTo(null)).body("details.location.city", equalTo("Manchester"))
                .body("details.playableAge.min", equalTo(30))
                .body("details.description", org.hamcrest.Matchers.containsString("To apply: casting@northlight.example"));
        assertThat(given().auth().oauth2(admin).get("/admin/ingestion/drafts/" + approved).then().statusCode(200)
                .extract().<String>path("roleId")).isEqualTo(roleId);
    }

    @Test
    void aCallPostedInArabic_becomesAnArabicProject() {
        String admin = TestTokens.newUser("admin");
        UUID draft = TestRows.castingCallDraft(database, "مطلوب ممثلة لإعلان قهوة", "Riyadh", "SA");
        database.preparedQuery("UPDATE casting_call_drafts SET description = 'إعلان لسلسلة مقاهٍ في الرياض، التصوير يومان.' WHERE id = $1")
                .execute(Tuple.of(draft)).await().atMost(Duration.ofSeconds(10));

        String roleId = given().auth().oauth2(admin).post("/admin/ingestion/drafts/" + draft + "/approve")
                .then().statusCode(201).extract().path("id");

        assertThat(database.preparedQuery("SELECT p.locale FROM projects p JOIN casting_roles r ON r.project_id = p.id WHERE r.id = $1")
                .execute(Tuple.of(UUID.fromString(roleId))).await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0))
                .as("its fliers read right to left").isEqualTo("ar-SA");
    }

    @Test
    void rawText_isReadByRulesWithoutBedrock_andInputIsChecked() {
        String admin = TestTokens.newUser("admin");
        String marker = "Desert Bloom " + UUID.randomUUID().toString().substring(0, 6);
        String post = "🎬 CASTING CALL: " + marker + " (feature film)\n"
                + "Seeking a female lead, 25-35, native Arabic speaker. Shooting in Riyadh 3-28 March 2027.\n"
                + "Pay: SAR 2,500/day. Mirage Pictures. Send headshots to casting@desertbloom.example by 15 February 2027.";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(java.util.Map.of("source", "whatsapp", "text", post))
                .post("/admin/ingestion/messages").then().statusCode(202);

        // No chat model here: casting-call-ingest reads it with Slate's rules, and the draft says so.
        io.restassured.path.json.JsonPath draft = await().atMost(Duration.ofSeconds(45)).until(() -> given().auth().oauth2(admin)
                .get("/admin/ingestion/drafts").then().statusCode(200).extract().jsonPath(), q -> q.getList("title").contains(marker + " (feature film)"));
        String at = "find { it.title == '" + marker + " (feature film)' }.";
        assertThat(draft.getString(at + "extractedBy")).isEqualTo("rules");
        assertThat(draft.getString(at + "projectType")).isEqualTo("FILM");
        assertThat(draft.getString(at + "city")).isEqualTo("Riyadh");
        assertThat(draft.getString(at + "country")).isEqualTo("SA");
        assertThat(draft.getInt(at + "ageMin")).isEqualTo(25);
        assertThat(draft.getInt(at + "ageMax")).isEqualTo(35);
        assertThat(draft.getList(at + "genders")).containsExactly("FEMALE");
        assertThat(draft.getDouble(at + "payAmount")).isEqualTo(2500.0);
        assertThat(draft.getString(at + "payCurrency")).isEqualTo("SAR");
        assertThat(draft.getString(at + "payPeriod")).isEqualTo("DAY");
        assertThat(draft.getString(at + "startsOn")).isEqualTo("2027-03-03");
        assertThat(draft.getString(at + "endsOn")).isEqualTo("2027-03-28");
        assertThat(draft.getString(at + "deadline")).startsWith("2027-02-15");
        assertThat(draft.getString(at + "contact")).isEqualTo("casting@desertbloom.example");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"source\":\"What's App\",\"text\":\"\"}")
                .post("/admin/ingestion/messages").then().statusCode(400);
        given().auth().oauth2(admin).get("/admin/ingestion/drafts?status=MAYBE").then().statusCode(400);
        given().auth().oauth2(TestTokens.newUser("casting")).get("/admin/ingestion/drafts").then().statusCode(403);
    }
}
