package app.slate.scripts.api;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a drafted role before it is approved; fields left out keep their value. */
public record DraftEdit(
        @Pattern(regexp = "LEAD|SUPPORTING|DAY_PLAYER|RECURRING|GUEST|BACKGROUND|VOICE|HOST|MODEL|DANCER|OTHER",
                message = "must be a role kind such as SUPPORTING") String kind,
        @Min(0) @Max(110) Integer ageMin,
        @Min(0) @Max(110) Integer ageMax,
        @Pattern(regexp = "FEMALE|MALE|NON_BINARY|TRANSGENDER_FEMALE|TRANSGENDER_MALE|OTHER",
                message = "must be a gender such as FEMALE") String gender,
        @Prose @Size(min = 1, max = 4000) String description) {
}
