package app.slate.notifications.sweep;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.notifications.casting.AuditionNotices;
import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.contacts.Contacts;
import app.slate.notifications.digest.SubmissionDigests;
import app.slate.notifications.journeys.JourneySteps;
import app.slate.notifications.lifecycle.Lifecycle;
import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.Preferences.QuietHoursSetting;
import app.slate.notifications.reminders.Reminders;
import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.CastingEvents.RoleInvited;
import app.slate.platform.events.CastingEvents.SelfTapeRequested;
import app.slate.platform.events.CastingEvents.SubmissionStatusChanged;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.IdentityEvents.AccountChanged;
import app.slate.platform.events.TalentEvents.ProfileChanged;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SentMessage;
import app.slate.standins.SesStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Messages that wait for their time, planned as the worker plans them and sent by this function's
 * handler (driven through the Lambda mock event server with the scheduled event's time moved on).
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class WaitingMessagesTest {

    private record Person(UUID id, String address) {
    }

    @ConfigProperty(name = "slate.email.endpoint")
    String ses;

    @Inject
    Contacts contacts;

    @Inject
    Preferences preferences;

    @Inject
    CastingMessages emails;

    @Inject
    AuditionNotices auditions;

    @Inject
    Reminders reminders;

    @Inject
    SubmissionDigests digests;

    @Inject
    JourneySteps journeys;

    @Inject
    Lifecycle lifecycle;

    @Test
    void anOfferAtNight_waitsForTheReadersMorning_whileAnAuditionWithinADayGoesAtOnce() {
        Instant now = Instant.now();
        Person asleep = person(zoneAtHour(now, 23), true);
        Person awake = person(zoneAtHour(now, 12), true);

        emails.statusChanged(event("casting.submission.status-changed"), offer(asleep, awake), now);

        assertThat(to(awake)).extracting(SentMessage::subject).containsExactly("You've got an offer for Maya Hart");
        assertThat(to(asleep)).isEmpty();
        sweepAt(now.plus(Duration.ofHours(8)));
        assertThat(to(asleep)).as("still night at 07:00 there").isEmpty();

        sweepAt(now.plus(Duration.ofHours(9).plusMinutes(1)));
        sweepAt(now.plus(Duration.ofHours(10)));
        assertThat(to(asleep)).extracting(SentMessage::subject).containsExactly("You've got an offer for Maya Hart");

        auditions.changed(event("casting.audition.booked"), audition(asleep, UUID.randomUUID(), now.plus(Duration.ofHours(3))), false);
        assertThat(to(asleep)).extracting(SentMessage::subject).contains("Audition booked: Maya Hart");
    }

    @Test
    void anAuditionsReminders_followTheBooking_whenItMovesAndWhenItIsCancelled() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Person talent = person("Europe/London", false);
        UUID submission = UUID.randomUUID();
        Instant first = now.plus(Duration.ofDays(3));
        Instant second = first.plus(Duration.ofDays(1));

        auditions.changed(event("casting.audition.booked", now), audition(talent, submission, first), false);
        sweepAt(first.minus(Duration.ofHours(23)));
        assertThat(reminders(talent)).singleElement().satisfies(reminder -> assertThat(reminder.subject()).startsWith("Reminder: audition for Maya Hart"));

        auditions.changed(event("casting.audition.booked", now.plusSeconds(1)), audition(talent, submission, second), false);
        SentMessage moved = with(talent, "Moved: audition for Maya Hart");
        assertThat(moved.attachments().get(0).content()).contains("SEQUENCE:1").contains("UID:audition-" + submission + "-1@slate");
        sweepAt(first.minus(Duration.ofHours(1)));
        assertThat(reminders(talent)).as("the old time's 2-hour reminder moved with the booking").hasSize(1);

        sweepAt(second.minus(Duration.ofHours(23)));
        assertThat(reminders(talent)).hasSize(2);

        auditions.changed(event("casting.audition.cancelled", now.plusSeconds(2)), audition(talent, submission, second), true);
        assertThat(with(talent, "Cancelled: audition for Maya Hart").attachments().get(0).content())
                .contains("METHOD:CANCEL").contains("SEQUENCE:2").contains("STATUS:CANCELLED");
        sweepAt(second.minus(Duration.ofHours(1)));
        assertThat(reminders(talent)).as("a cancelled audition is not reminded").hasSize(2);
    }

    @Test
    void aSelfTapeReminder_stopsOnceTheTapeIsSent() {
        Instant now = Instant.now();
        Person talent = person("Asia/Riyadh", false);
        UUID selfTape = UUID.randomUUID();
        Instant due = now.plus(Duration.ofDays(2));
        reminders.selfTapeRequested(new SelfTapeRequested(selfTape, UUID.randomUUID(), "Maya Hart", "The Glass Orchard", due,
                List.of(talent.id().toString())), now);

        sweepAt(due.minus(Duration.ofHours(23)));
        assertThat(to(talent)).extracting(SentMessage::subject).singleElement().asString().startsWith("Reminder: self-tape for Maya Hart due");

        reminders.selfTapeAnswered(selfTape);
        sweepAt(due.minus(Duration.ofHours(1)));
        assertThat(to(talent)).hasSize(1);
    }

    @Test
    void invitedTalent_hearTwoDaysBeforeTheRoleCloses_unlessTheySubmitted() {
        Instant now = Instant.now();
        Person waiting = person("Europe/London", false);
        Person submitted = person("Europe/London", false);
        UUID role = UUID.randomUUID();
        Instant closes = now.plus(Duration.ofDays(5));
        reminders.roleInvited(new RoleInvited(role, "Maya Hart", "The Glass Orchard", closes,
                List.of(waiting.id().toString(), submitted.id().toString())), now);
        reminders.submitted(role, submitted.id().toString());

        sweepAt(closes.minus(Duration.ofHours(47)));

        assertThat(to(waiting)).extracting(SentMessage::subject).containsExactly("Maya Hart closes soon");
        assertThat(to(submitted)).isEmpty();
    }

    @Test
    void theWelcomeJourney_greetsAtOnce_andNudgesTalentAboutTheirProfile_unlessItIsComplete() {
        Instant now = Instant.now();
        Person newcomer = person("Europe/London", false);
        Person thorough = person("Europe/London", false);
        Person director = person("Europe/London", false);
        journeys.registered(new AccountChanged(newcomer.id(), newcomer.address(), "Kwame", Set.of("talent"), "self", null, null), now);
        journeys.registered(new AccountChanged(thorough.id(), thorough.address(), "Kwame", Set.of("talent"), "self", null, null), now);
        journeys.registered(new AccountChanged(director.id(), director.address(), "Mariam", Set.of("casting"), "self", null, null), now);
        journeys.profileChanged(new ProfileChanged(UUID.randomUUID(), thorough.id().toString(), 3, true, null, 92), now);

        sweepAt(now.plus(Duration.ofMinutes(6)));
        assertThat(to(newcomer)).extracting(SentMessage::subject).containsExactly("Welcome to Slate");

        sweepAt(now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(1)));
        assertThat(to(newcomer)).extracting(SentMessage::subject).containsExactly("Welcome to Slate", "Finish your profile to be found");
        assertThat(to(thorough)).extracting(SentMessage::subject).containsExactly("Welcome to Slate");
        assertThat(to(director)).extracting(SentMessage::subject).containsExactly("Welcome to Slate");
    }

    @Test
    void aProfileUnderHalfComplete_isNudgedAfterThreeDays_unlessItCrossesHalfMeanwhile() {
        Instant now = Instant.now();
        Person stalled = person("Europe/London", false);
        Person improving = person("Europe/London", false);
        journeys.profileChanged(new ProfileChanged(UUID.randomUUID(), stalled.id().toString(), 1, false, null, 30), now);
        journeys.profileChanged(new ProfileChanged(UUID.randomUUID(), improving.id().toString(), 1, false, null, 30), now);
        journeys.profileChanged(new ProfileChanged(UUID.randomUUID(), improving.id().toString(), 2, false, null, 65), now);

        sweepAt(now.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(1)));

        assertThat(to(stalled)).extracting(SentMessage::subject).containsExactly("Finish your profile to be found");
        assertThat(to(improving)).isEmpty();
    }

    @Test
    void sixtyDaysAway_bringsAComeBack_butAnotherDaysVisitMovesIt() {
        Instant now = Instant.now();
        Person away = person("Europe/London", false);
        Person back = person("Europe/London", false);
        lifecycle.moment("active", away.id(), "any", now);
        lifecycle.moment("active", back.id(), "any", now);
        lifecycle.moment("active", back.id(), "any", now.plus(Duration.ofDays(10)));

        sweepAt(now.plus(Duration.ofDays(60)).plus(Duration.ofMinutes(1)));

        assertThat(to(away)).extracting(SentMessage::subject).containsExactly("New roles are waiting on Slate");
        assertThat(to(back)).isEmpty();
    }

    @Test
    void aDigest_gathersTheSubmissionsOfItsWindow_countingEachOnce() {
        Instant now = Instant.now();
        Person director = person("Europe/London", false);
        UUID maya = UUID.randomUUID();
        UUID tom = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        digests.gather(submitted(director, first, maya, "Maya Hart"), now);
        digests.gather(submitted(director, UUID.randomUUID(), maya, "Maya Hart"), now);
        digests.gather(submitted(director, UUID.randomUUID(), tom, "Young Tom"), now);
        digests.gather(submitted(director, first, maya, "Maya Hart"), now);

        sweepAt(now.plus(Duration.ofMinutes(30)));
        assertThat(to(director)).as("the window is still open").isEmpty();

        sweepAt(now.plus(Duration.ofMinutes(61)));
        SentMessage digest = to(director).get(0);
        assertThat(digest.subject()).isEqualTo("3 new submissions for your roles");
        assertThat(digest.text()).contains("- Maya Hart (The Glass Orchard): 2").contains("/roles/" + maya + "/submissions")
                .contains("- Young Tom (The Glass Orchard): 1");

        Instant later = now.plus(Duration.ofMinutes(62));
        digests.gather(submitted(director, UUID.randomUUID(), tom, "Young Tom"), later);
        sweepAt(later.plus(Duration.ofMinutes(61)));
        assertThat(to(director)).extracting(SentMessage::subject)
                .containsExactly("3 new submissions for your roles", "1 new submission for your roles");
    }

    /** Runs the schedule function as of {@code time} until it finds nothing more to send. */
    private static void sweepAt(Instant time) {
        String scheduled = Events.read("notifications-schedule", "schedule.json").replace("2026-11-22T09:20:00Z", time.toString());
        for (int pass = 0; pass < 30; pass++) {
            JsonPath swept = given().contentType(ContentType.JSON).body(scheduled).post("/_lambda_")
                    .then().statusCode(200).extract().jsonPath();
            if (swept.getInt("sent") + swept.getInt("failed") == 0) {
                return;
            }
        }
    }

    /** A zone (by name) where it is now this hour of the day. */
    private static String zoneAtHour(Instant now, int hour) {
        int offset = Math.floorMod(hour - now.atZone(ZoneOffset.UTC).getHour() + 12, 24) - 12;
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + -offset);
    }

    private Person person(String zone, boolean quietHours) {
        UUID id = UUID.randomUUID();
        String address = "person-" + id + "@example.com";
        contacts.remember(new AccountChanged(id, address, "Kwame Mensah", Set.of("talent"), "self", null, null), Instant.now());
        preferences.update(id, null, zone, new QuietHoursSetting(quietHours, LocalTime.of(21, 0), LocalTime.of(8, 0)), List.of())
                .await().indefinitely();
        return new Person(id, address);
    }

    private static EventEnvelope event(String type) {
        return event(type, Instant.now());
    }

    private static EventEnvelope event(String type, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), type, "test", UUID.randomUUID().toString(), at, null);
    }

    private static SubmissionStatusChanged offer(Person... to) {
        return new SubmissionStatusChanged(UUID.randomUUID(), UUID.randomUUID(), "Maya Hart", "The Glass Orchard", "talent", "CALLBACK", "OFFERED",
                null, "casting-director", Instant.now(), List.of(to).stream().map(p -> p.id().toString()).toList());
    }

    private static SubmissionStatusChanged submitted(Person team, UUID submission, UUID role, String roleName) {
        return new SubmissionStatusChanged(submission, role, roleName, "The Glass Orchard", "talent", null, "SUBMITTED", null, "talent",
                Instant.now(), List.of(team.id().toString()));
    }

    private static AuditionChanged audition(Person talent, UUID submission, Instant startsAt) {
        return new AuditionChanged(UUID.randomUUID(), submission, talent.id().toString(), "Maya Hart", "The Glass Orchard", 1, startsAt, 20,
                "Europe/London", "IN_PERSON", "Spotlight Studios, 7 Leicester Place, London WC2H 7BP", null,
                List.of(talent.id().toString()), List.of(talent.id().toString(), "casting-director"));
    }

    private List<SentMessage> reminders(Person person) {
        return to(person).stream().filter(email -> email.subject().startsWith("Reminder:")).toList();
    }

    private SentMessage with(Person person, String subject) {
        return to(person).stream().filter(email -> email.subject().equals(subject)).findFirst().orElseThrow();
    }

    private List<SentMessage> to(Person person) {
        return SesStore.emails(ses).stream().filter(email -> email.to().contains(person.address())).toList();
    }
}
