package app.slate.scripts.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A character cue: the name, and its extensions such as (V.O.), (O.S.) or (CONT'D), which say
 * how the line is heard, not who speaks it. "MAYA (V.O.)" and "MAYA (CONT'D)" are both Maya.
 */
public record Cue(String name, List<String> extensions) {

    private static final Pattern EXTENSION = Pattern.compile("\\(([^)]*)\\)");

    public static Cue parse(String line) {
        String text = line.trim();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        if (text.endsWith("^")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        List<String> extensions = new ArrayList<>();
        Matcher m = EXTENSION.matcher(text);
        while (m.find()) {
            extensions.add(m.group(1).trim().toUpperCase(Locale.ROOT).replace('’', '\''));
        }
        String name = EXTENSION.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
        return new Cue(name, List.copyOf(extensions));
    }
}
