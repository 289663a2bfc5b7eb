package app.slate.scripts.parse;

import java.util.regex.Pattern;

/** What a line of a screenplay looks like, whatever format it came in. */
final class ScreenplayLines {

    private static final Pattern HEADING = Pattern.compile("^(INT|EXT|EST|INT\\./EXT|INT/EXT|I/E|E/I)[\\.\\s].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRANSITION = Pattern.compile("^[A-Z0-9 .'\\-]+TO:$|^FADE (IN|OUT)[.:]?$|^(FADE TO BLACK|SMASH CUT|CUT TO BLACK)[.:]?$");
    /** Capitals, digits and the punctuation names carry, then optional parenthesised extensions. */
    private static final Pattern CUE = Pattern.compile("^[A-Z][A-Z0-9 .'\\-]*[A-Z0-9.'](\\s*\\([^)]*\\))*\\s*\\^?$");

    private ScreenplayLines() {
    }

    static boolean heading(String line) {
        return HEADING.matcher(line.trim()).matches();
    }

    static boolean transition(String line) {
        return TRANSITION.matcher(line.trim()).matches();
    }

    /** A line that could be a character cue: capitals, a name's length, not a heading or a transition. */
    static boolean cue(String line) {
        String text = line.trim();
        return text.length() <= 50 && CUE.matcher(text).matches() && !heading(text) && !transition(text)
                && text.chars().anyMatch(Character::isLetter);
    }
}
