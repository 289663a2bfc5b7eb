package app.slate.talent.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record LanguageSkill(
        @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as en") String language,
        @NotNull Proficiency proficiency,
        @Size(max = 10) List<@NotBlank @Size(max = 60) String> accents) {

    public LanguageSkill {
        accents = accents == null ? List.of() : List.copyOf(accents);
    }

    public enum Proficiency { NATIVE, FLUENT, CONVERSATIONAL, BASIC }
}
