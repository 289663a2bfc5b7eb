package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A Word CV through the local cloud's API Gateway, which passes it base64-encoded as API Gateway
 * does for a binary body, to talent-api's package: the file arrives whole and is read.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class CvUploadTest {

    private static final Path CVS = Path.of("../../functions/talent/cv/src/test/resources/cvs");

    @Test
    void aWordCvArrivesWholeAndIsRead() throws IOException {
        given().auth().oauth2(TestTokens.newUser("talent"))
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body(Files.readAllBytes(CVS.resolve("jonah-pike.docx")))
                .post("/talents/me/cv-imports").then().statusCode(201)
                .body("format", equalTo("DOCX"))
                .body("proposals.findAll { it.field == 'notableWorks' }.value.title", hasItem("The Caretaker"))
                .body("proposals.find { it.field == 'representation' }.value.agency", equalTo("Fenwick Management"))
                .body("unread.size()", equalTo(0));
    }
}
