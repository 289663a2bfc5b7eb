package app.slate.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An award won or a nomination. */
public record Award(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1900) @Max(2100) Integer year,
        @Size(max = 200) String category,
        @NotNull Result result) {

    public enum Result { WON, NOMINATED }
}
