package app.slate.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.platform.testing.BedrockFake;
import app.slate.platform.testing.BedrockFakeResource;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw messages through the handler, Bedrock's Converse answered by a local fake through the
 * real client, embeddings by the in-process model: one casting call posted four ways makes one
 * draft; a different call makes another; chatter makes none.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = BedrockFakeResource.class, restrictToAnnotatedClass = true)
class IngestionDedupeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPANY = "Mirage Test Pictures";

    @Inject
    Pool database;

    private final String ref = UUID.randomUUID().toString().substring(0, 8);
    private BedrockFake bedrock;

    @BeforeEach
    void answers() {
        // Earlier runs against the same stand-ins left drafts of these very calls: they would be found as near-duplicates.
        database.preparedQuery("DELETE FROM casting_call_drafts WHERE company = $1").execute(Tuple.of(COMPANY)).await().atMost(Duration.ofSeconds(5));
        bedrock = BedrockFakeResource.fresh();
        bedrock.converse = prompt -> {
            if (prompt.contains("Happy birthday")) {
                return "{\"castingCall\": false, \"quality\": 0}";
            }
            if (prompt.contains("barista")) {
                return extraction("Barista in a coffee commercial", "London", "GB", "COMMERCIAL",
                        "A friendly barista for a national coffee commercial shooting in London.", 0.6);
            }
            // The first post and its rewording read as the same call, worded differently by the model each time.
            return prompt.contains("Leading lady")
                    ? extraction("Female lead for feature film Desert Bloom", "Riyadh", "SA", "FILM",
                            "Leading role in the feature film Desert Bloom, shooting in Riyadh in March 2027.", 0.9)
                    : extraction("Female lead, feature film Desert Bloom", "Riyadh", "SA", "FILM",
                            "Lead role in the feature film Desert Bloom, shooting in Riyadh in March 2027.", 0.9);
        };
    }

    @Test
    void oneCallPostedFourWays_makesOneDraft_andChatterMakesNone() throws Exception {
        String original = "CASTING CALL 🎬 Desert Bloom (feature film) seeks a female lead, 25-35, native Arabic. Riyadh, 3-28 March 2027. "
                + "SAR 2,500/day. Apply: casting@desertbloom.example https://t.co/abc?src=wa " + ref;
        String forwarded = "casting call desert bloom feature film seeks a FEMALE lead 25 35 native arabic  riyadh 3 28 march 2027 "
                + "sar 2 500 day apply casting desertbloom example https://t.co/xyz?src=tg " + ref + " 🙏";
        String reworded = "Leading lady wanted for Desert Bloom, a feature shooting in Riyadh 3rd to 28th March 2027. Ages 25 to 35, "
                + "Arabic mother tongue, 2500 riyals a day. Headshots to casting@desertbloom.example. " + ref;
        String other = "Looking for a barista type for a coffee commercial in London next month, GBP 400 a day. " + ref;
        String chatter = "Happy birthday Noor!! 🎂 " + ref;

        String originalId = sqsId("original");
        handled(batch(originalId, original));
        UUID draft = draftOf(messageId(originalId));
        assertThat(draft).isNotNull();
        int callsAfterOriginal = bedrock.calls.size();

        handled(batch(sqsId("forwarded"), forwarded));
        assertThat(status(messageId(sqsId("forwarded")))).isEqualTo("DUPLICATE");
        assertThat(draftOf(messageId(sqsId("forwarded")))).isEqualTo(draft);
        assertThat(bedrock.calls).as("a word-for-word repeat costs no model call").hasSize(callsAfterOriginal);

        handled(batch(sqsId("reworded"), reworded));
        assertThat(status(messageId(sqsId("reworded")))).isEqualTo("DUPLICATE");
        assertThat(draftOf(messageId(sqsId("reworded")))).isEqualTo(draft);
        assertThat(similarity(messageId(sqsId("reworded")))).isGreaterThanOrEqualTo(Ingestion.SAME_CALL);

        handled(batch(sqsId("other"), other));
        UUID second = draftOf(messageId(sqsId("other")));
        assertThat(second).isNotNull().isNotEqualTo(draft);

        handled(batch(sqsId("chatter"), chatter));
        assertThat(status(messageId(sqsId("chatter")))).isEqualTo("NOT_A_CALL");

        // The original delivered again (same SQS message): nothing changes.
        int calls = bedrock.calls.size();
        handled(batch(originalId, original));
        assertThat(bedrock.calls).hasSize(calls);
        Row stored = database.preparedQuery("SELECT title, city, country, quality, duplicates, status, pay_amount, genders::text AS genders, "
                + "extracted_by, contact "
                + "FROM casting_call_drafts WHERE id = $1").execute(Tuple.of(draft)).await().atMost(Duration.ofSeconds(5)).iterator().next();
        assertThat(stored.getString("title")).isEqualTo("Female lead, feature film Desert Bloom");
        assertThat(stored.getString("country")).isEqualTo("SA");
        assertThat(stored.getInteger("duplicates")).isEqualTo(2);
        assertThat(stored.getString("status")).isEqualTo("PENDING");
        assertThat(stored.getString("genders")).contains("FEMALE");
        assertThat(stored.getString("extracted_by")).as("the model read it; the rules filled what it left out").isEqualTo(BedrockFakeResource.CHAT_MODEL);
        assertThat(stored.getString("contact")).isEqualTo("casting@desertbloom.example");
    }

    @Test
    void aMessageWithoutText_failsAlone() throws Exception {
        ObjectNode batch = batch(sqsId("empty"), "");
        deliver(batch).body("batchItemFailures.itemIdentifier", org.hamcrest.Matchers.contains(sqsId("empty")));
    }

    private static String extraction(String title, String city, String country, String type, String description, double quality) {
        return """
                Here it is: {"castingCall": true, "title": "%s", "company": "%s", "projectType": "%s", "city": "%s", "country": "%s",
                 "startsOn": "2027-03-03", "endsOn": "2027-03-28", "deadline": "not a date", "ageMin": 25, "ageMax": 35,
                 "genders": ["FEMALE", "ROBOT"], "payAmount": 2500, "payCurrency": "SAR", "payPeriod": "DAY", "payText": "SAR 2,500/day",
                 "requirements": "Native Arabic", "contact": "casting@desertbloom.example", "description": "%s", "quality": %s}"""
                .formatted(title, COMPANY, type, city, country, description, quality);
    }

    private String sqsId(String name) {
        return name + "-" + ref;
    }

    private static UUID messageId(String sqsMessageId) {
        return UUID.nameUUIDFromBytes(("sqs:" + sqsMessageId).getBytes(StandardCharsets.UTF_8));
    }

    private String status(UUID message) {
        return column(message, "status");
    }

    private UUID draftOf(UUID message) {
        String id = column(message, "draft_id::text");
        return id == null ? null : UUID.fromString(id);
    }

    private double similarity(UUID message) {
        return Double.parseDouble(column(message, "similarity::text"));
    }

    private String column(UUID message, String column) {
        var rows = database.preparedQuery("SELECT " + column + " AS value FROM ingestion_messages WHERE id = $1")
                .execute(Tuple.of(message)).await().atMost(Duration.ofSeconds(5));
        return rows.size() == 0 ? null : rows.iterator().next().getString("value");
    }

    private static ObjectNode batch(String sqsMessageId, String text) throws Exception {
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode records = batch.putArray("Records");
        ObjectNode record = records.addObject();
        record.put("messageId", sqsMessageId).put("receiptHandle", "handle").put("eventSource", "aws:sqs")
                .put("eventSourceARN", "arn:aws:sqs:eu-west-2:123456789012:slate-casting-call-ingestion").put("awsRegion", "eu-west-2");
        record.put("body", JSON.writeValueAsString(JSON.createObjectNode().put("source", "whatsapp").put("sourceRef", "Riyadh Actors").put("text", text)));
        return batch;
    }

    private static io.restassured.response.ValidatableResponse deliver(ObjectNode batch) {
        return given().contentType(ContentType.JSON).body(batch.toString()).when().post().then().statusCode(200);
    }

    /** Delivered and handled without failure. */
    private static void handled(ObjectNode batch) {
        deliver(batch).body("batchItemFailures", empty());
    }
}
