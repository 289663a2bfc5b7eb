package app.slate.talent.portfolio;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A portfolio entry: a verified upload of the caller's of the item's kind, or an https link (a reel hosted elsewhere). */
public record PortfolioItemInput(
        @NotNull PortfolioItem.Kind kind,
        @NotBlank @Size(max = 120) String title,
        UUID mediaAssetId,
        @Size(max = 2048) @Pattern(regexp = "https://\\S+", message = "must be an https URL") String externalUrl) {

    /** A check, not a field: ignored by JSON, so the API document does not list it as one. */
    @JsonIgnore
    @AssertTrue(message = "give either mediaAssetId or externalUrl")
    public boolean isSource() {
        return (mediaAssetId == null) != (externalUrl == null);
    }
}
