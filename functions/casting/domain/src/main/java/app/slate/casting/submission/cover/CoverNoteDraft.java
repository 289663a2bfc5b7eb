package app.slate.casting.submission.cover;

import java.util.List;

/**
 * A drafted cover note, for the talent to edit and send as their submission's {@code note}; Slate
 * neither stores nor sends it. {@code mentions} are the profile's facts the note states, named by
 * profile field; {@code unmet} are the role's requirements, named by role field, that the profile
 * does not show. Only the talent sees either.
 */
public record CoverNoteDraft(String note, Tone tone, String extractedBy, List<Fact> mentions, List<Fact> unmet) {

    /** A fact and the field it comes from ({@code skills}, {@code languages}, {@code notableWorks}...). */
    public record Fact(String field, String value) {
    }
}
