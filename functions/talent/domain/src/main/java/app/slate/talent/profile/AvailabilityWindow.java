package app.slate.talent.profile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One entry of the availability calendar, inclusive of both days. */
public record AvailabilityWindow(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull Status status,
                                 @Size(max = 200) String note) {

    public enum Status { AVAILABLE, TENTATIVE, UNAVAILABLE }
}
