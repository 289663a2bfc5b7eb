package app.slate.casting.audition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A slot as one viewer sees it: the instant in UTC, and the same moment on the viewer's own
 * clock. {@code submissionId} shows only to the team and to the talent who holds the slot.
 */
public record SlotView(UUID id, UUID roleId, int round, boolean callback, AuditionSlot.Mode mode, Instant startsAt, Instant endsAt,
                       String plannedTimeZone, LocalTime local, String location, String meetingUrl, Status status,
                       UUID submissionId) {

    public enum Status { OPEN, BOOKED, CANCELLED }

    /** Wall-clock start and end in {@code timeZone}, with its UTC offset at that moment. */
    public record LocalTime(String startsAt, String endsAt, String timeZone) {
    }

    static SlotView of(AuditionSlot slot, ZoneId viewerZone, boolean showBooking) {
        Instant ends = slot.startsAt.plusSeconds(slot.durationMinutes * 60L);
        ZoneId zone = viewerZone == null ? ZoneId.of(slot.timeZone) : viewerZone;
        Status status = slot.cancelledAt != null ? Status.CANCELLED : slot.submissionId != null ? Status.BOOKED : Status.OPEN;
        return new SlotView(slot.id, slot.roleId, slot.round, slot.round > 1, AuditionSlot.Mode.valueOf(slot.mode), slot.startsAt, ends,
                slot.timeZone, new LocalTime(slot.startsAt.atZone(zone).toOffsetDateTime().toString(),
                        ends.atZone(zone).toOffsetDateTime().toString(), zone.getId()),
                slot.location, slot.meetingUrl, status, showBooking ? slot.submissionId : null);
    }
}
