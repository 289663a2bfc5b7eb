package app.slate.casting.audition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A batch of slots for one round, in the planner's own wall-clock time and zone (IANA, such as
 * Europe/London); they are stored in UTC. Round 1 is the first audition, 2 and up are callbacks.
 */
public record SlotPlan(
        @Min(1) @Max(10) int round,
        @NotNull AuditionSlot.Mode mode,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 300) String location,
        @Size(max = 2048) String meetingUrl,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Slot> slots) {

    public record Slot(@NotNull LocalDateTime startsAt, @Min(5) @Max(480) int durationMinutes) {
    }
}
