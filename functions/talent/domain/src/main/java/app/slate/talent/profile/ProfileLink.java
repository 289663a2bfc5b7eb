package app.slate.talent.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ProfileLink(
        @NotNull Kind kind,
        @NotBlank @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https URL") String url) {

    public enum Kind { IMDB, SPOTLIGHT, WEBSITE, INSTAGRAM, YOUTUBE, VIMEO, TIKTOK, OTHER }
}
