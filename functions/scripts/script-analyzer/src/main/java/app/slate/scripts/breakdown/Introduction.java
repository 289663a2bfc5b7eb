package app.slate.scripts.breakdown;

/**
 * Where the script first shows a character: the scene, the sentences about them, and the gender
 * and playing age their own words there give (null when those words do not say).
 */
public record Introduction(int scene, String text, String gender, Integer ageMin, Integer ageMax) {
}
