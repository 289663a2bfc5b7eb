package app.slate.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

public record Travel(boolean willingToTravel, @Min(0) @Max(20000) Integer maxDistanceKm, boolean hasPassport) {
}
