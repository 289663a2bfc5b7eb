package app.slate.casting.submission.cover;

import app.slate.casting.role.RoleDetails;
import app.slate.casting.submission.cover.CoverNoteDraft.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Slate's own cover-note drafter: no model, only what the role asks for set against what the
 * profile shows. It says nothing the profile does not hold, leads with what the role asks for
 * (languages, accents, skills) and then the credits nearest the project's kind, and lists what
 * the profile lacks for the talent alone. Sentences are added strongest first while the note stays
 * within a submission note's length.
 */
public final class CoverNote {

    /** A submission's note holds 2,000 characters. */
    public static final int MAX_LENGTH = 2000;
    private static final int MAX_SKILLS = 4;

    private CoverNote() {
    }

    /** What the draft is built from: the role's breakdown, the project's title as talent see it (null when confidential) and its kind. */
    public record Role(RoleDetails details, String projectTitle, String projectType) {
    }

    public static CoverNoteDraft draft(Role role, ProfileFacts profile, Tone tone) {
        List<Fact> unmet = new ArrayList<>();
        List<Fact> languages = languages(role.details(), profile, unmet);
        List<Fact> accents = accents(role.details(), profile, unmet);
        List<Fact> skills = skills(role.details(), profile, unmet);
        List<Fact> credits = credits(role, profile, tone == Tone.BRIEF ? 1 : 2);
        List<Fact> union = union(role.details(), profile, unmet);
        List<Fact> base = base(role.details(), profile);
        List<Fact> age = playableAge(role.details(), profile, unmet);
        List<Fact> training = profile.training() == null ? List.of() : List.of(new Fact("experience.training", profile.training()));
        List<Fact> awards = profile.awardsWon().stream().limit(1).map(a -> new Fact("awards", a)).toList();

        List<Sentence> body = new ArrayList<>();
        String accentsDone = phrase(accents.stream().map(a -> article(a.value()) + a.value()).toList());
        body.add(Sentence.of(languages, "I speak " + phrase(languages) + (accents.isEmpty() ? "" : ", with " + accentsDone) + "."));
        if (languages.isEmpty()) {
            body.add(Sentence.of(accents, "I do " + accentsDone + "."));
        }
        body.add(Sentence.of(skills, "I bring what the role asks for: " + phrase(skills) + "."));
        body.add(Sentence.of(credits, (credits.size() == 1 ? "Recent work: " : "Recent work includes ") + phrase(credits) + "."));
        body.add(Sentence.of(union, "I am " + phrase(union) + "."));
        body.add(Sentence.of(base, "I am " + phrase(base) + "."));
        body.add(Sentence.of(age, "My " + phrase(age) + "."));
        body.add(Sentence.of(training, "Training: " + phrase(training) + "."));
        body.add(Sentence.of(awards, "Awards: " + phrase(awards) + "."));

        String roleName = "the role of " + role.details().name() + (role.projectTitle() == null ? "" : " in " + role.projectTitle());
        List<Fact> mentions = new ArrayList<>();
        String note = switch (tone) {
            case WARM -> letter("Hello,\n\nI would love to be considered for " + roleName + ".",
                    body, "Thank you for your time. I would love the chance to read for you.\n\n" + profile.name(), mentions);
            case FORMAL -> letter("Dear casting team,\n\nPlease consider my submission for " + roleName + ".",
                    body, "Thank you for your consideration.\n\nKind regards,\n" + profile.name(), mentions);
            case BRIEF -> brief(roleName, body, profile.name(), mentions);
        };
        return new CoverNoteDraft(note, tone, "rules", List.copyOf(mentions), List.copyOf(unmet));
    }

    /** One sentence of the note and the facts it states; empty when there is nothing to state. */
    private record Sentence(List<Fact> facts, String text) {
        static Sentence of(List<Fact> facts, String text) {
            return new Sentence(facts, facts.isEmpty() ? "" : text);
        }
    }

    private static String letter(String opening, List<Sentence> body, String closing, List<Fact> mentions) {
        StringBuilder paragraph = new StringBuilder(opening);
        int room = MAX_LENGTH - opening.length() - closing.length() - 4;
        for (Sentence sentence : body) {
            if (!sentence.text().isEmpty() && sentence.text().length() + 1 <= room) {
                paragraph.append(' ').append(sentence.text());
                room -= sentence.text().length() + 1;
                mentions.addAll(sentence.facts());
            }
        }
        return paragraph + "\n\n" + closing;
    }

    /** The role and the two strongest facts, each in a few words. */
    private static String brief(String roleName, List<Sentence> body, String name, List<Fact> mentions) {
        List<Fact> strongest = body.stream().filter(s -> !s.text().isEmpty()).limit(2).flatMap(s -> s.facts().stream()).limit(3).toList();
        mentions.addAll(strongest);
        String facts = strongest.stream().map(Fact::value).collect(Collectors.joining("; "));
        String note = "Submitting for " + roleName + (facts.isEmpty() ? "." : ": " + facts + ".") + " Thank you.\n" + name;
        return note.length() <= MAX_LENGTH ? note : "Submitting for " + roleName + ". Thank you.\n" + name;
    }

    private static List<Fact> languages(RoleDetails role, ProfileFacts profile, List<Fact> unmet) {
        List<Fact> spoken = new ArrayList<>();
        for (String code : role.languages()) {
            profile.languages().stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst().ifPresentOrElse(
                    l -> spoken.add(new Fact("languages", proficiency(l.proficiency()) + languageName(code))),
                    () -> unmet.add(new Fact("languages", languageName(code))));
        }
        return spoken;
    }

    private static List<Fact> accents(RoleDetails role, ProfileFacts profile, List<Fact> unmet) {
        List<String> held = profile.languages().stream().flatMap(l -> l.accents().stream()).toList();
        List<Fact> done = new ArrayList<>();
        for (String accent : role.accents()) {
            held.stream().filter(h -> sameThing(h, accent)).findFirst().ifPresentOrElse(
                    h -> done.add(new Fact("languages.accents", h + " accent")),
                    () -> unmet.add(new Fact("accents", accent)));
        }
        return done;
    }

    private static List<Fact> skills(RoleDetails role, ProfileFacts profile, List<Fact> unmet) {
        List<Fact> held = new ArrayList<>();
        for (String wanted : role.skills()) {
            profile.skills().stream().filter(s -> sameThing(s.name(), wanted)).findFirst().ifPresentOrElse(
                    s -> held.add(new Fact("skills", s.name().toLowerCase(Locale.ROOT) + level(s.level()))),
                    () -> unmet.add(new Fact("skills", wanted)));
        }
        return held.stream().distinct().limit(MAX_SKILLS).toList();
    }

    /** Credits of the project's kind first, then the most recent. */
    private static List<Fact> credits(Role role, ProfileFacts profile, int most) {
        Comparator<ProfileFacts.Credit> nearest = Comparator
                .comparing((ProfileFacts.Credit c) -> !sameKind(c.type(), role.projectType()))
                .thenComparing(ProfileFacts.Credit::year, Comparator.reverseOrder());
        return profile.credits().stream().filter(c -> !c.title().isBlank()).sorted(nearest).limit(most)
                .map(c -> new Fact("notableWorks", (c.role() == null || c.role().isBlank() ? "" : c.role() + " in ")
                        + c.title() + (c.year() > 0 ? " (" + c.year() + ")" : "")))
                .toList();
    }

    private static List<Fact> union(RoleDetails role, ProfileFacts profile, List<Fact> unmet) {
        boolean member = "MEMBER".equals(profile.unionStatus());
        if (role.union() == RoleDetails.UnionRequirement.UNION_ONLY && !member) {
            unmet.add(new Fact("union", "union members only"));
        }
        if (role.union() == RoleDetails.UnionRequirement.NON_UNION_ONLY && member) {
            unmet.add(new Fact("union", "non-union performers only"));
        }
        if (!member || role.union() == RoleDetails.UnionRequirement.NON_UNION_ONLY) {
            return List.of();
        }
        return List.of(new Fact("union", profile.unions().isEmpty() ? "a union member" : "a member of " + phrase(profile.unions())));
    }

    /** Where the talent is based, only when it is where the role shoots: a local hire costs the production less. */
    private static List<Fact> base(RoleDetails role, ProfileFacts profile) {
        if (profile.city() == null || !role.location().country().equalsIgnoreCase(profile.country())) {
            return List.of();
        }
        boolean sameCity = profile.city().strip().equalsIgnoreCase(role.location().city().strip());
        return sameCity ? List.of(new Fact("location", "based in " + profile.city().strip() + ", available as a local hire")) : List.of();
    }

    private static List<Fact> playableAge(RoleDetails role, ProfileFacts profile, List<Fact> unmet) {
        if (profile.playableMin() == null || profile.playableMax() == null) {
            return List.of();
        }
        String range = profile.playableMin() + " to " + profile.playableMax();
        if (profile.playableMax() < role.playableAge().min() || profile.playableMin() > role.playableAge().max()) {
            unmet.add(new Fact("playableAge", "the role plays " + role.playableAge().min() + " to " + role.playableAge().max()
                    + "; the profile says " + range));
            return List.of();
        }
        return List.of(new Fact("playableAge", "playable age is " + range));
    }

    /** Two names for one skill or accent: the same words, or all of one's words within the other's ("Riding", "Horse riding"). */
    static boolean sameThing(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        return !left.isEmpty() && !right.isEmpty() && (left.containsAll(right) || right.containsAll(left));
    }

    private static Set<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static boolean sameKind(String creditType, String projectType) {
        return creditType.equals(projectType) || "SHORT".equals(projectType) && "FILM".equals(creditType);
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static String proficiency(String proficiency) {
        return switch (proficiency) {
            case "NATIVE" -> "native ";
            case "FLUENT" -> "fluent ";
            case "CONVERSATIONAL" -> "conversational ";
            case "BASIC" -> "basic ";
            default -> "";
        };
    }

    private static String level(String level) {
        return "PROFESSIONAL".equals(level) || "ADVANCED".equals(level) ? " (" + level.toLowerCase(Locale.ROOT) + ")" : "";
    }

    private static String article(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
    }

    /** "a", "a and b", "a, b and c". */
    private static String phrase(List<?> items) {
        List<String> values = items.stream().map(i -> i instanceof Fact f ? f.value() : String.valueOf(i)).toList();
        if (values.size() <= 1) {
            return String.join("", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " and " + values.get(values.size() - 1);
    }
}
