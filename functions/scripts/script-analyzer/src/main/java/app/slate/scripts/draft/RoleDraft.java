package app.slate.scripts.draft;

/** A role drafted from a character, for the casting director to edit and approve. Ages and gender may be unknown (null). */
public record RoleDraft(String characterName, int position, String kind, Integer ageMin, Integer ageMax, String gender,
                        String description) {
}
