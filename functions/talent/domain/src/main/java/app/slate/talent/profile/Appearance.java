package app.slate.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Physical attributes; ethnicity is optional and in the talent's own words. */
public record Appearance(
        @Min(50) @Max(250) Integer heightCm,
        Build build,
        HairColor hairColor,
        EyeColor eyeColor,
        @Size(max = 80) String ethnicity) {

    public enum Build { SLIM, ATHLETIC, AVERAGE, MUSCULAR, CURVY, HEAVYSET, PETITE }

    public enum HairColor { BLACK, BROWN, BLONDE, RED, AUBURN, GREY, WHITE, BALD, OTHER }

    public enum EyeColor { BROWN, BLUE, GREEN, HAZEL, GREY, AMBER, OTHER }
}
