package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.geo.CoarseLocation;
import app.slate.platform.testing.SharedStandIns;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The whole event path in one process, as the local cloud runs it: HTTP -> PostgreSQL and the
 * outbox -> wake-up queue -> relay -> search-indexer queue -> indexer -> OpenSearch -> search.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class EventPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @Inject
    SqsClient sqs;

    @Inject
    DynamoDbClient dynamo;

    @Test
    void changedProfile_becomesSearchable_leavesSearchWhenUnpublished_andWhenDeleted() throws Exception {
        String talent = TestTokens.newUser("talent");
        String casting = TestTokens.newUser("casting");
        String name = "Searchable " + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode profile = profile(name);

        String id = given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, name)).containsExactly(id));

        String renamed = name + " Renamed";
        profile.put("stageName", renamed);
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile.toString())
                .put("/talents/me").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, "\"" + renamed + "\"")).containsExactly(id));

        profile.put("published", false);
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile.toString())
                .put("/talents/me").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, name)).isEmpty());

        profile.put("published", true);
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile.toString())
                .put("/talents/me").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, name)).containsExactly(id));

        given().auth().oauth2(talent).delete("/talents/me").then().statusCode(204);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, name)).isEmpty());
    }

    @Test
    void filters_matchOnlyTheTalentTheyDescribe() throws Exception {
        String casting = TestTokens.newUser("casting");
        String marker = "Filterable" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode profile = profile(marker);
        profile.with("location").put("city", "Glasgow").put("country", "GB").put("latitude", 55.8642).put("longitude", -4.2518);
        String id = given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, marker)).containsExactly(id));

        assertThat(search(casting, marker, Map.of("near", "55.95,-3.19", "radiusKm", "80"))).containsExactly(id);
        assertThat(search(casting, marker, Map.of("near", "51.50,-0.12", "radiusKm", "80"))).isEmpty();
        assertThat(search(casting, marker, Map.of("ageFrom", "30", "ageTo", "40"))).containsExactly(id);
        assertThat(search(casting, marker, Map.of("ageFrom", "50", "ageTo", "60"))).isEmpty();
        assertThat(search(casting, marker, Map.of("language", "yo", "skill", "Stage Combat"))).containsExactly(id);
        assertThat(search(casting, marker, Map.of("language", "fr"))).isEmpty();
        assertThat(search(casting, marker, Map.of("availableFrom", "2027-02-01", "availableTo", "2027-02-05"))).isEmpty();
        assertThat(search(casting, marker, Map.of("availableFrom", "2027-03-01", "availableTo", "2027-03-05"))).containsExactly(id);
        assertThat(search(casting, marker, Map.of("union", "NON_UNION"))).isEmpty();
        assertThat(search(casting, marker, Map.of("gender", "FEMALE"))).containsExactly(id);
    }

    /**
     * The index holds the talent's grid cell, not their point: a search 4.5 km from the point but
     * 5.5 km from the cell centre misses them, one 4.5 km on the other side finds them, and a
     * radius under the minimum is refused, so shrinking the circle cannot locate anyone.
     */
    @Test
    void radiusSearch_seesTheGridCell_neverThePoint() throws Exception {
        String casting = TestTokens.newUser("casting");
        String marker = "Located" + UUID.randomUUID().toString().substring(0, 8);
        CoarseLocation cell = CoarseLocation.of(51.5014, -0.1419);
        double latitude = cell.latitude() + 0.009; // about 1 km north of the cell centre, inside the cell
        ObjectNode profile = profile(marker);
        profile.with("location").put("city", "London").put("country", "GB").put("latitude", latitude).put("longitude", cell.longitude());
        String id = given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, marker)).containsExactly(id));

        double fourAndAHalfKm = 4.5 / 111.2;
        assertThat(search(casting, marker, Map.of("near", (latitude + fourAndAHalfKm) + "," + cell.longitude(), "radiusKm", "5"))).isEmpty();
        assertThat(search(casting, marker, Map.of("near", (latitude - fourAndAHalfKm) + "," + cell.longitude(), "radiusKm", "5"))).containsExactly(id);
        given().auth().oauth2(casting).queryParam("near", latitude + "," + cell.longitude()).queryParam("radiusKm", 1).get("/talents")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
    }

    @Test
    void castingDirectors_filterByHeight_hair_eyes_build_andExperience() {
        String casting = TestTokens.newUser("casting");
        String marker = "Looks" + UUID.randomUUID().toString().substring(0, 8);
        String tall = looks(marker, 188, "ATHLETIC", "BLACK", "BROWN", 12, 40);
        String short_ = looks(marker, 158, "PETITE", "RED", "GREEN", 1, 1);
        String unstated = given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON)
                .body(profile(marker + " unstated").without(List.of("appearance", "experience")).toString()).post("/talents/me")
                .then().statusCode(201).extract().path("id");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, marker)).hasSize(3));

        assertThat(search(casting, marker, Map.of("heightFrom", "180"))).containsExactly(tall);
        assertThat(search(casting, marker, Map.of("heightFrom", "150", "heightTo", "165"))).containsExactly(short_);
        assertThat(search(casting, marker, Map.of("hair", "RED"))).containsExactly(short_);
        assertThat(search(casting, marker, Map.of("eyes", "BROWN"))).containsExactly(tall);
        assertThat(search(casting, marker, Map.of("build", "PETITE"))).containsExactly(short_);
        assertThat(search(casting, marker, Map.of("experience", "EXPERIENCED"))).containsExactly(tall);
        assertThat(search(casting, marker, Map.of("experience", "NEW"))).containsExactly(short_);
        assertThat(search(casting, marker)).contains(unstated);
        var facets = given().auth().oauth2(casting).queryParam("q", marker).get("/talents").then().statusCode(200).extract().jsonPath();
        assertThat(facets.getList("facets.experienceLevel.value", String.class)).containsExactlyInAnyOrder("EXPERIENCED", "NEW");
        given().auth().oauth2(casting).queryParam("hair", "PURPLE").get("/talents").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("hair"));
        given().auth().oauth2(casting).queryParam("heightFrom", 190).queryParam("heightTo", 160).get("/talents").then().statusCode(400)
                .body("errors[0].field", equalTo("heightFrom"));
    }

    private String looks(String marker, int heightCm, String build, String hair, String eyes, int years, int productions) {
        ObjectNode profile = profile(marker + " " + build);
        ((ObjectNode) profile.path("appearance")).put("heightCm", heightCm).put("build", build).put("hairColor", hair).put("eyeColor", eyes);
        profile.putObject("experience").put("yearsActive", years).put("productions", productions);
        return given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON).body(profile.toString()).post("/talents/me")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void cursorPages_walkEveryMatchOnce_andFacetsCountAllMatches() {
        String casting = TestTokens.newUser("casting");
        String marker = "Paged" + UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new java.util.ArrayList<>();
        for (String gender : List.of("FEMALE", "MALE", "FEMALE")) {
            ObjectNode profile = profile(marker + " " + gender);
            profile.put("gender", gender);
            created.add(given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON)
                    .body(profile.toString()).post("/talents/me").then().statusCode(201).extract().path("id"));
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, marker)).hasSize(3));

        var first = given().auth().oauth2(casting).queryParam("q", marker).queryParam("limit", 2).get("/talents")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getList("facets.gender.findAll { it.value == 'FEMALE' }.count", Integer.class)).containsExactly(2);
        List<String> seen = new java.util.ArrayList<>(first.getList("items.id", String.class));
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();

        var second = given().auth().oauth2(casting).queryParam("q", marker).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/talents").then().statusCode(200).extract().jsonPath();
        seen.addAll(second.getList("items.id", String.class));
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void poisonMessage_endsInTheDeadLetterQueue_whileTheRestOfItsBatchIsIndexed() throws Exception {
        String queue = queueUrl("slate-search-indexer");
        String deadLetters = queueUrl("slate-search-indexer-dlq");
        String profileId = UUID.randomUUID().toString();
        String poison = "{\"not\":\"an event\",\"marker\":\"" + UUID.randomUUID() + "\"}";

        sqs.sendMessageBatch(b -> b.queueUrl(queue).entries(
                e -> e.id("good").messageBody(changedEvent(UUID.randomUUID(), profileId, 1)),
                e -> e.id("poison").messageBody(poison)));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(app.slate.platform.testing.OpenSearchProbe.document("talents", profileId)).isPresent());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(drain(deadLetters)).contains(poison));
    }

    @Test
    void sameEventDeliveredTwice_isAppliedOnce() throws Exception {
        String queue = queueUrl("slate-search-indexer");
        UUID eventId = UUID.randomUUID();
        String profileId = UUID.randomUUID().toString();
        String event = changedEvent(eventId, profileId, 7);

        sqs.sendMessage(m -> m.queueUrl(queue).messageBody(event));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(completed("search-indexer#" + eventId)).isTrue());
        long seqNo = app.slate.platform.testing.OpenSearchProbe.document("talents", profileId).orElseThrow().path("_seq_no").asLong();

        sqs.sendMessage(m -> m.queueUrl(queue).messageBody(event));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                sqs.getQueueAttributes(a -> a.queueUrl(queue).attributeNamesWithStrings("ApproximateNumberOfMessages",
                        "ApproximateNumberOfMessagesNotVisible")).attributesAsStrings().values()).containsOnly("0"));

        var stored = app.slate.platform.testing.OpenSearchProbe.document("talents", profileId).orElseThrow();
        assertThat(stored.path("_seq_no").asLong()).isEqualTo(seqNo);
        assertThat(stored.path("_version").asLong()).isEqualTo(7);
        assertThat(drain(queueUrl("slate-search-indexer-dlq"))).noneMatch(body -> body.contains(eventId.toString()));
    }

    private static ObjectNode profile(String stageName) {
        ObjectNode profile = app.slate.platform.testing.Fixtures.profile("complete");
        profile.put("stageName", stageName);
        return profile;
    }

    private static List<String> search(String token, String text) {
        return search(token, text, Map.of());
    }

    private static List<String> search(String token, String text, Map<String, String> filters) {
        return given().auth().oauth2(token).queryParam("q", text).queryParams(filters).get("/talents")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static String changedEvent(UUID eventId, String profileId, long version) {
        ObjectNode document = JSON.createObjectNode().put("id", profileId).put("version", version)
                .put("displayName", "Queue Fed").put("playableAgeMin", 20).put("playableAgeMax", 30)
                .put("gender", "MALE").put("country", "GB").put("unionStatus", "NON_UNION").put("completeness", 40);
        ObjectNode payload = JSON.createObjectNode().put("profileId", profileId).put("ownerId", "someone")
                .put("version", version).put("published", true);
        payload.set("document", document);
        ObjectNode envelope = JSON.createObjectNode().put("id", eventId.toString()).put("type", "talent.profile.changed")
                .put("aggregateType", "talent-profile").put("aggregateId", profileId).put("occurredAt", "2026-11-22T10:00:00Z");
        envelope.set("payload", payload);
        return envelope.toString();
    }

    private String queueUrl(String name) {
        return sqs.getQueueUrl(q -> q.queueName(name)).queueUrl();
    }

    private List<String> drain(String queueUrl) {
        return sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1).visibilityTimeout(0))
                .messages().stream().map(Message::body).toList();
    }

    private boolean completed(String key) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(SharedStandIns.get().environment().get("IDEMPOTENCY_TABLE"))
                .key(Map.of("pk", AttributeValue.fromS(key)))).item();
        return item != null && item.containsKey("status") && "COMPLETED".equals(item.get("status").s());
    }
}
