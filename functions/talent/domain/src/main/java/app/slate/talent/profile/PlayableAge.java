package app.slate.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The ages a talent can convincingly play, which casting filters on rather than the real age. */
public record PlayableAge(@NotNull @Min(0) @Max(110) Integer min, @NotNull @Min(0) @Max(110) Integer max) {
}
