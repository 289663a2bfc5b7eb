package app.slate.casting.submission.cover;

import jakarta.validation.constraints.NotNull;

/**
 * What a talent asks for: a cover note for a role, in a tone. {@code rewrite} false asks for
 * Slate's own draft without the chat model, which counts against no budget (default true).
 */
public record CoverNoteRequest(@NotNull Tone tone, Boolean rewrite) {

    public boolean rewritten() {
        return rewrite == null || rewrite;
    }
}
