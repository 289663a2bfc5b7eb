package app.slate.scripts.draft;

import app.slate.scripts.breakdown.CharacterBreakdown;
import app.slate.scripts.breakdown.ScriptBreakdown;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a role from what the script itself says: the kind from how much the character speaks
 * and in how many scenes, the age and gender from the action line that introduces them
 * ("MAYA (30s), guarded and funny. She..."), the description from that line. What the script
 * does not say stays empty for the casting director.
 */
public final class FromIntroduction {

    private static final Pattern DECADE = Pattern.compile("(?i)\\b(early|mid|late)?[- ]?(\\d)0s\\b");
    private static final Pattern AGE = Pattern.compile("\\((\\d{1,2})\\)|\\b(\\d{1,2})[- ]years?[- ]old\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMALE = Pattern.compile("(?i)\\b(she|her|hers|herself|woman|girl|mother|sister|wife|daughter|grandmother|aunt|queen|actress)\\b");
    private static final Pattern MALE = Pattern.compile("(?i)\\b(he|him|his|himself|man|boy|father|brother|husband|son|grandfather|uncle|king)\\b");
    private static final int DESCRIPTION_LIMIT = 600;

    private FromIntroduction() {
    }

    public static RoleDraft draft(CharacterBreakdown c, ScriptBreakdown script, int position) {
        String intro = c.introduction() == null ? "" : c.introduction();
        int[] ages = ages(intro);
        String description = intro.isBlank()
                ? c.name() + " speaks " + c.lines() + " line(s) in " + c.scenes().size() + " scene(s)."
                : intro.length() > DESCRIPTION_LIMIT ? intro.substring(0, DESCRIPTION_LIMIT - 1) + "…" : intro;
        return new RoleDraft(c.name(), position, kind(c, script), ages == null ? null : ages[0], ages == null ? null : ages[1],
                gender(intro), description);
    }

    /** Lead: a sixth of the dialogue or in at least 40% of the scenes; supporting: 4% or three scenes; otherwise a day player. Heard only: voice. */
    static String kind(CharacterBreakdown c, ScriptBreakdown script) {
        if (!c.extensions().isEmpty() && c.extensions().stream().allMatch(e -> e.equals("V.O.") || e.equals("O.S.") || e.equals("O.C."))
                && c.scenes().size() == 1) {
            return "VOICE";
        }
        double share = script.totalLines() == 0 ? 0 : (double) c.lines() / script.totalLines();
        double presence = script.scenes().isEmpty() ? 1 : (double) c.scenes().size() / script.scenes().size();
        if (share >= 1.0 / 6 || presence >= 0.4) {
            return "LEAD";
        }
        return share >= 0.04 || c.scenes().size() >= 3 ? "SUPPORTING" : "DAY_PLAYER";
    }

    /** "(30s)" 30–39, "late 20s" 27–29, "early 40s" 40–43, "mid-50s" 54–56, "(34)" or "34-year-old" 31–37; null when the script says nothing. */
    static int[] ages(String intro) {
        Matcher decade = DECADE.matcher(intro);
        if (decade.find()) {
            int base = Integer.parseInt(decade.group(2)) * 10;
            String part = decade.group(1) == null ? "" : decade.group(1).toLowerCase(Locale.ROOT);
            return switch (part) {
                case "early" -> new int[] {base, base + 3};
                case "mid" -> new int[] {base + 4, base + 6};
                case "late" -> new int[] {base + 7, base + 9};
                default -> new int[] {base, base + 9};
            };
        }
        Matcher age = AGE.matcher(intro);
        if (age.find()) {
            int years = Integer.parseInt(age.group(1) != null ? age.group(1) : age.group(2));
            return new int[] {Math.max(0, years - 3), years + 3};
        }
        return null;
    }

    /** The pronouns and nouns of the introduction, when they point one way only. */
    static String gender(String intro) {
        boolean female = FEMALE.matcher(intro).find();
        boolean male = MALE.matcher(intro).find();
        return female == male ? null : female ? "FEMALE" : "MALE";
    }
}
