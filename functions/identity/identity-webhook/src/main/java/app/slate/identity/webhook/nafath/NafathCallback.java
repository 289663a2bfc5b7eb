package app.slate.identity.webhook.nafath;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Authentica's Nafath webhook, as its documentation gives it: the transaction it started, the
 * national ID the person confirmed in the Nafath app, and the outcome (COMPLETED, REJECTED,
 * EXPIRED). Its {@code Password} is checked and dropped before this is read. Fields Slate does not
 * use are ignored rather than refused: a provider adding a field must not make its callbacks fail.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NafathCallback(
        @JsonProperty("TransactionId") @NotBlank @Size(max = 100) String transactionId,
        @JsonProperty("NationalId") @Pattern(regexp = "[12][0-9]{9}") String nationalId,
        @JsonProperty("Status") @NotBlank @Size(max = 20) String status) {

    public boolean completed() {
        return "COMPLETED".equalsIgnoreCase(status);
    }
}
