package app.slate.matching.role;

import java.util.ArrayList;
import java.util.List;

/** The text a role is embedded from: the part, the medium and what the breakdown asks for. */
public final class RoleText {

    private RoleText() {
    }

    public static String of(RoleFeatures r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.kind().toLowerCase().replace('_', ' ') + " role " + r.name() + " in a "
                + r.projectType().toLowerCase().replace('_', ' ') + ", playing ages " + r.ageMin() + " to " + r.ageMax()
                + (r.genders().isEmpty() ? "" : ", " + String.join(" or ", r.genders()).toLowerCase().replace('_', ' ')) + ".");
        parts.add(r.description());
        if (!r.languages().isEmpty()) {
            parts.add("Languages: " + String.join(", ", r.languages())
                    + (r.accents().isEmpty() ? "" : "; accents: " + String.join(", ", r.accents())) + ".");
        }
        if (!r.skills().isEmpty()) {
            parts.add("Skills: " + String.join(", ", r.skills()) + ".");
        }
        parts.add("Shooting in " + r.city() + ", " + r.country() + ".");
        return String.join(" ", parts);
    }
}
