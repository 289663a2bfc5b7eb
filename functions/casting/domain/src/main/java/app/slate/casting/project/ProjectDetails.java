package app.slate.casting.project;

import app.slate.platform.input.Prose;
import app.slate.platform.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as its owner writes it. A confidential project is listed on the role board without
 * its title or production company. Its locale is the language of its casting material: English for
 * a new project that gives none, unchanged when a replacement leaves it out.
 */
public record ProjectDetails(
        @NotBlank @Size(max = 200) String title,
        @NotNull ProjectType type,
        @Size(max = 200) String productionCompany,
        LocalDate startsOn,
        LocalDate endsOn,
        @NotNull @Size(max = 10) List<@Valid @NotNull ProjectLocation> locations,
        @NotNull @Pattern(regexp = "UNION|NON_UNION|MIXED", message = "must be UNION, NON_UNION or MIXED") String union,
        boolean confidential,
        @Prose @Size(max = 2000) String logline,
        @Pattern(regexp = LOCALES, message = "must be a language Slate writes casting material in (en, ar, fr or es), "
                + "optionally with a region such as ar-SA") String locale) {

    /** What Slate has wording for; the region, when given, sets how dates, numbers and money read. */
    public static final String LOCALES = "(en|ar|fr|es)(-[A-Z]{2})?";

    void check() {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
    }
}
