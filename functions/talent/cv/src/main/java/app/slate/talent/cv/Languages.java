package app.slate.talent.cv;

import app.slate.talent.profile.LanguageSkill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Languages with their level ("Arabic - native (Najdi and Gulf accents)", "Spanish: native",
 * "English (fluent)"), and accents, each given to the language it is spoken in.
 */
final class Languages {

    /** An accent and the language (ISO 639) it belongs to. */
    public record Accent(String language, String accent) {
    }

    private static final Map<String, String> CODES = new HashMap<>();
    private static final Map<String, String> ACCENT_LANGUAGES = new HashMap<>();
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(native|mother tongue|first language|bilingual|fluent|proficient|"
            + "conversational|good|working|intermediate|basic|beginner|elementary|some)\\b");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");

    static {
        for (String code : Locale.getISOLanguages()) {
            CODES.putIfAbsent(Locale.of(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        CODES.put("farsi", "fa");
        CODES.put("mandarin", "zh");
        CODES.put("cantonese", "zh");
        CODES.put("castilian", "es");
        for (String accent : List.of("najdi", "gulf", "khaleeji", "hijazi", "egyptian", "levantine", "lebanese", "syrian", "iraqi", "maghrebi",
                "moroccan", "emirati", "kuwaiti", "saudi", "palestinian", "jordanian", "sudanese", "yemeni")) {
            ACCENT_LANGUAGES.put(accent, "ar");
        }
        for (String accent : List.of("castilian", "mexican", "argentinian", "argentine", "andalusian", "colombian", "cuban", "latin american",
                "rioplatense", "chilean", "peruvian", "caribbean spanish")) {
            ACCENT_LANGUAGES.put(accent, "es");
        }
        for (String accent : List.of("rp", "received pronunciation", "estuary", "cockney", "scouse", "geordie", "brummie", "yorkshire",
                "lancashire", "west country", "scottish", "welsh", "irish", "northern irish", "general american", "standard american",
                "southern", "boston", "new york", "texan", "midwestern", "californian", "australian", "new zealand", "south african",
                "canadian", "nigerian", "jamaican", "indian", "american", "british")) {
            ACCENT_LANGUAGES.put(accent, "en");
        }
        for (String accent : List.of("parisian", "québécois", "quebecois", "belgian", "swiss french", "marseille")) {
            ACCENT_LANGUAGES.put(accent, "fr");
        }
    }

    private Languages() {
    }

    /** One item of a languages list; empty when it names no language Slate knows. */
    static Optional<LanguageSkill> language(String item) {
        String text = item.strip();
        List<String> accents = new ArrayList<>();
        Matcher brackets = BRACKETS.matcher(text);
        StringBuilder outside = new StringBuilder();
        String levelInBrackets = null;
        while (brackets.find()) {
            String inside = brackets.group(1);
            if (inside.toLowerCase(Locale.ROOT).contains("accent") || inside.toLowerCase(Locale.ROOT).contains("dialect")) {
                // "(native - Kuwaiti, Saudi and Egyptian dialects)": the level first, then the accents.
                Matcher level = Pattern.compile("^\\s*" + LEVEL.pattern() + "\\s*[-–:,]?\\s*").matcher(inside);
                String named = inside;
                if (level.find()) {
                    levelInBrackets = level.group();
                    named = inside.substring(level.end());
                }
                for (String accent : named.replaceAll("(?i)\\b(accents?|dialects?)\\b", "").split("(?i)(?:,|\\band\\b|&|/)")) {
                    if (!accent.isBlank() && accent.strip().length() <= 60) {
                        accents.add(accent.strip());
                    }
                }
            } else if (LEVEL.matcher(inside).find()) {
                levelInBrackets = inside;
            }
            brackets.appendReplacement(outside, " ");
        }
        brackets.appendTail(outside);
        String[] nameAndLevel = outside.toString().split("[:\\-–]", 2);
        String name = nameAndLevel[0].strip().toLowerCase(Locale.ROOT);
        String code = CODES.get(name);
        if (code == null) {
            return Optional.empty();
        }
        String level = levelInBrackets != null ? levelInBrackets : nameAndLevel.length > 1 ? nameAndLevel[1] : "";
        return Optional.of(new LanguageSkill(code, proficiency(level), accents.stream().limit(10).toList()));
    }

    /** One item of an accents list: "Yorkshire (native)" is Yorkshire; "Scottish (Glasgow)" keeps its city. */
    static Optional<Accent> accent(String item, String defaultLanguage) {
        String accent = item.strip();
        Matcher brackets = BRACKETS.matcher(accent);
        if (brackets.find() && LEVEL.matcher(brackets.group(1)).find()) {
            accent = accent.replace(brackets.group(), "").strip();
        }
        accent = accent.replaceAll("(?i)\\s+accents?$", "").strip();
        if (accent.isEmpty() || accent.length() > 60 || !accent.matches(".*\\p{L}.*")) {
            return Optional.empty();
        }
        String language = ACCENT_LANGUAGES.getOrDefault(accent.toLowerCase(Locale.ROOT), defaultLanguage);
        return Optional.of(new Accent(language, accent));
    }

    private static LanguageSkill.Proficiency proficiency(String level) {
        String l = level.toLowerCase(Locale.ROOT);
        if (l.matches(".*\\b(native|mother tongue|first language|bilingual)\\b.*")) {
            return LanguageSkill.Proficiency.NATIVE;
        }
        if (l.matches(".*\\b(fluent|proficient)\\b.*")) {
            return LanguageSkill.Proficiency.FLUENT;
        }
        if (l.matches(".*\\b(basic|beginner|elementary|some)\\b.*")) {
            return LanguageSkill.Proficiency.BASIC;
        }
        return LanguageSkill.Proficiency.CONVERSATIONAL;
    }
}
