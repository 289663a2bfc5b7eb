package app.slate.talent.cv;

import app.slate.talent.profile.Skill;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Special skills, one an item: the name as written (without its level in brackets), a category, and the level when stated. */
final class Skills {

    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final List<Map.Entry<Pattern, Skill.Category>> CATEGORIES = List.of(
            Map.entry(words("sing\\w*|soprano|mezzo|alto|tenor|baritone|bass|choir|vocal\\w*"), Skill.Category.SINGING),
            Map.entry(words("danc\\w*|ballet|tap|jazz|contemporary|hip hop|flamenco|salsa|ballroom|dabke"), Skill.Category.DANCE),
            Map.entry(words("combat|fencing|sword\\w*|rapier|martial|boxing|karate|judo|kung fu|wrestling|firearms|stunts?"), Skill.Category.COMBAT),
            Map.entry(words("riding|horse\\w*|equestrian|falconry|camel"), Skill.Category.RIDING),
            Map.entry(words("piano|guitar|violin|cello|drums?|oud|ukulele|flute|saxophone|trumpet|bass guitar|harp|qanun"), Skill.Category.INSTRUMENT),
            Map.entry(words("driving|licen[cs]e|motorcycle|hgv"), Skill.Category.DRIVING),
            Map.entry(words("juggling|acrobatics|aerial|trapeze|circus|stilts|unicycle|clowning"), Skill.Category.CIRCUS),
            Map.entry(words("voice|dubbing|studio|narration|impressions|puppetry"), Skill.Category.VOICE),
            Map.entry(words("swimming|diving|football|soccer|basketball|cricket|tennis|yoga|skiing|surfing|sailing|climbing|running|"
                    + "cycling|golf|gymnastics|skating|rugby|archery"), Skill.Category.SPORT));

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
    }

    private Skills() {
    }

    static Optional<Skill> read(String item) {
        String name = item.strip();
        Skill.Level level = null;
        Matcher brackets = BRACKETS.matcher(name);
        while (brackets.find()) {
            level = level != null ? level : level(brackets.group(1));
        }
        name = BRACKETS.matcher(name).replaceAll("").replaceAll("[.:]+$", "").strip();
        if (name.isEmpty() || name.length() > 60 || !name.matches(".*\\p{L}.*")) {
            return Optional.empty();
        }
        String named = name;
        Skill.Category category = CATEGORIES.stream().filter(c -> c.getKey().matcher(named).find()).map(Map.Entry::getValue).findFirst()
                .orElse(Skill.Category.OTHER);
        return Optional.of(new Skill(name, category, level != null ? level : level(item)));
    }

    private static Skill.Level level(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(professional|expert)\\b.*")) {
            return Skill.Level.PROFESSIONAL;
        }
        if (t.matches(".*\\b(advanced|highly skilled)\\b.*")) {
            return Skill.Level.ADVANCED;
        }
        if (t.matches(".*\\b(intermediate|good)\\b.*")) {
            return Skill.Level.INTERMEDIATE;
        }
        if (t.matches(".*\\b(basic|beginner)\\b.*")) {
            return Skill.Level.BEGINNER;
        }
        return null;
    }
}
