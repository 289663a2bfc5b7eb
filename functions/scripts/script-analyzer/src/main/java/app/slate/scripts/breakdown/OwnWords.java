package app.slate.scripts.breakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an introducing sentence that are about one character, and the gender they give.
 * A sentence often introduces two people ("MAYA (30s) hugs her son TOM (8)"), so only the words
 * that describe this one count:
 * <ul>
 *   <li>before the name, the noun that names them ("her son TOM", "a young man, LEO"): after a
 *       comma or colon the phrase after its last preposition, otherwise the two words before;</li>
 *   <li>after the name, up to the next person named: descriptive phrases ("ELIAS, Rosa's father";
 *       "SALWA, a seventy-year-old widow with driving gloves") give their head noun, the one before
 *       any preposition; what they do gives its pronouns ("KESSLER checks his watch"), never its
 *       objects ("runs to his mother", "watches her sleep").</li>
 * </ul>
 * "In his fifties" and "in her early 20s" say both gender and age wherever they stand.
 */
final class OwnWords {

    static final String FEMALE = "FEMALE";
    static final String MALE = "MALE";

    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "girl", "lady", "mother", "mom", "mum", "mama", "sister",
            "wife", "daughter", "grandmother", "grandma", "granddaughter", "aunt", "niece", "queen", "princess", "actress",
            "waitress", "widow", "bride", "girlfriend", "matriarch", "businesswoman", "policewoman", "nun", "stepmother",
            "landlady", "madam", "mrs", "ms", "miss", "dame", "schoolgirl", "housewife", "heiress", "duchess");
    private static final Set<String> MALE_NOUNS = Set.of("man", "boy", "guy", "gentleman", "father", "dad", "papa", "brother",
            "husband", "son", "grandfather", "grandpa", "grandson", "uncle", "nephew", "king", "prince", "waiter", "widower",
            "groom", "boyfriend", "patriarch", "businessman", "policeman", "monk", "stepfather", "landlord", "mr", "sir", "lad",
            "schoolboy", "duke", "lord");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "her", "his", "their", "its", "our", "my", "your",
            "this", "that", "one", "another", "some");
    private static final Set<String> COPULAS = Set.of("is", "was", "who's", "he's", "she's");
    private static final Set<String> PREPOSITIONS = Set.of("of", "with", "in", "at", "on", "from", "for", "to", "by", "into",
            "over", "under", "beside", "behind", "near", "across", "among", "beyond", "through", "without", "like", "than", "after", "before");
    /** Words after "her" that make it an object ("watches her sleep", "kisses her goodbye"), not a possessive. */
    private static final Set<String> AFTER_OBJECT_HER = Set.of("a", "an", "the", "and", "or", "but", "to", "in", "out", "up",
            "down", "off", "on", "away", "back", "over", "with", "from", "for", "at", "into", "as", "go", "sleep", "leave", "cry",
            "be", "goodbye", "again", "too", "so", "that", "this", "there", "here", "now", "then", "it", "alone", "is", "was");
    /** A pronoun after one of these is in a clause about someone else: "raises her hand before he finishes". */
    private static final Set<String> SUBORDINATORS = Set.of("before", "after", "while", "as", "when", "until", "because",
            "though", "although", "if", "whom", "whose", "unless", "since", "where", "whenever");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*");
    private static final Pattern IN_THEIR_AGE = Pattern.compile("(?i)\\bin\\s+(his|her)\\s+(?:(?:early|mid|late)[- ]?)?(?:\\d0[’']?s|\\w+ties|teens)\\b");
    private static final Pattern PHRASE_BREAK = Pattern.compile("[,;:()—–]|\\s-\\s");

    private int female;
    private int male;

    /** Evidence from the words before the name; {@code apposition} when a comma or colon stands between them. */
    void before(String text, boolean apposition) {
        ageWords(text);
        List<String> words = words(text);
        if (apposition) {
            int start = 0;
            for (int i = 0; i < words.size(); i++) {
                if (PREPOSITIONS.contains(words.get(i))) {
                    start = i + 1;
                }
            }
            nouns(words.subList(start, words.size()), words.size());
        } else {
            nouns(words.subList(Math.max(0, words.size() - 2), words.size()), words.size());
        }
    }

    /**
     * Evidence from the words after the name (a parenthesis right after it included). A name in
     * apposition inside someone else's sentence ("approaches with a sleeping toddler, NOOR (AGE 2),
     * on his shoulder") takes only its descriptive phrases: what follows is the sentence's subject's.
     */
    void after(String text, boolean insideAnothersSentence) {
        ageWords(text);
        for (String phrase : PHRASE_BREAK.split(text)) {
            List<String> words = words(phrase);
            if (words.isEmpty()) {
                continue;
            }
            boolean descriptive = DETERMINERS.contains(words.getFirst()) || possessor(words.getFirst())
                    || COPULAS.contains(words.getFirst()) && words.size() > 1 && DETERMINERS.contains(words.get(1))
                    || FEMALE_NOUNS.contains(words.getFirst()) || MALE_NOUNS.contains(words.getFirst());
            if (descriptive) {
                nouns(words, firstPreposition(words));
                absolute(words);
            } else if (!insideAnothersSentence) {
                pronouns(words);
            }
        }
    }

    /** A sentence that goes on about the character ("She does not look up."): its first word decides. */
    void pronoun(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "she", "her", "hers", "herself" -> female++;
            case "he", "his", "him", "himself" -> male++;
            default -> {
            }
        }
    }

    /** A title in the name itself: MR. FENWICK, MRS. HADDAD. */
    void title(String name) {
        String[] words = name.strip().split("[\\s.]+");
        if (words.length > 0) {
            count(words[0].toLowerCase(Locale.ROOT));
        }
    }

    String gender() {
        return female > 0 == male > 0 ? null : female > 0 ? FEMALE : MALE;
    }

    /** The gender of a sentence's first word, when it is a pronoun; otherwise null. */
    static String pronounGender(String word) {
        OwnWords w = new OwnWords();
        w.pronoun(word);
        return w.gender();
    }

    private void ageWords(String text) {
        Matcher m = IN_THEIR_AGE.matcher(text);
        while (m.find()) {
            pronoun(m.group(1));
        }
    }

    /** "his coat buttoned wrong", "her hair dripping": the possessive is the character's own. */
    private void absolute(List<String> words) {
        boolean person = words.stream().anyMatch(w -> FEMALE_NOUNS.contains(w) || MALE_NOUNS.contains(w));
        if (!person && (words.getFirst().equals("his") || words.getFirst().equals("her")) && words.size() > 2
                && words.subList(2, words.size()).stream().anyMatch(w -> w.endsWith("ed") || w.endsWith("ing"))) {
            pronoun(words.getFirst());
        }
    }

    private void nouns(List<String> words, int until) {
        for (int i = 0; i < Math.min(until, words.size()); i++) {
            count(words.get(i));
        }
    }

    private void pronouns(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SUBORDINATORS.contains(w)) {
                return;
            }
            switch (w) {
                case "she", "hers", "herself", "he", "his", "himself" -> pronoun(w);
                case "her" -> {
                    if (i + 1 < words.size() && !AFTER_OBJECT_HER.contains(words.get(i + 1)) && !words.get(i + 1).endsWith("ly")) {
                        female++;
                    }
                }
                default -> {
                }
            }
        }
    }

    private void count(String word) {
        if (FEMALE_NOUNS.contains(word)) {
            female++;
        } else if (MALE_NOUNS.contains(word)) {
            male++;
        }
    }

    private static int firstPreposition(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                return i;
            }
        }
        return words.size();
    }

    private static boolean possessor(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** Lower-case words, a possessor's "'s" kept ("rosa's") so it is not read as the noun it owns. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }
}
