package app.slate.matching.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text a profile is embedded from: what it says about the work a talent does and wants to
 * do (range, languages, skills, credits, training, dream roles, bio). Names, contact and money
 * stay out: they say nothing about fit and would only add noise.
 */
public final class ProfileText {

    private ProfileText() {
    }

    public static String of(TalentFeatures t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.gender().toLowerCase().replace('_', ' ') + " performer, playing ages " + t.ageMin() + " to " + t.ageMax()
                + ", based in " + t.city() + ", " + t.country() + ".");
        if (!t.languages().isEmpty()) {
            parts.add("Languages: " + t.languages().stream().map(l -> l.code() + " " + l.proficiency().toLowerCase()
                    + (l.accents().isEmpty() ? "" : " (" + String.join(", ", l.accents()) + ")")).collect(Collectors.joining("; ")) + ".");
        }
        if (!t.skills().isEmpty()) {
            parts.add("Skills: " + String.join(", ", t.skills()) + ".");
        }
        if (!t.credits().isEmpty()) {
            parts.add("Credits: " + t.credits().stream().map(c -> c.title() + " (" + c.type().toLowerCase().replace('_', ' ')
                    + (c.role() == null ? "" : ", as " + c.role()) + ", " + c.year() + ")").collect(Collectors.joining("; ")) + ".");
        }
        if (t.training() != null && !t.training().isBlank()) {
            parts.add("Training: " + t.training() + ".");
        }
        if (!t.dreamRoles().isEmpty()) {
            parts.add("Wants to play: " + String.join("; ", t.dreamRoles()) + ".");
        }
        if (t.bio() != null && !t.bio().isBlank()) {
            parts.add(t.bio());
        }
        return String.join(" ", parts);
    }

    /** The dream roles alone, embedded apart so that the dream-role factor compares like with like. */
    public static String dreamRoles(TalentFeatures t) {
        return String.join("; ", t.dreamRoles());
    }
}
