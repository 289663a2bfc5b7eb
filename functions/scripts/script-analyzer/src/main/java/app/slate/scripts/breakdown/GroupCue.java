package app.slate.scripts.breakdown;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cues spoken by more than one person, which are not roles: groups ("ALL", "THE CROWD",
 * "SEVERAL VOICES", "TWO GUARDS") and joint cues ("EDWARD AND WILL", "MAYA & TOM", "MAYA/TOM").
 * A joint cue puts each of its speakers in the scene when they have lines of their own elsewhere.
 */
final class GroupCue {

    private static final Set<String> GROUPS = Set.of("ALL", "BOTH", "EVERYONE", "EVERYBODY", "CROWD", "CHORUS", "TOGETHER",
            "VOICES", "OTHERS", "GROUP", "AUDIENCE", "CONGREGATION", "CLASS", "BAND", "TEAM", "GANG", "CREW", "KIDS", "CHILDREN",
            "PEOPLE", "MEN", "WOMEN", "GUESTS", "STUDENTS", "SOLDIERS", "FANS", "PROTESTERS", "REPORTERS", "DANCERS", "WORKERS",
            "SEVERAL", "VARIOUS", "UNISON", "FAMILY", "TWINS", "JURY", "MOB");
    private static final Set<String> QUANTIFIERS = Set.of("THE", "SOME", "SEVERAL", "VARIOUS", "MANY", "OTHER", "ALL", "TWO",
            "THREE", "FOUR", "FIVE", "FEW", "MORE");
    private static final Set<String> FIRST_WORDS = Set.of("ALL", "BOTH", "EVERYONE", "EVERYBODY", "SEVERAL", "VARIOUS");
    /** "WOMAN IN CROWD", "ONE OF THE GUARDS": one person out of a group, a role. */
    private static final Pattern ONE_OF = Pattern.compile("\\s(?:IN|FROM|OF|AT)\\s");
    private static final Pattern JOINT = Pattern.compile("\\s+(?:AND|&|\\+)\\s+|\\s*/\\s*");

    private GroupCue() {
    }

    static boolean isGroup(String name) {
        List<String> words = Arrays.asList(name.split("\\s+"));
        String last = words.getLast().replaceAll("[^A-Z]", "");
        if (JOINT.matcher(name).find()) {
            return true;
        }
        if (ONE_OF.matcher(name).find()) {
            return false;
        }
        return GROUPS.contains(last) || FIRST_WORDS.contains(words.getFirst())
                || words.size() > 1 && QUANTIFIERS.contains(words.getFirst()) && last.endsWith("S") && !last.endsWith("SS");
    }

    /** The speakers of a joint cue ("EDWARD AND WILL": EDWARD, WILL); a group's speakers are nobody's. */
    static List<String> speakers(String name) {
        return JOINT.matcher(name).find() ? Arrays.stream(JOINT.split(name)).map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
    }
}
