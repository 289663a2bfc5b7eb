package app.slate.platform.text;

import java.util.List;
import java.util.Locale;

/**
 * The one spelling of free-form keywords (skills, accents, cities) that profiles, roles and the
 * indices built from them store, so that they compare: "Stage Combat" finds "stage combat".
 */
public final class Keywords {

    private Keywords() {
    }

    public static String term(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    public static List<String> terms(List<String> texts) {
        return texts == null ? null : texts.stream().map(Keywords::term).toList();
    }
}
