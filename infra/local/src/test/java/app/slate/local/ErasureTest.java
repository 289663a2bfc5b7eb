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
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Erasure and export through the real path. A person with something in every store (account,
 * profile, portfolio, media objects, a submission with the team's note and rating, an inbox item,
 * consents, a report, an audit trail, an idempotency record, search and match documents, an
 * export) exports their data, then is erased on an admin's order; then every PostgreSQL table, every
 * DynamoDB table, every object key of the bucket and every OpenSearch document is scanned for their
 * ids, email and name: none is left. The team's pipeline keeps an anonymised line; the receipt is
 * signed and a changed receipt does not check.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ErasureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    Pool database;

    @Inject
    DynamoDbClient dynamo;

    @Inject
    S3Client s3;

    @Inject
    OpenSearchClient openSearch;

    @ConfigProperty(name = "slate.media.bucket")
    String bucket;

    @ConfigProperty(name = "slate.stripe.api-base")
    String stripe;

    @ConfigProperty(name = "slate.stripe.secret-key")
    String stripeKey;

    @ConfigProperty(name = "slate.identity.refresh-table")
    String refreshTable;

    @ConfigProperty(name = "slate.idempotency.table")
    String idempotencyTable;

    @Test
    void anErasedPerson_leavesNoTraceInAnyStore_andGetsASignedReceipt() throws Exception {
        String email = World.register("talent");
        String token = World.login(email).path("accessToken");
        String accountId = given().auth().oauth2(token).get("/me").then().statusCode(200).extract().path("id");
        String name = "Erasable " + UUID.randomUUID().toString().substring(0, 8);
        // A casting director's daily saved search that the profile will match when it is indexed.
        String casting = TestTokens.newUser("casting");
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"name\":\"Erasable daily\",\"frequency\":\"DAILY\"}")
                .post("/saved-searches/talent?q=" + name.split(" ")[1]).then().statusCode(201);
        ObjectNode details = Fixtures.profile("complete");
        details.put("stageName", name).put("legalName", name + " Legal");
        String profileId = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(details.toString()).post("/talents/me").then().statusCode(201).extract().path("id");
        JsonPath asset = MediaPipelineTest.upload(token, "image/jpeg", OwnMediaTest.jpeg(Color.MAGENTA), PATIENCE);
        String assetId = asset.getString("id");
        String item = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEADSHOT\",\"title\":\"Headshot\",\"mediaAssetId\":\"" + assetId + "\"}")
                .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");
        String role = OpenRoles.open(casting, "Erasure");
        String submission = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"portfolioItemIds\":[\"" + item + "\"]}")
                .post("/roles/" + role + "/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"body\":\"Strong read, " + name + " fits.\",\"rating\":5}")
                .post("/submissions/" + submission + "/notes").then().statusCode(201);
        // On the director's favourites, with a note naming them.
        String list = given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"name\":\"Favourites\"}").post("/talent-lists")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"note\":\"" + name + " for the lead\"}")
                .put("/talent-lists/" + list + "/talent/" + profileId).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\":\"ROLE\",\"id\":\"" + role + "\",\"reason\":\"PAY_TO_AUDITION\",\"details\":\"Asked me to pay.\"}")
                .post("/reports").then().statusCode(202);
        // A paying subscriber: a customer at Stripe, with the legal name as the billing name.
        String page = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"planCode\":\"professional\",\"currency\":\"USD\",\"country\":\"GB\",\"billingName\":\"" + name + " Legal\"}")
                .post("/billing/checkout").then().statusCode(201).extract().path("url");
        given().redirects().follow(false).formParam("card", "4242424242424242").post(page).then().statusCode(303);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("subscription.status", org.hamcrest.Matchers.equalTo("TRIALING")));
        String customer = database.preparedQuery("SELECT provider_customer_id FROM billing_customers WHERE account_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(accountId)).await().indefinitely().iterator().next().getString(0);

        // Waiting in others' notices: the saved search's digest holds the profile, and the team has not
        // read the person's message yet.
        String conversation = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"submissionId\":\"" + submission + "\"}")
                .post("/conversations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"text\":\"Hello from " + name + "\"}")
                .post("/conversations/" + conversation + "/messages").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"" + name + " roles\"}")
                .post("/saved-searches/roles?country=GB").then().statusCode(201);
        await().atMost(PATIENCE).until(() -> waiting("SAVED_SEARCH", profileId) && waiting("MESSAGES", accountId));

        // Indexed for search and for matching (with its embedding), after the last change above.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(traces(List.of(name))).as("the talent documents are indexed")
                .anyMatch(trace -> trace.startsWith("opensearch:talents "))
                .anyMatch(trace -> trace.startsWith("opensearch:talent-matches")));

        // The export first: everything, with the original photo, through a short-lived link.
        String exportId = given().auth().oauth2(token).post("/me/exports").then().statusCode(202).extract().path("id");
        given().auth().oauth2(token).post("/me/exports").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().auth().oauth2(token).get("/me/exports").then().statusCode(200)
                .extract().jsonPath().getString("exports[0].status")).isEqualTo("READY"));
        given().auth().oauth2(TestTokens.newUser("admin")).redirects().follow(false).get("/me/exports/" + exportId + "/download")
                .then().statusCode(404);
        String link = given().auth().oauth2(token).redirects().follow(false).get("/me/exports/" + exportId + "/download")
                .then().statusCode(303).extract().header("Location");
        Map<String, byte[]> archive = unzip(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body());
        assertThat(archive).containsKeys("README.txt", "identity.json", "talent.json", "media.json", "casting.json", "notifications.json",
                "trust.json");
        assertThat(new String(archive.get("talent.json"))).contains(name);
        assertThat(new String(archive.get("identity.json"))).contains(email);
        assertThat(archive.keySet()).anyMatch(path -> path.startsWith("media/" + assetId + "/"));

        List<String> needles = List.of(accountId, profileId, assetId, exportId, email, name, name + " Legal");
        List<String> before = traces(needles);
        assertThat(before.stream().map(trace -> trace.split(" ")[0]).distinct().toList()).as("the person is in every kind of store")
                .contains("postgresql:accounts", "postgresql:talent_profiles", "postgresql:portfolio_items", "postgresql:media_assets",
                        "postgresql:submissions", "postgresql:talent_list_entries", "postgresql:notification_contacts", "postgresql:billing_customers",
                        "postgresql:consent_records", "postgresql:moderation_reports", "postgresql:audit_people", "postgresql:outbox_events",
                        "dynamodb:" + refreshTable, "dynamodb:" + idempotencyTable, "opensearch:talents")
                .anyMatch(store -> store.startsWith("s3:originals/"))
                .anyMatch(store -> store.startsWith("s3:exports/"))
                .anyMatch(store -> store.startsWith("opensearch:talent-matches"));

        // The erasure, on an admin's order.
        String admin = World.newAdmin();
        String requestId = given().auth().oauth2(admin).post("/admin/accounts/" + accountId + "/erasure").then().statusCode(202)
                .extract().path("id");
        JsonPath receipt = await().atMost(PATIENCE).until(() -> given().get("/erasures/" + requestId + "/receipt").then().statusCode(200)
                .extract().jsonPath(), found -> found.get("receipt") != null);
        assertThat(receipt.getString("request.status")).isEqualTo("DONE");
        Map<String, Object> stores = receipt.getMap("receipt.stores");
        assertThat(stores).containsKeys("identity", "talent", "media", "casting", "notifications", "payments", "trust", "search", "outbox",
                "requests", "matching", "exports");
        String signature = receipt.getString("signature");
        Map<String, Object> body = Map.of("receipt", receipt.getMap("receipt"), "signature", signature);
        given().contentType(ContentType.JSON).body(body).post("/erasures/receipts/verification").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true));
        Map<String, Object> forged = new java.util.HashMap<>(receipt.getMap("receipt"));
        forged.put("completedAt", "2020-01-01T00:00:00Z");
        given().contentType(ContentType.JSON).body(Map.of("receipt", forged, "signature", signature)).post("/erasures/receipts/verification")
                .then().statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(false));

        // The team's pipeline keeps an anonymised line; the person is nowhere.
        JsonPath line = given().auth().oauth2(casting).get("/submissions/" + submission).then().extract().jsonPath();
        assertThat(line.prettify()).doesNotContain(name).doesNotContain(accountId);
        given().auth().oauth2(token).get("/me").then().statusCode(401);
        given().auth().oauth2(stripeKey).get(stripe + "/v1/customers/" + customer).then().statusCode(200)
                .body("deleted", org.hamcrest.Matchers.equalTo(true)).body("name", org.hamcrest.Matchers.nullValue());
        assertThat(traces(needles)).isEmpty();
    }

    @Test
    void aPersonsOwnErasure_waitsOutItsGracePeriod_canBeCancelledMeanwhile_andThenRuns() {
        String email = World.register("talent");
        String token = World.login(email).path("accessToken");
        JsonPath first = given().auth().oauth2(token).post("/me/erasure").then().statusCode(202).extract().jsonPath();
        assertThat(first.getString("status")).isEqualTo("SCHEDULED");
        assertThat(first.getString("source")).isEqualTo("SELF");
        given().auth().oauth2(token).get("/me/erasure").then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(first.getString("id")));
        given().auth().oauth2(token).delete("/me/erasure").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        given().auth().oauth2(token).delete("/me/erasure").then().statusCode(404);
        given().auth().oauth2(token).get("/me/erasure").then().statusCode(404);

        // Deleting the account is the same request; asking twice keeps the first.
        JsonPath request = given().auth().oauth2(token).delete("/me").then().statusCode(202).extract().jsonPath();
        given().auth().oauth2(token).post("/me/erasure").then().statusCode(202).body("id", org.hamcrest.Matchers.equalTo(request.getString("id")));
        given().auth().oauth2(token).get("/me").then().statusCode(200); // the account works until the grace period ends
        given().get("/erasures/" + request.getString("id") + "/receipt").then().statusCode(200)
                .body("request.status", org.hamcrest.Matchers.equalTo("SCHEDULED")).body("receipt", org.hamcrest.Matchers.nullValue());

        Instant due = Instant.parse(request.getString("dueAt"));
        await().atMost(PATIENCE).until(() -> Instant.now().isAfter(due));
        given().queryParam("time", Instant.now().toString()).post("/local/schedules/trust-retention").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> given().get("/erasures/" + request.getString("id") + "/receipt").then().statusCode(200)
                .extract().jsonPath().get("receipt") != null);
        given().contentType(ContentType.JSON).body(World.credentials(email)).post("/auth/login").then().statusCode(401);
        given().auth().oauth2(token).get("/me").then().statusCode(401);
    }

    @Test
    void aGuardian_exportsAndErasesForTheirMinor_isToldByEmail_andCannotLeaveBeforeThem() {
        String guardianEmail = World.register("talent");
        String guardian = World.login(guardianEmail).path("accessToken");
        String minorId = given().auth().oauth2(guardian).contentType(ContentType.JSON).body(World.MINOR).post("/guardians/minors")
                .then().statusCode(201).extract().path("id");
        String acting = given().auth().oauth2(guardian).post("/guardians/minors/" + minorId + "/tokens").then().statusCode(200)
                .extract().path("accessToken");

        given().auth().oauth2(acting).post("/me/exports").then().statusCode(202);
        await().atMost(PATIENCE).until(() -> subjects(guardianEmail).contains("Your Slate data export is ready"));
        given().auth().oauth2(guardian).post("/me/erasure").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("guardian of 1 minor"));

        given().auth().oauth2(acting).delete("/me").then().statusCode(202).body("source", org.hamcrest.Matchers.equalTo("GUARDIAN"));
        await().atMost(PATIENCE).until(() -> subjects(guardianEmail).stream().anyMatch(s -> s.startsWith("Your Slate data will be erased on")));
    }

    private static List<String> subjects(String address) {
        return given().queryParam("recipient", address).queryParam("channel", "email").get("/local/messages").then().statusCode(200)
                .extract().jsonPath().getList("subject", String.class);
    }

    /** Whether a notice of this kind waits in notifications' schedule with {@code needle} in it. */
    private boolean waiting(String kind, String needle) {
        return database.preparedQuery("SELECT count(*) FROM notification_schedule WHERE kind = $1 AND done_at IS NULL AND payload::text LIKE $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(kind, "%" + needle + "%")).await().indefinitely().iterator().next().getLong(0) > 0;
    }

    /** Every place a PostgreSQL row, a DynamoDB item, an S3 key or an OpenSearch document holds one of the needles. */
    private List<String> traces(List<String> needles) throws Exception {
        List<String> wanted = needles.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        List<String> found = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        database.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                + " AND table_name NOT LIKE 'flyway%'").execute().await().indefinitely().forEach(row -> tables.add(row.getString(0)));
        assertThat(tables).hasSizeGreaterThan(40);
        for (String table : tables) {
            for (Row row : database.query("SELECT t::text AS row FROM " + table + " t").execute().await().indefinitely()) {
                String text = row.getString("row").toLowerCase(Locale.ROOT);
                wanted.stream().filter(text::contains).forEach(n -> found.add("postgresql:" + table + " " + n));
            }
        }
        for (String table : dynamo.listTables().tableNames()) {
            dynamo.scanPaginator(scan -> scan.tableName(table)).items().forEach(item -> {
                String text = item.toString().toLowerCase(Locale.ROOT);
                wanted.stream().filter(text::contains).forEach(n -> found.add("dynamodb:" + table + " " + n));
            });
        }
        for (S3Object object : s3.listObjectsV2Paginator(list -> list.bucket(bucket)).contents()) {
            wanted.stream().filter(object.key().toLowerCase(Locale.ROOT)::contains).forEach(n -> found.add("s3:" + object.key()));
        }
        var hits = openSearch.search(search -> search.index("*").size(10_000).query(q -> q.matchAll(m -> m)), Object.class).hits().hits();
        for (var hit : hits) {
            String text = (hit.id() + " " + hit.source()).toLowerCase(Locale.ROOT);
            wanted.stream().filter(text::contains).forEach(n -> found.add("opensearch:" + hit.index() + " " + n));
        }
        return found;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
