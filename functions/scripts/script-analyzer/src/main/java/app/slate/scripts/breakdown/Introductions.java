package app.slate.scripts.breakdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the action first shows each character and reads what it says about them. The
 * screenwriter's convention is the name in capitals at first sight ("MAYA HART (30s)"), so that
 * is looked for first, then the name as it is usually written, then the name without a title
 * ("MAYOR TAVARES" introduced as "MAYOR INES TAVARES"). A longer name that holds this one
 * ("YOUNG MAYA" for MAYA) is someone else. Sentences that go on with a pronoun ("She does not
 * look up.") belong to the character; when the sentence introduced several, to the one named
 * there whose gender does not contradict the pronoun, if there is exactly one.
 */
final class Introductions {

    record Mention(int scene, String text) {
    }

    private record Span(int start, int end) {
    }

    private record Found(Mention mention, Span name) {
    }

    private static final Pattern TITLE = Pattern.compile("^(?:DR|MR|MRS|MS|MISS|SIR|LADY|LORD|DAME|NURSE|OFFICER|DETECTIVE|"
            + "CAPTAIN|FATHER|SISTER|MAYOR|PROFESSOR|AUNT|UNCLE|AGENT|SERGEANT|SGT|JUDGE)\\.?\\s+");
    private static final Pattern PRONOUN_START = Pattern.compile("^[\"'“]?(He|She|His|Her)\\b");
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "jr", "sr", "vs", "mt", "no", "prof", "sgt", "lt", "col", "gen", "capt");
    /** Someone introduced who never speaks: a name in capitals with an age after it ("a GUARD (50s)"). */
    private static final Pattern SILENT_PERSON = Pattern.compile("\\b[A-Z][A-Z'.\\-]{1,29}(?:\\s[A-Z][A-Z'.\\-]{1,29}){0,3}\\s?\\((?:\\d|AGE|[Ee]arly|[Mm]id|[Ll]ate)");
    private static final Pattern PARENTHESIS = Pattern.compile("^\\s*+\\(([^)]{0,80})\\)");
    /** Words of a name written around the one matched: "MAYA" in "MAYA HART", "TAVARES" in "MAYOR INES TAVARES", "Dr. Hannah Bell". */
    private static final Pattern CAPITALS_AFTER = Pattern.compile("^(?:\\s{1,3}[A-Z][A-Z'\\-]{1,29}(?![a-z.])){1,3}");
    private static final Pattern CAPITALS_BEFORE = Pattern.compile("(?:(?:[A-Z][A-Z'\\-]{1,29}|DR\\.|MR\\.|MRS\\.|MS\\.)\\s{1,3}){1,3}$");
    private static final Pattern WORDS_AFTER = Pattern.compile("^(?:\\s{1,3}[A-Z][a-z'\\-]{1,29}(?![a-z]))");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:Dr|Mr|Mrs|Ms|Miss)\\.?\\s{1,3}$");
    /** How far before a name its other words are looked for. */
    private static final int NAME_REACH = 100;

    private Introductions() {
    }

    /** One character's introducing sentence, the pronoun sentences after it, and what their own words say. */
    private record Reading(Mention mention, Span sentence, List<Span> goingOn, OwnWords own, int[] age) {
    }

    /** Each named character's introduction, looking in the action up to {@code until}'s scene for them (all of it when absent). */
    static Map<String, Introduction> of(List<String> names, List<Mention> actions, Map<String, Integer> until) {
        Cast cast = new Cast(names);
        Map<String, Reading> readings = new LinkedHashMap<>();
        for (String name : names) {
            Found f = find(name, cast, actions, until.getOrDefault(name, Integer.MAX_VALUE));
            if (f != null) {
                readings.put(name, read(name, f, cast));
            }
        }
        resolvePronouns(readings, cast);
        Map<String, Introduction> result = new LinkedHashMap<>();
        readings.forEach((name, r) -> {
            String text = r.mention().text();
            int end = r.goingOn().isEmpty() ? r.sentence().end() : r.goingOn().getLast().end();
            result.put(name, new Introduction(r.mention().scene(), text.substring(r.sentence().start(), end).strip(), r.own().gender(),
                    r.age() == null ? null : r.age()[0], r.age() == null ? null : r.age()[1]));
        });
        return result;
    }

    private static Reading read(String name, Found f, Cast cast) {
        String text = f.mention().text();
        List<Span> all = sentences(text);
        Span sentence = all.stream().filter(s -> s.start() <= f.name().start() && f.name().start() < s.end()).findFirst().orElseThrow();
        List<Span> people = people(text, sentence, cast);
        OwnWords own = new OwnWords();
        own.title(name);
        own.title(text.substring(f.name().start(), f.name().end()));
        Span before = people.stream().filter(p -> p.end() <= f.name().start()).max(Comparator.comparingInt(Span::end)).orElse(null);
        Span next = people.stream().filter(p -> p.start() >= f.name().end()).min(Comparator.comparingInt(Span::start)).orElse(null);
        String beforeText = text.substring(before == null ? sentence.start() : before.end(), f.name().start());
        String afterText = text.substring(f.name().end(), next == null ? sentence.end() : next.start());
        boolean apposition = beforeText.strip().endsWith(",") || beforeText.strip().endsWith(":");
        String[] phrases = beforeText.strip().replaceFirst("[,:]$", "").split("[,:;]");
        own.before(apposition && phrases.length > 0 ? phrases[phrases.length - 1] : beforeText, apposition);
        own.after(afterText, before != null && apposition);
        List<Span> goingOn = goingOn(text, all, sentence, cast);
        if (people.stream().allMatch(p -> overlaps(p, f.name()))) {
            goingOn.forEach(s -> own.pronoun(firstWord(text, s)));
        }
        return new Reading(f.mention(), sentence, goingOn, own, age(beforeText, afterText));
    }

    /** The parenthesis and the words right after the name first, then the rest of their own words, then those before. */
    private static int[] age(String before, String after) {
        Matcher parenthesis = PARENTHESIS.matcher(after);
        if (parenthesis.find()) {
            int[] age = PlayingAge.read(parenthesis.group(1), true);
            if (age != null) {
                return age;
            }
        }
        int[] age = PlayingAge.read(after, true);
        return age != null ? age : PlayingAge.read(before, false);
    }

    /**
     * A pronoun after a sentence that named several people goes to the one of them it can mean:
     * "GRACE (60s) fixes the collar of a young man, LEO (20s). She steps back." is Grace's.
     */
    private static void resolvePronouns(Map<String, Reading> readings, Cast cast) {
        readings.forEach((name, r) -> {
            if (r.goingOn().isEmpty()) {
                return;
            }
            String text = r.mention().text();
            String pronoun = OwnWords.pronounGender(firstWord(text, r.goingOn().getFirst()));
            List<String> named = castIn(text, r.sentence(), cast).stream().filter(n -> !n.equals(name)).toList();
            if (pronoun == null || named.isEmpty()) {
                return;
            }
            boolean othersCannot = named.stream().allMatch(n -> readings.containsKey(n) && readings.get(n).own().gender() != null
                    && !readings.get(n).own().gender().equals(pronoun));
            String mine = r.own().gender();
            if (othersCannot && (mine == null || mine.equals(pronoun))) {
                r.goingOn().forEach(s -> r.own().pronoun(firstWord(text, s)));
            }
        });
    }

    private static List<String> castIn(String text, Span sentence, Cast cast) {
        String part = text.substring(sentence.start(), sentence.end());
        return cast.names().stream().filter(n -> capitals(n, part, cast) != null).toList();
    }

    /** The sentences right after the introducing one that start with a pronoun and name nobody. */
    private static List<Span> goingOn(String text, List<Span> sentences, Span from, Cast cast) {
        List<Span> going = new ArrayList<>();
        for (Span s : sentences) {
            if (s.start() < from.end()) {
                continue;
            }
            if (!PRONOUN_START.matcher(text.substring(s.start(), s.end()).strip()).find() || !people(text, s, cast).isEmpty()) {
                break;
            }
            going.add(s);
        }
        return going;
    }

    private static String firstWord(String text, Span s) {
        Matcher m = PRONOUN_START.matcher(text.substring(s.start(), s.end()).strip());
        return m.find() ? m.group(1) : "";
    }

    /** Everyone named in capitals in the sentence: the cast, and silent people introduced with an age. */
    private static List<Span> people(String text, Span sentence, Cast cast) {
        String part = text.substring(sentence.start(), sentence.end());
        List<Span> people = new ArrayList<>();
        for (String name : cast.names()) {
            Span s = capitals(name, part, cast);
            if (s != null) {
                // Their parenthesis is theirs too: "GRACE (60s) fixes the collar of a young man, LEO" gives Leo no age.
                Matcher parenthesis = PARENTHESIS.matcher(part.substring(s.end()));
                int end = parenthesis.find() ? s.end() + parenthesis.end() : s.end();
                people.add(new Span(sentence.start() + s.start(), sentence.start() + end));
            }
        }
        Matcher silent = SILENT_PERSON.matcher(part);
        while (silent.find()) {
            Span s = new Span(sentence.start() + silent.start(), sentence.start() + silent.end());
            if (people.stream().noneMatch(p -> overlaps(p, s))) {
                people.add(s);
            }
        }
        return people;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static Found find(String name, Cast cast, List<Mention> actions, int until) {
        String untitled = TITLE.matcher(name).replaceFirst("");
        Pattern anyCase = Pattern.compile("(?i)(?<![a-z])" + Pattern.quote(name) + "(?![a-z])");
        List<Function<String, Span>> ways = List.of(
                text -> capitals(name, text, cast),
                text -> untitled.equals(name) || untitled.isBlank() ? null : capitals(untitled, text, cast),
                text -> {
                    Matcher m = anyCase.matcher(text);
                    return m.find() ? fullName(text, new Span(m.start(), m.end()), false) : null;
                });
        for (Function<String, Span> way : ways) {
            for (Mention m : actions) {
                Span s = m.scene() <= until ? way.apply(m.text()) : null;
                if (s != null) {
                    return new Found(m, s);
                }
            }
        }
        return null;
    }

    /** The name in capitals, not inside a longer name of the cast, widened to the whole name written there. */
    private static Span capitals(String name, String text, Cast cast) {
        List<Span> longer = new ArrayList<>();
        for (Pattern other : cast.longerThan(name)) {
            Matcher m = other.matcher(text);
            while (m.find()) {
                longer.add(new Span(m.start(), m.end()));
            }
        }
        Matcher m = cast.capitals(name).matcher(text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (longer.stream().noneMatch(l -> overlaps(l, s))) {
                return fullName(text, s, true);
            }
        }
        return null;
    }

    /**
     * "MAYA" in "MAYA HART (30s)" is "MAYA HART"; "Hannah" in "Dr. Hannah Bell, 50s" is "Dr. Hannah
     * Bell". Never across a sentence's end: "...on ELIAS. GRACE (60s)" leaves GRACE alone.
     */
    private static Span fullName(String text, Span s, boolean capitals) {
        String rest = text.substring(s.end(), Math.min(text.length(), s.end() + NAME_REACH));
        Matcher after = (capitals ? CAPITALS_AFTER : WORDS_AFTER).matcher(rest);
        int end = after.find() ? s.end() + after.end() : s.end();
        int from = Math.max(0, s.start() - NAME_REACH);
        Matcher before = (capitals ? CAPITALS_BEFORE : TITLE_BEFORE).matcher(text.substring(from, s.start()));
        int start = before.find() ? from + before.start() : s.start();
        return new Span(start, end);
    }

    /** The cast's names and the patterns that find them, compiled once per script. */
    private static final class Cast {
        private final List<String> names;
        private final Map<String, Pattern> capitals = new HashMap<>();
        private final Map<String, List<Pattern>> longer = new HashMap<>();

        Cast(List<String> names) {
            this.names = names;
        }

        List<String> names() {
            return names;
        }

        Pattern capitals(String name) {
            return capitals.computeIfAbsent(name, n -> Pattern.compile("(?<![A-Za-z])" + Pattern.quote(n) + "(?![a-z])"));
        }

        /** The cast's longer names that hold this one as words ("YOUNG MAYA" for MAYA). */
        List<Pattern> longerThan(String name) {
            return longer.computeIfAbsent(name, n -> {
                Pattern inside = Pattern.compile("(?<![A-Z])" + Pattern.quote(n) + "(?![A-Z])");
                return names.stream().filter(other -> other.length() > n.length() && inside.matcher(other).find()).map(this::capitals).toList();
            });
        }
    }

    /** Sentence spans: a full stop, "!" or "?" then a space and a capital, but not after "Dr." and its like, nor inside a parenthesis. */
    private static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == '.' || c == '!' || c == '?') && depth == 0 && endsSentence(text, i)) {
                int end = i + 1;
                while (end < text.length() && "\"'”’)".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                spans.add(new Span(start, end));
                start = end;
            }
        }
        if (start < text.length()) {
            spans.add(new Span(start, text.length()));
        }
        return spans;
    }

    private static boolean endsSentence(String text, int i) {
        int next = i + 1;
        while (next < text.length() && "\"'”’)".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
        return text.charAt(i) != '.' || !(ABBREVIATIONS.contains(word) || word.length() == 1);
    }
}
