package app.slate.casting.flier;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a flier says in the project's language: its labels from {@code fliers/wording*.properties}
 * (English, Arabic, French and Spanish, the languages a project may choose).
 */
final class FlierWording {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private FlierWording(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static FlierWording of(Locale locale) {
        return new FlierWording(ResourceBundle.getBundle("fliers/wording", locale, FlierWording.class.getClassLoader(), NO_FALLBACK));
    }

    String say(String key) {
        return bundle.getString(key);
    }

    /** A phrase with one value in it, such as "{0} a day". */
    String say(String key, String value) {
        return say(key).replace("{0}", value);
    }
}
