package app.slate.identity.webhook.nafath;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * Authentica's Nafath callback. Fields Slate does not use are ignored rather than refused: a
 * provider adding a field must not make its callbacks fail.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NafathCallback(
        @JsonProperty("transaction_id") @NotBlank String transactionId,
        @NotBlank String status,
        @JsonProperty("national_id") @Pattern(regexp = "[12][0-9]{9}") String nationalId,
        @JsonProperty("user_id") @NotBlank String userId,
        @JsonProperty("verified_at") Instant verifiedAt) {

    public boolean completed() {
        return "COMPLETED".equalsIgnoreCase(status);
    }
}
