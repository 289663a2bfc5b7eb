package app.slate.notifications;

import app.slate.platform.events.CastingEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words of each inbox item, from the event's facts. One template per event type. */
final class InboxTemplates {

    record Message(String title, String body, String link) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Map<String, String> STATUS_TITLES = Map.of(
            "VIEWED", "Your submission was viewed",
            "SHORTLISTED", "You've been shortlisted",
            "SELF_TAPE_REQUESTED", "Self-tape requested",
            "CALLBACK", "You've got a callback",
            "OFFERED", "You've got an offer",
            "BOOKED", "You're booked",
            "DECLINED", "Not this time",
            "WITHDRAWN", "A submission was withdrawn");

    private InboxTemplates() {
    }

    /** Null for an event type that has no place in an inbox. */
    static Message render(String type, JsonNode p) {
        String where = p.path("roleName").asText() + " · " + p.path("projectTitle").asText();
        return switch (type) {
            case CastingEvents.ROLE_INVITED -> new Message("You're invited to submit for " + p.path("roleName").asText(),
                    p.path("projectTitle").asText() + " · submissions close " + day(p.path("deadline")), "/roles/" + p.path("roleId").asText());
            case CastingEvents.SUBMISSION_STATUS_CHANGED -> new Message(
                    STATUS_TITLES.getOrDefault(p.path("to").asText(), "Your submission was updated"), where,
                    "/submissions/" + p.path("submissionId").asText());
            case CastingEvents.SELF_TAPE_REQUESTED -> new Message("Self-tape requested for " + p.path("roleName").asText(),
                    p.path("projectTitle").asText() + " · due by " + when(p.path("deadline"), "UTC"),
                    "/submissions/" + p.path("submissionId").asText());
            case CastingEvents.AUDITION_BOOKED, CastingEvents.AUDITION_CANCELLED -> new Message(
                    (p.path("round").asInt(1) > 1 ? "Callback " : "Audition ")
                            + (CastingEvents.AUDITION_BOOKED.equals(type) ? "booked: " : "cancelled: ") + p.path("roleName").asText(),
                    when(p.path("startsAt"), p.path("timeZone").asText("UTC")) + " · "
                            + ("VIRTUAL".equals(p.path("mode").asText()) ? "online" : "in person") + " · " + p.path("projectTitle").asText(),
                    "/submissions/" + p.path("submissionId").asText());
            default -> null;
        };
    }

    private static String when(JsonNode instant, String zone) {
        return WHEN.format(Instant.parse(instant.asText()).atZone(ZoneId.of(zone)));
    }

    private static String day(JsonNode instant) {
        return DAY.format(Instant.parse(instant.asText()).atZone(ZoneId.of("UTC")));
    }
}
