package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The API document the deployed API serves (api-docs packages infra/openapi/slate-api.json) is the
 * one the running code generates, routes, parameters, problems and all. When a route changes, this
 * fails until the document is written again: {@code ./slate openapi}.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theDeployedDocument_isTheOneTheCodeGenerates() throws Exception {
        JsonNode live = given().accept("application/json").get("/openapi").then().statusCode(200).extract().as(JsonNode.class);
        // The local cloud's own /health (it asks every stand-in) is not the deployed one.
        ((ObjectNode) live.path("paths")).remove("/health");
        Path committed = app.slate.standins.StandInsLauncher.repositoryRoot(Path.of("")).resolve("infra/openapi/slate-api.json");
        if (Boolean.getBoolean("slate.openapi.write")) {
            Files.writeString(committed, JSON.writeValueAsString(JSON.treeToValue(live, Object.class)) + "\n");
        }
        assertThat(JSON.readTree(committed.toFile())).as("infra/openapi/slate-api.json is stale: run ./slate openapi").isEqualTo(live);
    }
}
