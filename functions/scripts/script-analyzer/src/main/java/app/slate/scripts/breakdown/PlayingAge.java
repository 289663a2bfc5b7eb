package app.slate.scripts.breakdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ages screenwriters write, read as the playing range a casting director would post:
 * <ul>
 *   <li>a decade, in figures or words ("30s", "40's", "thirties", "thirtysomething", "in her sixties"): the ten years;
 *       "early" the first four of them, "mid" the middle three, "late" the last three;</li>
 *   <li>"teenager" or "teenage": 13–19; "early teens" 13–15, "mid teens" 15–17, "late teens" 17–19;</li>
 *   <li>"pushing sixty": the late fifties; "fortyish" or "about 40": an exact age;</li>
 *   <li>an exact age, however it is given ("(34)", ", 8,", "AGE 3", "aged 12", "now 28", "34-year-old",
 *       "seventy-year-old", "8 years old", "a boy of ten"): a year either side for a child, three either side for an adult,
 *       never crossing 18 (a minor is cast as a minor, an adult as an adult).</li>
 * </ul>
 */
public final class PlayingAge {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final String NUMBER_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String NUMBER = "(\\d{1,2}|" + NUMBER_WORD + ")";

    private static final Pattern DECADE = Pattern.compile("(?i)\\b(?:(early|mid|late)[- ]?)?(?:(\\d)0[’']?s|(twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:ies|y[- ]?something))\\b");
    private static final Pattern TEEN = Pattern.compile("(?i)\\b(?:(early|mid|late)[- ]?)?teen(?:age|ager|aged)?s?\\b");
    private static final Pattern PUSHING = Pattern.compile("(?i)\\bpushing\\s+" + NUMBER + "\\b");
    private static final Pattern ABOUT = Pattern.compile("(?i)\\b(?:" + NUMBER + "[- ]?ish|(?:about|around|roughly)\\s+" + NUMBER + ")\\b");
    /** "a boy of ten", "a woman of 40": a person, then "of" and the age. */
    private static final Pattern PERSON_OF = Pattern.compile("(?i)\\b(?:boy|girl|man|woman|child|kid|lad|lass|person)\\s+of\\s+(?:about\\s+)?" + NUMBER + "\\b");
    private static final Pattern YEARS_OLD = Pattern.compile("(?i)\\b" + NUMBER + "[- ]years?[- ]old\\b");
    private static final Pattern STATED = Pattern.compile("(?i)\\b(?:age|aged|now)\\s+" + NUMBER + "\\b");
    /** A bare number is an age only where introductions put one: alone in the parenthesis, or between commas after the name. */
    private static final Pattern BARE = Pattern.compile("(?i)^\\s*+,?\\s*+" + NUMBER + "\\s*+(?:[,.;:)]|and\\b|$)");

    private PlayingAge() {
    }

    /** The range the text gives, or null; a bare number counts only when {@code bareNumberAllowed} (right after the name). */
    public static int[] read(String text, boolean bareNumberAllowed) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int[] best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher decade = DECADE.matcher(text);
        if (decade.find()) {
            best = decade(decade);
            bestAt = decade.start();
        }
        for (Pattern exact : new Pattern[] {YEARS_OLD, STATED, PERSON_OF}) {
            Matcher m = exact.matcher(text);
            if (m.find() && m.start() < bestAt) {
                best = around(number(m.group(1)));
                bestAt = m.start();
            }
        }
        Matcher about = ABOUT.matcher(text);
        if (about.find() && about.start() < bestAt) {
            best = around(number(about.group(1) != null ? about.group(1) : about.group(2)));
            bestAt = about.start();
        }
        Matcher pushing = PUSHING.matcher(text);
        if (pushing.find() && pushing.start() < bestAt && number(pushing.group(1)) % 10 == 0) {
            int next = number(pushing.group(1));
            best = new int[] {next - 3, next - 1};
            bestAt = pushing.start();
        }
        Matcher teen = TEEN.matcher(text);
        if (teen.find() && teen.start() < bestAt) {
            String part = teen.group(1) == null ? "" : teen.group(1).toLowerCase(Locale.ROOT);
            best = switch (part) {
                case "early" -> new int[] {13, 15};
                case "mid" -> new int[] {15, 17};
                case "late" -> new int[] {17, 19};
                default -> new int[] {13, 19};
            };
            bestAt = teen.start();
        }
        if (bareNumberAllowed) {
            Matcher bare = BARE.matcher(text);
            if (bare.find() && bare.start() <= bestAt) {
                best = around(number(bare.group(1)));
            }
        }
        return best;
    }

    private static int[] decade(Matcher m) {
        int base = m.group(2) != null ? Integer.parseInt(m.group(2)) * 10 : TENS.get(stem(m.group(3)));
        String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        return switch (part) {
            case "early" -> new int[] {base, base + 3};
            case "mid" -> new int[] {base + 4, base + 6};
            case "late" -> new int[] {base + 7, base + 9};
            default -> new int[] {base, base + 9};
        };
    }

    private static String stem(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return p.equals("eight") ? "eighty" : p + "y";
    }

    private static int[] around(int years) {
        if (years < 18) {
            return new int[] {Math.max(0, years - 1), Math.min(17, years + 1)};
        }
        return new int[] {Math.max(18, years - 3), years + 3};
    }

    static int number(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (Character.isDigit(t.charAt(0))) {
            return Integer.parseInt(t);
        }
        String[] parts = t.split("[- ]");
        int value = TENS.containsKey(parts[0]) ? TENS.get(parts[0]) : UNITS.get(parts[0]);
        return parts.length > 1 ? value + UNITS.get(parts[1]) : value;
    }
}
