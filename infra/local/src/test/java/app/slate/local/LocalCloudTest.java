package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LocalCloudTest {

    @Test
    void health_asksEveryBackingService() {
        given().get("/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("services.postgresql.status", equalTo("UP"))
                .body("services.sqs.status", equalTo("UP"))
                .body("services.dynamodb.status", equalTo("UP"))
                .body("services.s3.status", equalTo("UP"))
                .body("services.opensearch.status", equalTo("UP"));
    }

    @Test
    void openApiDocumentAndBrowsableUi_areServed() {
        given().accept("application/json").get("/openapi").then().statusCode(200).body("openapi", startsWith("3."));
        given().get("/docs/").then().statusCode(200);
    }
}
