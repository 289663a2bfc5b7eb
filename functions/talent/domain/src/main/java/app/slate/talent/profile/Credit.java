package app.slate.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A notable work: a credit on a production. */
public record Credit(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 120) String role,
        @NotNull @Min(1900) @Max(2100) Integer year,
        @NotNull Type type,
        @Size(max = 120) String company) {

    public enum Type { FILM, SERIES, COMMERCIAL, THEATRE, MUSIC_VIDEO, VOICE, GAME, OTHER }
}
