package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class DeadlinesAndSelfTapesTest {

    @Inject
    Pool database;

    @Inject
    S3Client s3;

    @ConfigProperty(name = "slate.media.bucket")
    String bucket;

    @Test
    void roleStillOpenButPastItsDeadline_refusesSubmissions_beforeTheDeadlineJobRuns() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        // Time passes: the deadline is behind us, and the job has not closed the role yet.
        database.preparedQuery("UPDATE casting_roles SET deadline = now() - interval '1 minute' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(team.roleId()))).await().atMost(Duration.ofSeconds(5));

        given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + talent.itemId() + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions").then().statusCode(409)
                .body("type", equalTo("https://slate.app/problems/role-closed"));
        given().auth().oauth2(team.ownerToken()).get("/roles/" + team.roleId()).then()
                .body("status", equalTo("OPEN")).body("acceptingSubmissions", equalTo(false));
    }

    @Test
    void closedRole_refusesSubmissions_andDraftsAreInvisibleToTalent() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        given().auth().oauth2(team.ownerToken()).post("/roles/" + team.roleId() + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + talent.itemId() + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions").then().statusCode(409);

        String draft = CastingWorld.role(team.ownerToken(), team.projectId(), Instant.now().plus(Duration.ofDays(3)));
        given().auth().oauth2(talent.token()).get("/roles/" + draft).then().statusCode(404);
    }

    @Test
    void invitedOnlyRole_isSeenAndTakenOnlyByInvitedTalent() {
        CastingWorld.Team team = CastingWorld.openRole();
        String roleId = given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body(CastingWorld.roleBody(Instant.now().plus(Duration.ofDays(3)), "INVITED"))
                .post("/projects/" + team.projectId() + "/roles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(team.ownerToken()).post("/roles/" + roleId + "/open").then().statusCode(200);
        CastingWorld.Talent invited = CastingWorld.talent(database);
        CastingWorld.Talent stranger = CastingWorld.talent(database);
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body("{\"talentProfileIds\":[\"" + invited.profileId() + "\"]}")
                .post("/roles/" + roleId + "/invitations").then().statusCode(200).body("invited[0]", equalTo(invited.profileId().toString()));

        given().auth().oauth2(stranger.token()).get("/roles/" + roleId).then().statusCode(404);
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + stranger.itemId() + "\"]}")
                .post("/roles/" + roleId + "/submissions").then().statusCode(404);
        CastingWorld.submit(invited, roleId);
    }

    @Test
    void selfTape_isRequested_confirmed_andSent_beforeItsDeadline() throws Exception {
        String ownerId = UUID.randomUUID().toString();
        CastingWorld.Team team = CastingWorld.openRole(TestTokens.forUser(ownerId, "casting"));
        CastingWorld.Talent talent = CastingWorld.talent(database);
        String submission = CastingWorld.submit(talent, team.roleId());
        UUID sides = TestRows.mediaAsset(database, ownerId, "DOCUMENT", "READY", "application/pdf", storeSides());
        UUID someoneElsesSides = TestRows.mediaAsset(database, UUID.randomUUID().toString(), "DOCUMENT", "READY", "application/pdf", "originals/x.pdf");

        String invitation = "{\"instructions\":\"Scene 4, one take, eye level.\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(2))
                + "\",\"sidesAssetId\":\"%s\"}";
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body(invitation.formatted(someoneElsesSides))
                .post("/submissions/" + submission + "/self-tapes").then().statusCode(400).body("errors[0].field", equalTo("sidesAssetId"));
        String selfTape = given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body(invitation.formatted(sides))
                .post("/submissions/" + submission + "/self-tapes").then().statusCode(201)
                .body("status", equalTo("INVITED")).body("sidesAssetId", equalTo(sides.toString())).extract().path("id");
        given().auth().oauth2(team.ownerToken()).get("/submissions/" + submission).then().body("status", equalTo("SELF_TAPE_REQUESTED"));

        byte[] stamped = given().auth().oauth2(talent.token()).get("/self-tapes/" + selfTape + "/sides").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(stamped)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("INT. KITCHEN - NIGHT").contains("Amara Oak")
                    .contains(LocalDate.now(ZoneOffset.UTC).toString());
        }
        given().auth().oauth2(CastingWorld.talent(database).token()).get("/self-tapes/" + selfTape + "/sides").then().statusCode(404);

        given().auth().oauth2(talent.token()).post("/self-tapes/" + selfTape + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{\"mediaAssetId\":\"" + sides + "\"}")
                .post("/self-tapes/" + selfTape + "/tape").then().statusCode(400).body("errors[0].field", equalTo("mediaAssetId"));
        UUID tape = TestRows.mediaAsset(database, talent.id(), "VIDEO", "READY", "video/mp4", "originals/tape.mp4");
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{\"mediaAssetId\":\"" + tape + "\"}")
                .post("/self-tapes/" + selfTape + "/tape").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("tapeAssetId", equalTo(tape.toString()));
        given().auth().oauth2(CastingWorld.talent(database).token()).post("/self-tapes/" + selfTape + "/confirm").then().statusCode(404);

        database.preparedQuery("UPDATE self_tape_requests SET deadline = now() - interval '1 minute', status = 'INVITED' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(selfTape))).await().atMost(Duration.ofSeconds(5));
        given().auth().oauth2(talent.token()).post("/self-tapes/" + selfTape + "/confirm").then().statusCode(409)
                .body("type", equalTo("https://slate.app/problems/self-tape-expired"));
    }

    /** One page of sides, stored where media-ingest keeps verified originals. */
    private String storeSides() throws Exception {
        String key = "originals/" + UUID.randomUUID() + ".pdf";
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER), 12);
                content.newLineAtOffset(72, 700);
                content.showText("INT. KITCHEN - NIGHT");
                content.endText();
            }
            pdf.save(out);
            s3.putObject(put -> put.bucket(bucket).key(key).contentType("application/pdf"), RequestBody.fromBytes(out.toByteArray()));
        }
        return key;
    }
}
