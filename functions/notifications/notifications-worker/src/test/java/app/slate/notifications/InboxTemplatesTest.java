package app.slate.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.events.CastingEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class InboxTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyInboxEventType_hasWordsAndALink() {
        ObjectNode facts = JSON.createObjectNode()
                .put("roleId", "r1").put("submissionId", "s1").put("roleName", "Maya Hart").put("projectTitle", "The Glass Orchard")
                .put("to", "CALLBACK").put("deadline", "2027-01-15T18:00:00Z").put("startsAt", "2026-12-03T14:30:00Z")
                .put("timeZone", "Asia/Riyadh").put("mode", "VIRTUAL").put("round", 1);
        for (String type : CastingEvents.FOR_INBOX) {
            InboxTemplates.Message message = InboxTemplates.render(type, facts);
            assertThat(message).as(type).isNotNull();
            assertThat(message.title()).as(type).isNotBlank();
            assertThat(message.link()).as(type).startsWith("/");
        }
    }

    @Test
    void auditionTimes_areWrittenInTheSlotsOwnZone() {
        ObjectNode facts = JSON.createObjectNode().put("submissionId", "s1").put("roleName", "Maya Hart").put("projectTitle", "P")
                .put("startsAt", "2026-12-03T14:30:00Z").put("timeZone", "Asia/Riyadh").put("mode", "VIRTUAL").put("round", 1);

        InboxTemplates.Message message = InboxTemplates.render(CastingEvents.AUDITION_CANCELLED, facts);

        assertThat(message.title()).isEqualTo("Audition cancelled: Maya Hart");
        assertThat(message.body()).startsWith("Thu 3 Dec 2026, 17:30 GMT+03:00 · online");
    }

    @Test
    void anEventTypeWithoutATemplate_isNotForTheInbox() {
        assertThat(InboxTemplates.render(CastingEvents.ROLE_CHANGED, JSON.createObjectNode())).isNull();
    }
}
