package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SentMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * An audition booking end to end: the talent books, moves and cancels it through casting's routes;
 * the team gets each change by email with its calendar invitation; the talent downloads the same
 * calendar entry (same UID, rising SEQUENCE) in their own zone, and nobody else can.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AuditionCalendarTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final String BOOKING = "POST /auditions/{slotId}/booking";

    @Test
    void aBookingItsMoveAndItsCancellation_updateOneCalendarEvent() {
        World w = World.create(BOOKING, true);
        CastingMatrix.castingWorld(w, BOOKING);
        String director = given().auth().oauth2(w.castingOwnerToken).get("/me").then().statusCode(200).extract().path("email");
        QuietHours.off(w.castingOwnerToken);
        given().auth().oauth2(w.ownerToken).contentType(ContentType.JSON).body("{\"timeZone\":\"Asia/Riyadh\"}").put("/notifications/preferences")
                .then().statusCode(200);
        given().auth().oauth2(w.castingOwnerToken).post("/local/phones").then().statusCode(201);
        String file = "/notifications/calendar/auditions/" + w.submissionId + "/1";

        Instant first = book(w, 0);
        VEvent booked = awaitCalendar(w, file, 0);
        assertThat(ZonedDateTime.from(booked.getDateTimeStart().getDate()).toInstant()).isEqualTo(first);
        assertThat(booked.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Riyadh");
        given().auth().oauth2(w.otherToken).get(file).then().statusCode(404);
        given().auth().oauth2(w.castingOtherToken).get(file).then().statusCode(404);
        assertThat(invitation(director, "Audition booked: Sam")).contains("METHOD:REQUEST").contains("SEQUENCE:0");
        assertThat(awaitMessage(director, "push", "Audition booked: Sam").text()).contains("online");

        Instant second = instantOf(given().auth().oauth2(w.ownerToken).contentType(ContentType.JSON)
                .body("{\"toSlotId\":\"" + w.slotIds.get(2) + "\"}").post("/auditions/" + w.slotIds.get(0) + "/reschedule")
                .then().statusCode(200).extract().path("startsAt"));
        VEvent moved = awaitCalendar(w, file, 1);
        assertThat(ZonedDateTime.from(moved.getDateTimeStart().getDate()).toInstant()).isEqualTo(second);
        assertThat(moved.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(booked.getProperty(Property.UID).orElseThrow().getValue());
        assertThat(invitation(director, "Moved: audition for Sam")).contains("SEQUENCE:1");

        given().auth().oauth2(w.ownerToken).delete("/auditions/" + w.slotIds.get(2) + "/booking").then().statusCode(200);
        VEvent cancelled = awaitCalendar(w, file, 2);
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(invitation(director, "Cancelled: audition for Sam")).contains("METHOD:CANCEL").contains("SEQUENCE:2");
    }

    private static Instant book(World w, int slot) {
        return instantOf(given().auth().oauth2(w.ownerToken).contentType(ContentType.JSON).body("{\"submissionId\":\"" + w.submissionId + "\"}")
                .post("/auditions/" + w.slotIds.get(slot) + "/booking").then().statusCode(200).extract().path("startsAt"));
    }

    private static Instant instantOf(String startsAt) {
        return ZonedDateTime.parse(startsAt).toInstant();
    }

    /** The talent's download, once the worker has applied the change that raised the sequence this far. */
    private static VEvent awaitCalendar(World w, String file, int sequence) {
        return await().atMost(PATIENCE).until(() -> {
            var answer = given().auth().oauth2(w.ownerToken).get(file);
            if (answer.statusCode() != 200) {
                return null;
            }
            assertThat(answer.contentType()).startsWith("text/calendar");
            VEvent event = new CalendarBuilder().build(new StringReader(answer.asString())).<VEvent>getComponent("VEVENT").orElseThrow();
            return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()) == sequence ? event : null;
        }, event -> event != null);
    }

    private static String invitation(String address, String subject) {
        return awaitMessage(address, "email", subject).attachments().get(0).content();
    }

    /** From the local mailbox, which shows a development phone's pushes decrypted. */
    private static SentMessage awaitMessage(String address, String channel, String subject) {
        return await().atMost(PATIENCE).until(() -> given().queryParam("recipient", address).queryParam("channel", channel)
                .get("/local/messages").then().statusCode(200).extract().as(new TypeRef<List<SentMessage>>() { }).stream()
                .filter(m -> subject.equals(m.subject())).findFirst().orElse(null), m -> m != null);
    }
}
