package app.slate.casting.audition;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An audition slot: a start in UTC, with the zone it was planned in. Bookings change it only
 * through conditional updates (see {@link AuditionService}), never by loading and saving, so two
 * people cannot both take it.
 */
@Entity
@Table(name = "audition_slots")
public class AuditionSlot extends PanacheEntityBase {

    public enum Mode { IN_PERSON, VIRTUAL }

    @Id
    public UUID id;

    @Column(name = "role_id", updatable = false)
    public UUID roleId;

    public int round;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String mode;

    @Column(name = "time_zone")
    public String timeZone;

    public String location;

    @Column(name = "meeting_url")
    public String meetingUrl;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "booked_by")
    public String bookedBy;

    @Column(name = "booked_at")
    public Instant bookedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
