package app.slate.payments.moyasar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * A Moyasar payment as its API answers it (amounts in the currency's minor unit: halalas for
 * riyals). {@code refunded} is the total refunded so far: Moyasar keeps refunds on the payment,
 * not as objects of their own. The source's {@code token} is the saved card a renewal charges;
 * its {@code transaction_url} is where the buyer authenticates (3-D Secure, an STC Pay code).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MoyasarPayment(String id, String status, long amount, String currency, long refunded, String description,
                             @JsonProperty("created_at") Instant createdAt, @JsonProperty("updated_at") Instant updatedAt,
                             Map<String, String> metadata, Source source) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String type, String company, String number, String token, String message,
                         @JsonProperty("transaction_url") String transactionUrl) {
    }

    /** Money was taken (a later refund does not undo that the payment was made). */
    public boolean paid() {
        return status.equals("paid") || status.equals("captured") || status.equals("refunded") && amount > 0;
    }

    public boolean failed() {
        return status.equals("failed") || status.equals("voided") || status.equals("canceled") || status.equals("expired");
    }

    /** The card Moyasar saved for renewals, if the payment left one (STC Pay leaves none). */
    public String savedCard() {
        return source == null ? null : source.token();
    }

    public String declineMessage() {
        return source == null || source.message() == null ? "the payment was declined" : source.message();
    }
}
