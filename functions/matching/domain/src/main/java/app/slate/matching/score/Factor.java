package app.slate.matching.score;

/** The nine explainable factors of a match, in the order answers list them (see {@link Factors}). */
public enum Factor {
    SALARY_ALIGNMENT,
    WORK_AUTHORIZATION,
    PHYSICAL_ATTRIBUTES,
    NOTABLE_WORKS_RELEVANCE,
    PRODUCTION_EXPERIENCE,
    AWARDS,
    DREAM_ROLE_ALIGNMENT,
    LANGUAGE_PROFICIENCY,
    AVAILABILITY
}
