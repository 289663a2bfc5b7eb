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
    private static final Pattern SILENT_PERSON = Pattern.compile("\\b[A-Z][A-Z'.\\-]+(?:\\s+[A-Z][A-Z'.\\-]+)*\\s*\\((?:\\d|AGE|[Ee]arly|[Mm]id|[Ll]ate)");

    private Introductions() {
    }

    /** Each named character's introduction, looking in the action up to {@code until}'s scene for them (all of it when absent). */
    static Map<String, Introduction> of(List<String> names, List<Mention> actions, Map<String, Integer> until) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (String name : names) {
            Found f = find(name, names, actions, until.getOrDefault(name, Integer.MAX_VALUE));
            if (f != null) {
                found.put(name, f);
            }
        }
        Map<String, OwnWords> words = new HashMap<>();
        Map<String, List<Span>> sentences = new HashMap<>();
        Map<String, Introduction> introductions = new LinkedHashMap<>();
        for (var e : found.entrySet()) {
            Found f = e.getValue();
            String text = f.mention().text();
            List<Span> all = sentences(text);
            Span sentence = all.stream().filter(s -> s.start() <= f.name().start() && f.name().start() < s.end()).findFirst().orElseThrow();
            List<Span> people = people(text, sentence, names);
            OwnWords own = new OwnWords();
            own.title(e.getKey());
            own.title(text.substring(f.name().start(), f.name().end()));
            Span before = people.stream().filter(p -> p.end() <= f.name().start()).max(Comparator.comparingInt(Span::end)).orElse(null);
            Span next = people.stream().filter(p -> p.start() >= f.name().end()).min(Comparator.comparingInt(Span::start)).orElse(null);
            String beforeText = text.substring(before == null ? sentence.start() : before.end(), f.name().start());
            String afterText = text.substring(f.name().end(), next == null ? sentence.end() : next.start());
            boolean apposition = beforeText.strip().endsWith(",") || beforeText.strip().endsWith(":");
            String[] phrases = beforeText.strip().replaceFirst("[,:]$", "").split("[,:;]");
            own.before(apposition ? phrases[phrases.length - 1] : beforeText, apposition);
            own.after(afterText, before != null && apposition);
            int[] age = age(beforeText, afterText);
            List<Span> goingOn = goingOn(text, all, sentence, names);
            boolean alone = people.stream().allMatch(p -> p.equals(f.name()) || overlaps(p, f.name()));
            if (alone) {
                goingOn.forEach(s -> own.pronoun(firstWord(text, s)));
            }
            words.put(e.getKey(), own);
            sentences.put(e.getKey(), goingOn);
            String said = text.substring(sentence.start(), goingOn.isEmpty() ? sentence.end() : goingOn.getLast().end()).strip();
            introductions.put(e.getKey(), new Introduction(f.mention().scene(), said, null, age == null ? null : age[0], age == null ? null : age[1]));
        }
        resolvePronouns(found, words, names);
        Map<String, Introduction> result = new LinkedHashMap<>();
        introductions.forEach((name, i) -> result.put(name, new Introduction(i.scene(), i.text(), words.get(name).gender(), i.ageMin(), i.ageMax())));
        return result;
    }

    /** The parenthesis and the words right after the name first, then the rest of their own words, then those before. */
    private static int[] age(String before, String after) {
        Matcher parenthesis = Pattern.compile("^\\s*\\(([^)]*)\\)").matcher(after);
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
    private static void resolvePronouns(Map<String, Found> found, Map<String, OwnWords> words, List<String> names) {
        for (var e : found.entrySet()) {
            Found f = e.getValue();
            String text = f.mention().text();
            List<Span> all = sentences(text);
            Span sentence = all.stream().filter(s -> s.start() <= f.name().start() && f.name().start() < s.end()).findFirst().orElseThrow();
            List<Span> goingOn = goingOn(text, all, sentence, names);
            if (goingOn.isEmpty()) {
                continue;
            }
            String pronoun = OwnWords.pronounGender(firstWord(text, goingOn.getFirst()));
            List<String> named = castIn(text, sentence, names).stream().filter(n -> !n.equals(e.getKey())).toList();
            if (pronoun == null || named.isEmpty()) {
                continue;
            }
            boolean othersCannot = named.stream().allMatch(n -> words.containsKey(n) && words.get(n).gender() != null
                    && !words.get(n).gender().equals(pronoun));
            String mine = words.get(e.getKey()).gender();
            if (othersCannot && (mine == null || mine.equals(pronoun))) {
                goingOn.forEach(s -> words.get(e.getKey()).pronoun(firstWord(text, s)));
            }
        }
    }

    private static List<String> castIn(String text, Span sentence, List<String> names) {
        String part = text.substring(sentence.start(), sentence.end());
        return names.stream().filter(n -> capitals(n, part, names) != null).toList();
    }

    /** The sentences right after the introducing one that start with a pronoun and name nobody. */
    private static List<Span> goingOn(String text, List<Span> sentences, Span from, List<String> names) {
        List<Span> going = new ArrayList<>();
        for (Span s : sentences) {
            if (s.start() < from.end()) {
                continue;
            }
            if (!PRONOUN_START.matcher(text.substring(s.start(), s.end()).strip()).find() || !people(text, s, names).isEmpty()) {
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
    private static List<Span> people(String text, Span sentence, List<String> names) {
        String part = text.substring(sentence.start(), sentence.end());
        List<Span> people = new ArrayList<>();
        for (String name : names) {
            Span s = capitals(name, part, names);
            if (s != null) {
                // Their parenthesis is theirs too: "GRACE (60s) fixes the collar of a young man, LEO" gives Leo no age.
                Matcher parenthesis = Pattern.compile("^\\s*\\([^)]*\\)").matcher(part.substring(s.end()));
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

    private static Found find(String name, List<String> names, List<Mention> actions, int until) {
        String untitled = TITLE.matcher(name).replaceFirst("");
        Pattern anyCase = Pattern.compile("(?i)(?<![a-z])" + Pattern.quote(name) + "(?![a-z])");
        List<Function<String, Span>> ways = List.of(
                text -> capitals(name, text, names),
                text -> untitled.equals(name) || untitled.isBlank() ? null : capitals(untitled, text, names),
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
    private static Span capitals(String name, String text, List<String> names) {
        List<Span> longer = new ArrayList<>();
        for (String other : names) {
            if (other.length() > name.length() && Pattern.compile("(?<![A-Z])" + Pattern.quote(name) + "(?![A-Z])").matcher(other).find()) {
                Matcher m = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(other) + "(?![a-z])").matcher(text);
                while (m.find()) {
                    longer.add(new Span(m.start(), m.end()));
                }
            }
        }
        Matcher m = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name) + "(?![a-z])").matcher(text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (longer.stream().noneMatch(l -> overlaps(l, s))) {
                return fullName(text, s, true);
            }
        }
        return null;
    }

    /** "MAYA" in "MAYA HART (30s)" is "MAYA HART"; "Hannah" in "Dr. Hannah Bell, 50s" is "Dr. Hannah Bell". */
    private static Span fullName(String text, Span s, boolean capitals) {
        String word = capitals ? "[A-Z][A-Z'.\\-]*[A-Z.]" : "[A-Z][A-Za-z'.\\-]*";
        Matcher after = Pattern.compile("^(?:\\s+" + word + "(?![a-z])){1,3}").matcher(text.substring(s.end()));
        int end = after.find() && !after.group().strip().startsWith("(") ? s.end() + after.end() : s.end();
        Matcher before = Pattern.compile("(?:" + word + "\\s+){1,3}$").matcher(text.substring(0, s.start()));
        int start = before.find() ? before.start() : s.start();
        return new Span(start, end);
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
