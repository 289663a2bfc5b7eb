package app.slate.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The casting events on the wire, shared by the functions that write them (casting-api, the
 * deadline job) and those that consume them (search-indexer, notifications-worker). Events
 * that reach people name their {@code recipients}: the writer knows who the team and the talent
 * are, so the notifications worker needs no database.
 */
public final class CastingEvents {

    public static final String ROLE_AGGREGATE = "casting-role";
    public static final String SUBMISSION_AGGREGATE = "submission";
    public static final String SELF_TAPE_AGGREGATE = "self-tape";
    public static final String AUDITION_AGGREGATE = "audition-slot";
    public static final String SCRIPT_AGGREGATE = "script";
    public static final String INGESTION_AGGREGATE = "ingestion-message";

    public static final String ROLE_CHANGED = "casting.role.changed";
    public static final String ROLE_INVITED = "casting.role.invited";
    public static final String SUBMISSION_STATUS_CHANGED = "casting.submission.status-changed";
    public static final String SELF_TAPE_REQUESTED = "casting.self-tape.requested";
    public static final String AUDITION_BOOKED = "casting.audition.booked";
    public static final String AUDITION_CANCELLED = "casting.audition.cancelled";
    /** A screenplay was uploaded for analysis (script-analyzer). */
    public static final String SCRIPT_UPLOADED = "casting.script.uploaded";
    /** Raw text for casting-call ingestion was stored (casting-call-ingest). */
    public static final String INGESTION_RECEIVED = "casting.ingestion.received";

    /** Every event type that ends in someone's inbox. */
    public static final List<String> FOR_INBOX = List.of(
            ROLE_INVITED, SUBMISSION_STATUS_CHANGED, SELF_TAPE_REQUESTED, AUDITION_BOOKED, AUDITION_CANCELLED);

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

    public record RoleInvited(UUID roleId, String roleName, String projectTitle, Instant deadline, List<String> recipients) {
    }

    public record SubmissionStatusChanged(UUID submissionId, UUID roleId, String roleName, String projectTitle,
                                          String from, String to, String reason, String actorId,
                                          Instant occurredAt, List<String> recipients) {
    }

    public record SelfTapeRequested(UUID selfTapeId, UUID submissionId, String roleName, String projectTitle,
                                    Instant deadline, List<String> recipients) {
    }

    /** A booking or a cancellation of an audition slot; {@code round} 2 and up are callbacks. */
    public record AuditionChanged(UUID slotId, UUID submissionId, String roleName, String projectTitle, int round,
                                  Instant startsAt, String timeZone, String mode, List<String> recipients) {
    }
}
