package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The functions' Embedded Metric Format lines, read by the local cloud as CloudWatch would:
 * a forged webhook counts as a refusal of its provider, with the request's correlation id on
 * the line; the relay reports the outbox's age; the start of the runtime is a cold start.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LocalMetricsTest {

    @Test
    void aForgedWebhook_isCountedAsARefusalOfItsProvider_onALineWithItsCorrelationId() {
        double before = sum("WebhookRefusals", Map.of("Provider", "transcode"));
        String correlation = "forged-" + UUID.randomUUID();
        given().header("X-Correlation-Id", correlation).contentType(ContentType.JSON).body("{\"jobId\":\"x\"}")
                .post("/webhooks/transcode").then().statusCode(401);

        JsonPath metrics = metrics();
        assertThat(sum(metrics, "WebhookRefusals", Map.of("Provider", "transcode"))).isEqualTo(before + 1);
        List<Map<String, Object>> lines = metrics.getList("recent.findAll { it.correlationId == '" + correlation + "' }");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsEntry("Provider", "transcode").containsEntry("WebhookRefusals", 1.0f);
    }

    @Test
    void theRelay_reportsTheOutboxAge_andTheRuntimeItsColdStart() {
        // Any recorded event wakes the relay, which reports the age of what still waits.
        OpenRoles.open(TestTokens.newUser("casting"), "Metrics" + UUID.randomUUID().toString().substring(0, 8));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(metrics().getList("metrics.findAll { it.name == 'OutboxAge' }.unit", String.class)).containsOnly("Seconds"));
        assertThat(sum("ColdStarts", Map.of("Function", "local"))).isGreaterThanOrEqualTo(1);
    }

    private static JsonPath metrics() {
        return given().get("/local/metrics").then().statusCode(200).extract().jsonPath();
    }

    static double sum(String name, Map<String, String> dimensions) {
        return sum(metrics(), name, dimensions);
    }

    private static double sum(JsonPath metrics, String name, Map<String, String> dimensions) {
        List<Map<String, Object>> series = metrics.getList("metrics.findAll { it.name == '" + name + "' }");
        return series.stream().filter(one -> dimensions.equals(one.get("dimensions")))
                .mapToDouble(one -> ((Number) one.get("sum")).doubleValue()).sum();
    }
}
