package app.slate.talent.profile;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules that span several fields of a profile, checked after the per-field constraints. */
final class ProfileRules {

    private static final int OLDEST_AGE = 120;

    private ProfileRules() {
    }

    static void check(ProfileDetails profile) {
        List<FieldError> errors = new ArrayList<>();
        if (profile.playableAge().min() > profile.playableAge().max()) {
            errors.add(new FieldError("playableAge.min", "must not be greater than playableAge.max"));
        }
        if (profile.dateOfBirth().isBefore(LocalDate.now().minusYears(OLDEST_AGE))) {
            errors.add(new FieldError("dateOfBirth", "must be within the last " + OLDEST_AGE + " years"));
        }
        if ((profile.location().latitude() == null) != (profile.location().longitude() == null)) {
            errors.add(new FieldError("location", "latitude and longitude must be given together"));
        }
        for (int i = 0; i < profile.availability().size(); i++) {
            AvailabilityWindow window = profile.availability().get(i);
            if (window.to().isBefore(window.from())) {
                errors.add(new FieldError("availability[" + i + "].to", "must not be before from"));
            }
        }
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < profile.languages().size(); i++) {
            if (!languages.add(profile.languages().get(i).language())) {
                errors.add(new FieldError("languages[" + i + "].language", "is listed twice"));
            }
        }
        Set<String> countries = new HashSet<>();
        for (int i = 0; i < profile.workAuthorizations().size(); i++) {
            if (!countries.add(profile.workAuthorizations().get(i).country())) {
                errors.add(new FieldError("workAuthorizations[" + i + "].country", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
