package app.slate.talent.search;

import app.slate.talent.profile.Experience;

/**
 * A talent's experience as casting directors filter it, from what the profile states (years active,
 * productions): the higher of the two decides. NEW under 2 years and 3 productions, EMERGING under
 * 5 years and 15, EXPERIENCED under 15 years and 50, VETERAN beyond. A profile that states neither
 * has no level, and a search by level leaves it out.
 */
public enum ExperienceLevel {
    NEW, EMERGING, EXPERIENCED, VETERAN;

    /** The level's name as the index keeps it, or null. */
    public static String nameOf(Experience experience) {
        ExperienceLevel level = of(experience);
        return level == null ? null : level.name();
    }

    public static ExperienceLevel of(Experience experience) {
        if (experience == null || experience.yearsActive() == null && experience.productions() == null) {
            return null;
        }
        int years = experience.yearsActive() == null ? 0 : experience.yearsActive();
        int productions = experience.productions() == null ? 0 : experience.productions();
        if (years >= 15 || productions >= 50) {
            return VETERAN;
        }
        if (years >= 5 || productions >= 15) {
            return EXPERIENCED;
        }
        if (years >= 2 || productions >= 3) {
            return EMERGING;
        }
        return NEW;
    }
}
