package app.slate.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * What moderation tells people, through notifications: reporters hear how their report ended
 * (trust-api, with the decision), the owner of a role or a media asset hears why moderators took it
 * down (casting-api, media-api, with the takedown). Neither names the reporters to anyone.
 */
public final class ModerationEvents {

    public static final String AGGREGATE = "moderation";

    public static final EventType<ReportDecided> REPORT_DECIDED =
            EventType.routed("moderation.report-decided", AGGREGATE, ReportDecided.class, Subscriber.NOTIFICATIONS);
    public static final EventType<TakenDown> TAKEN_DOWN =
            EventType.routed("moderation.taken-down", AGGREGATE, TakenDown.class, Subscriber.NOTIFICATIONS);

    /** {@code subjectKind}: PROFILE, ROLE, ACCOUNT or MEDIA; {@code actioned}: something was done about it (else: no breach found). */
    public record ReportDecided(UUID caseId, String subjectKind, boolean actioned, List<UUID> reporters) {
    }

    /** {@code kind}: ROLE or MEDIA; {@code what} names the object for its owner; {@code reason} is the moderators' words. */
    public record TakenDown(String kind, UUID objectId, String what, String reason, List<UUID> owners) {
    }

    private ModerationEvents() {
    }
}
