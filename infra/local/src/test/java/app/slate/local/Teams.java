package app.slate.local;

import static io.restassured.RestAssured.given;

import app.slate.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Project teams in tests: a verified casting account joins by the real invitation and acceptance. */
final class Teams {

    private Teams() {
    }

    /**
     * A casting account with {@code email} (made in place of a sign-up, which needs the email
     * round trip) is invited to the project with {@code access} and accepts; returns its token.
     */
    static String join(Pool database, String ownerToken, String projectId, String email, String access) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO accounts (id, email, roles, display_name, email_verified_at, sessions_valid_after, version, created_at, updated_at)
                        VALUES ($1, $2, 'casting', 'Collaborator', $3, $3, 0, $3, $3)""")
                .execute(Tuple.of(id, email, now)).await().atMost(Duration.ofSeconds(10));
        String token = TestTokens.forUser(id.toString(), "casting");
        given().auth().oauth2(ownerToken).contentType(ContentType.JSON).body("{\"email\":\"" + email + "\",\"access\":\"" + access + "\"}")
                .post("/projects/" + projectId + "/collaborators").then().statusCode(200);
        given().auth().oauth2(token).post("/projects/" + projectId + "/collaborators/accept").then().statusCode(200);
        return token;
    }
}
