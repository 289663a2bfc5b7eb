package app.slate.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.CastingEvents.RoleInvited;
import app.slate.platform.events.CastingEvents.SelfTapeRequested;
import app.slate.platform.events.CastingEvents.SubmissionStatusChanged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxTemplatesTest {

    private static final UUID ROLE = UUID.randomUUID();
    private static final UUID SUBMISSION = UUID.randomUUID();
    private static final Instant DEADLINE = Instant.parse("2027-01-15T18:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-12-03T14:30:00Z");
    private static final List<String> TO = List.of("talent-1");

    @Test
    void everyInboxEventType_hasWordsAndALink() {
        Map<String, InboxTemplates.Message> messages = Map.of(
                "invited", InboxTemplates.invited(new RoleInvited(ROLE, "Maya Hart", "The Glass Orchard", DEADLINE, TO)),
                "status", InboxTemplates.statusChanged(new SubmissionStatusChanged(SUBMISSION, ROLE, "Maya Hart", "The Glass Orchard",
                        "talent-1", "SHORTLISTED", "CALLBACK", null, "casting-1", STARTS, TO)),
                "self-tape", InboxTemplates.selfTapeRequested(new SelfTapeRequested(UUID.randomUUID(), SUBMISSION, "Maya Hart",
                        "The Glass Orchard", DEADLINE, TO)),
                "booked", InboxTemplates.audition(audition("Asia/Riyadh"), true),
                "cancelled", InboxTemplates.audition(audition("Asia/Riyadh"), false));
        messages.forEach((type, message) -> {
            assertThat(message).as(type).isNotNull();
            assertThat(message.title()).as(type).isNotBlank();
            assertThat(message.link()).as(type).startsWith("/");
        });
    }

    @Test
    void auditionTimes_areWrittenInTheSlotsOwnZone() {
        InboxTemplates.Message message = InboxTemplates.audition(audition("Asia/Riyadh"), false);

        assertThat(message.title()).isEqualTo("Audition cancelled: Maya Hart");
        assertThat(message.body()).startsWith("Thu 3 Dec 2026, 17:30 GMT+03:00 · online");
    }

    private static AuditionChanged audition(String zone) {
        return new AuditionChanged(UUID.randomUUID(), SUBMISSION, "talent-1", "Maya Hart", "P", 1, STARTS, 20, zone, "VIRTUAL", null, "https://meet.example.com/maya", TO, TO);
    }
}
