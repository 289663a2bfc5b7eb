package app.slate.search.saved;

import app.slate.platform.problem.ProblemException;
import jakarta.validation.constraints.Size;

/**
 * What a saved search is called and how often it alerts, on saving it (its criteria are the
 * request's query string, exactly the parameters of the search itself); on a change, any of them.
 */
public record SavedSearchRequest(@Size(max = 80) String name, AlertFrequency frequency, Boolean paused) {

    public String requiredName() {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "A saved search needs a name.");
        }
        return name.strip();
    }
}
