package app.slate.casting.flier;

import app.slate.casting.project.Project;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.RoleDetails;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a flier whose role or project is written partly in letters its font lacks (Han,
 * Devanagari, Thai...): boxes in place of a role's name would be posted publicly, so the team
 * hears which field to change instead. Only the texts the flier prints are read.
 */
final class FlierLetters {

    private FlierLetters() {
    }

    static void require(CastingRole role, Project project) {
        List<FieldError> errors = new ArrayList<>();
        printed(role, project).forEach((field, text) -> FlierFonts.missingLetter(text).ifPresent(letter -> errors.add(new FieldError(field,
                "has " + script(letter) + " letters (\"" + Character.toString(letter) + "\"), which a flier cannot print yet"))));
        if (FlierPainter.tidy(FlierFonts.printable(role.name, FlierFonts.BOLD)).isEmpty()) {
            errors.add(new FieldError("role.name", "has only symbols that a flier leaves out, such as emoji"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("flier-unprintable", "Flier cannot be printed", 422,
                    "A flier prints Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic letters and leaves emoji and other "
                            + "symbols out, so the fields named below would not show on it as written.", errors));
        }
    }

    private static Map<String, String> printed(CastingRole role, Project project) {
        RoleDetails details = role.details;
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("role.name", role.name);
        texts.put("role.description", details.description());
        texts.put("role.location.city", details.location().city());
        texts.put("role.location.region", details.location().region());
        texts.put("role.pay.notes", details.pay().notes());
        for (int i = 0; i < details.skills().size(); i++) {
            texts.put("role.skills[" + i + "]", details.skills().get(i));
        }
        for (int i = 0; i < details.accents().size(); i++) {
            texts.put("role.accents[" + i + "]", details.accents().get(i));
        }
        if (!project.confidential) {
            texts.put("project.title", project.title);
        }
        texts.values().removeIf(text -> text == null);
        return texts;
    }

    /** "Han", "Devanagari": the script's name as Unicode gives it, in words. */
    private static String script(int letter) {
        String name = Character.UnicodeScript.of(letter).name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
