package app.slate.ingestion.api;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An admin's corrections to a drafted casting call; fields left out keep their value. */
public record DraftChanges(
        @Size(min = 1, max = 200) String title,
        @Size(max = 200) String company,
        @Pattern(regexp = "FILM|SERIES|SHORT|COMMERCIAL|THEATRE|MUSIC_VIDEO|VOICE|GAME|MODELLING|OTHER", message = "must be a project type such as FILM") String projectType,
        @Size(min = 1, max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant deadline,
        @Min(0) @Max(110) Integer ageMin,
        @Min(0) @Max(110) Integer ageMax,
        @Size(max = 3) List<@Pattern(regexp = "FEMALE|MALE|NON_BINARY", message = "must be FEMALE, MALE or NON_BINARY") String> genders,
        @DecimalMin("0") BigDecimal payAmount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String payCurrency,
        @Pattern(regexp = "HOUR|DAY|WEEK|FLAT", message = "must be HOUR, DAY, WEEK or FLAT") String payPeriod,
        @Prose @Size(max = 4000) String requirements,
        @Prose @Size(max = 300) String contact,
        @Prose @Size(min = 1, max = 4000) String description) {
}
