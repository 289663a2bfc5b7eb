package app.slate.casting.submission.preparation;

import app.slate.scripts.reads.ScriptCharacters.RoleCharacter;
import java.time.Instant;
import java.util.List;

/**
 * What a talent prepares an audition with, for one submission: the character from the script
 * breakdown when the role was drafted from one, the sides, what to find in each scene, the
 * questions the casting team is likely to ask, and a checklist for each piece of media the role
 * asks for. Private to the talent; the casting team never sees it. {@code beats} come from the
 * chat model when one is configured, otherwise they are empty and {@code sceneQuestions} are the
 * rules' prompts; {@code extractedBy} says which.
 */
public record PreparationPack(String role, String project, String kind, RoleCharacter character, List<Sides> sides,
                              List<String> sceneQuestions, String objective, List<String> beats, List<String> likelyQuestions,
                              List<Check> checklist, String extractedBy, Instant preparedAt) {

    public record Sides(String title, String documentRef) {
    }

    /** One thing to get right for a piece of requested media: "SELF_TAPE", "Framing", "Mid close-up...". */
    public record Check(String media, String item, String detail) {
    }

    PreparationPack withBeats(String objective, List<String> beats, String modelId) {
        return new PreparationPack(role, project, kind, character, sides, sceneQuestions, objective, List.copyOf(beats), likelyQuestions, checklist,
                modelId, preparedAt);
    }
}
