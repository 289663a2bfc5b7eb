package app.slate.platform.events;

import static app.slate.platform.events.Subscriber.CASTING_CALL_INGESTION;
import static app.slate.platform.events.Subscriber.MATCHING;
import static app.slate.platform.events.Subscriber.NOTIFICATIONS;
import static app.slate.platform.events.Subscriber.SCRIPT_ANALYSIS;
import static app.slate.platform.events.Subscriber.SEARCH_INDEXER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The casting events on the wire, shared by the functions that write them (casting-api, the
 * deadline job, scripts-api, ingestion-api) and those that consume them. Events
 * that reach people name their {@code recipients}: the writer knows who the team and the talent
 * are, so the notifications worker needs no database.
 */
public final class CastingEvents {

    public static final String PROJECT_AGGREGATE = "project";
    public static final String ROLE_AGGREGATE = "casting-role";
    public static final String SUBMISSION_AGGREGATE = "submission";
    public static final String SELF_TAPE_AGGREGATE = "self-tape";
    public static final String AUDITION_AGGREGATE = "audition-slot";
    public static final String SCRIPT_AGGREGATE = "script";
    public static final String INGESTION_AGGREGATE = "ingestion-message";

    public static final EventType<RoleChanged> ROLE_CHANGED =
            EventType.routed("casting.role.changed", ROLE_AGGREGATE, RoleChanged.class, SEARCH_INDEXER, MATCHING);
    /** Someone was asked to join a project's casting team, by email: they may not be on Slate yet. */
    public static final EventType<CollaboratorInvited> COLLABORATOR_INVITED = EventType.routed(
            "casting.collaborator.invited", PROJECT_AGGREGATE, CollaboratorInvited.class, NOTIFICATIONS);
    public static final EventType<RoleInvited> ROLE_INVITED =
            EventType.routed("casting.role.invited", ROLE_AGGREGATE, RoleInvited.class, NOTIFICATIONS);
    public static final EventType<SubmissionStatusChanged> SUBMISSION_STATUS_CHANGED = EventType.routed(
            "casting.submission.status-changed", SUBMISSION_AGGREGATE, SubmissionStatusChanged.class, NOTIFICATIONS);
    public static final EventType<SelfTapeRequested> SELF_TAPE_REQUESTED =
            EventType.routed("casting.self-tape.requested", SELF_TAPE_AGGREGATE, SelfTapeRequested.class, NOTIFICATIONS);
    public static final EventType<SelfTapeAnswered> SELF_TAPE_ANSWERED =
            EventType.routed("casting.self-tape.answered", SELF_TAPE_AGGREGATE, SelfTapeAnswered.class, NOTIFICATIONS);
    public static final EventType<SelfTapeExpired> SELF_TAPE_EXPIRED =
            EventType.routed("casting.self-tape.expired", SELF_TAPE_AGGREGATE, SelfTapeExpired.class, NOTIFICATIONS);
    public static final EventType<AuditionChanged> AUDITION_BOOKED =
            EventType.routed("casting.audition.booked", AUDITION_AGGREGATE, AuditionChanged.class, NOTIFICATIONS);
    public static final EventType<AuditionChanged> AUDITION_CANCELLED =
            EventType.routed("casting.audition.cancelled", AUDITION_AGGREGATE, AuditionChanged.class, NOTIFICATIONS);
    /** A screenplay was uploaded for analysis (script-analyzer). */
    public static final EventType<ScriptUploaded> SCRIPT_UPLOADED =
            EventType.routed("casting.script.uploaded", SCRIPT_AGGREGATE, ScriptUploaded.class, SCRIPT_ANALYSIS);
    /** Raw text a scraper put straight on the ingestion queue: {"source": "whatsapp", "sourceRef": "group or URL", "text": "..."}. */
    public static final EventType<RawCastingCall> INGESTION_RAW =
            EventType.routed("casting.ingestion.raw", INGESTION_AGGREGATE, RawCastingCall.class, CASTING_CALL_INGESTION);
    /** Raw text for casting-call ingestion was stored (casting-call-ingest). */
    public static final EventType<IngestionReceived> INGESTION_RECEIVED =
            EventType.routed("casting.ingestion.received", INGESTION_AGGREGATE, IngestionReceived.class, CASTING_CALL_INGESTION);

    private CastingEvents() {
    }

    /**
     * A role after a change. {@code document} is its role-board document, present while the role
     * is open and listed publicly; {@code version} orders changes in the index.
     */
    public record RoleChanged(UUID roleId, long version, boolean listed, JsonNode document) {
    }

    public record ScriptUploaded(UUID scriptId, UUID projectId) {
    }

    public record IngestionReceived(UUID messageId) {
    }

    public record RawCastingCall(String source, String sourceRef, String text) {
    }

    public record CollaboratorInvited(UUID projectId, String projectTitle, String email, String access, String invitedBy) {
    }

    public record RoleInvited(UUID roleId, String roleName, String projectTitle, Instant deadline, List<String> recipients) {
    }

    /** {@code talentId} is whose submission it is; {@code from} is null for a new submission, told to the team. */
    public record SubmissionStatusChanged(UUID submissionId, UUID roleId, String roleName, String projectTitle, String talentId,
                                          String from, String to, String reason, String actorId,
                                          Instant occurredAt, List<String> recipients) {
    }

    public record SelfTapeRequested(UUID selfTapeId, UUID submissionId, String roleName, String projectTitle,
                                    Instant deadline, List<String> recipients) {
    }

    /**
     * A booking (or a move to another slot) or a cancellation of an audition; {@code round} 2 and up
     * are callbacks. {@code recipients} are told (everyone but whoever did it); {@code attendees} are
     * everyone concerned: the talent, a guardian acting for them, and the project's team.
     */
    public record AuditionChanged(UUID slotId, UUID submissionId, String talentId, String roleName, String projectTitle, int round,
                                  Instant startsAt, int durationMinutes, String timeZone, String mode, String location,
                                  String meetingUrl, List<String> recipients, List<String> attendees) {
    }

    /** A self-tape request's deadline passed unanswered: the talent is told it closed. */
    public record SelfTapeExpired(UUID selfTapeId, UUID submissionId, String roleName, String projectTitle, Instant deadline,
                                  List<String> recipients) {
    }

    /** The talent answered a self-tape request (sent the tape, or declined): its reminders stop. */
    public record SelfTapeAnswered(UUID selfTapeId, UUID submissionId, String status) {
    }
}
