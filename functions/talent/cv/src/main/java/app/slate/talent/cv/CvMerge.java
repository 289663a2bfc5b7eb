package app.slate.talent.cv;

import app.slate.talent.profile.Appearance;
import app.slate.talent.profile.Credit;
import app.slate.talent.profile.Experience;
import app.slate.talent.profile.LanguageSkill;
import app.slate.talent.profile.PlayableAge;
import app.slate.talent.profile.ProfileDetails;
import app.slate.talent.profile.Representation;
import app.slate.talent.profile.Skill;
import app.slate.talent.profile.UnionMembership;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * What accepting proposals does to a profile. Lists grow (a credit, skill or language already
 * there by name is not added twice; an accepted language sets its level and adds its accents)
 * up to the profile's limits (50 credits and skills, 20 languages, 10 accents a language): what
 * would go beyond them is left unapplied. A single field takes the accepted value, which is what
 * accepting it means. Nothing else changes.
 */
final class CvMerge {

    /** An accent proposed for a language the profile does not have, and not accepted in the same request either. */
    static final class AccentWithoutLanguage extends RuntimeException {
        final String language;

        AccentWithoutLanguage(String language) {
            super(language);
            this.language = language;
        }
    }

    private CvMerge() {
    }

    /** The profile with the accepted values in, and which of them (by position) changed it or were already there. */
    record Merged(ProfileDetails details, Set<Integer> applied) {
    }

    /** The profile with {@code accepted} applied: languages first, so an accent may belong to a language accepted with it. */
    static Merged apply(ProfileDetails profile, List<Object> accepted) {
        Set<Integer> applied = new HashSet<>();
        List<Credit> credits = new ArrayList<>(profile.notableWorks());
        List<Skill> skills = new ArrayList<>(profile.skills());
        List<LanguageSkill> languages = new ArrayList<>(profile.languages());
        Appearance appearance = profile.appearance() == null ? new Appearance(null, null, null, null, null) : profile.appearance();
        Experience experience = profile.experience();
        UnionMembership union = profile.union();
        Representation representation = profile.representation();
        PlayableAge playableAge = profile.playableAge();
        for (int i = 0; i < accepted.size(); i++) {
            if (accepted.get(i) instanceof LanguageSkill language) {
                int at = indexOf(languages, language.language());
                if (at < 0 && languages.size() >= 20) {
                    continue;
                }
                applied.add(i);
                if (at < 0) {
                    languages.add(language);
                } else {
                    List<String> accents = new ArrayList<>(languages.get(at).accents());
                    language.accents().stream().filter(a -> accents.stream().noneMatch(a::equalsIgnoreCase)).forEach(accents::add);
                    languages.set(at, new LanguageSkill(language.language(), language.proficiency(), accents.stream().limit(10).toList()));
                }
            }
        }
        for (int i = 0; i < accepted.size(); i++) {
            Object value = accepted.get(i);
            boolean changed = true;
            switch (value) {
                case LanguageSkill language -> changed = applied.contains(i);
                case Credit credit -> {
                    boolean there = credits.stream().anyMatch(c -> c.title().equalsIgnoreCase(credit.title()) && c.year().equals(credit.year()));
                    changed = there || credits.size() < 50;
                    if (!there && changed) {
                        credits.add(credit);
                    }
                }
                case Skill skill -> {
                    boolean there = skills.stream().anyMatch(s -> s.name().equalsIgnoreCase(skill.name()));
                    changed = there || skills.size() < 50;
                    if (!there && changed) {
                        skills.add(skill);
                    }
                }
                case Languages.Accent accent -> {
                    int at = indexOf(languages, accent.language());
                    if (at < 0) {
                        throw new AccentWithoutLanguage(accent.language());
                    }
                    LanguageSkill language = languages.get(at);
                    boolean there = language.accents().stream().anyMatch(accent.accent()::equalsIgnoreCase);
                    changed = there || language.accents().size() < 10;
                    if (!there && changed) {
                        List<String> accents = new ArrayList<>(language.accents());
                        accents.add(accent.accent());
                        languages.set(at, new LanguageSkill(language.language(), language.proficiency(), accents));
                    }
                }
                case Training training -> experience = experience == null ? new Experience(null, null, training.text())
                        : new Experience(experience.yearsActive(), experience.productions(), training.text());
                case UnionMembership membership -> union = membership;
                case Representation agent -> representation = agent;
                case PlayableAge age -> playableAge = age;
                case Height height -> appearance = new Appearance(height.cm(), appearance.build(), appearance.hairColor(), appearance.eyeColor(),
                        appearance.ethnicity());
                case Appearance.HairColor hair -> appearance = new Appearance(appearance.heightCm(), appearance.build(), hair, appearance.eyeColor(),
                        appearance.ethnicity());
                case Appearance.EyeColor eyes -> appearance = new Appearance(appearance.heightCm(), appearance.build(), appearance.hairColor(), eyes,
                        appearance.ethnicity());
                default -> changed = false;
            }
            if (changed) {
                applied.add(i);
            }
        }
        boolean noAppearance = appearance.heightCm() == null && appearance.build() == null && appearance.hairColor() == null
                && appearance.eyeColor() == null && appearance.ethnicity() == null;
        return new Merged(new ProfileDetails(profile.legalName(), profile.stageName(), profile.pronouns(), profile.dateOfBirth(), playableAge,
                profile.gender(), noAppearance ? profile.appearance() : appearance, profile.location(), profile.travel(), languages, skills, union,
                profile.workAuthorizations(), credits, experience, profile.awards(), profile.dreamRoles(), profile.salaryExpectation(),
                profile.availability(), representation, profile.links(), profile.bio(), profile.published()), applied);
    }

    /** Training as accepted: the profile holds it as one text. */
    record Training(String text) {
    }

    /** A height in centimetres. */
    record Height(int cm) {
    }

    private static int indexOf(List<LanguageSkill> languages, String code) {
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i).language().toLowerCase(Locale.ROOT).equals(code.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
