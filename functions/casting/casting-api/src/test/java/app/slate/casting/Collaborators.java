package app.slate.casting;

import static io.restassured.RestAssured.given;

import app.slate.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Adds a casting account to a project's team the way it happens for real: invited by email, accepted by that account. */
final class Collaborators {

    private Collaborators() {
    }

    /** A verified casting account; returns its access token. */
    static String account(Pool database, String email, boolean verified) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO accounts (id, email, roles, display_name, email_verified_at, sessions_valid_after, version, created_at, updated_at)
                        VALUES ($1, $2, 'casting', 'Collaborator', $3, $4, 0, $4, $4)""")
                .execute(Tuple.of(id, email, verified ? now : null, now)).await().atMost(Duration.ofSeconds(10));
        return TestTokens.forUser(id.toString(), "casting");
    }

    static String join(Pool database, CastingWorld.Team team, String access) {
        String email = "collaborator-" + UUID.randomUUID() + "@example.com";
        String token = account(database, email, true);
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"access\":\"" + access + "\"}")
                .post("/projects/" + team.projectId() + "/collaborators").then().statusCode(200);
        given().auth().oauth2(token).post("/projects/" + team.projectId() + "/collaborators/accept").then().statusCode(200);
        return token;
    }
}
