package app.slate.payments.moyasar;

import app.slate.platform.problem.ProblemException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a buyer pays through Moyasar, as their app collected it with Moyasar's publishable key (card
 * numbers never reach Slate): {@code token}, a card or mada card Moyasar tokenised; {@code applepay},
 * the Apple Pay payment token; {@code stcpay}, the STC Pay wallet's Saudi mobile number. Cards and
 * Apple Pay are saved for renewals; STC Pay cannot be charged again, so a plan bought with it is
 * paid a month at a time and ends unless bought again.
 */
public record MoyasarSource(@NotNull @Pattern(regexp = "token|applepay|stcpay") String type,
                            @Size(max = 8192) String token,
                            @Pattern(regexp = "05\\d{8}") String mobile) {

    /** The source object Moyasar takes, or the field a buyer must fix. */
    public Map<String, Object> asMoyasarSource() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("type", type);
        switch (type) {
            case "stcpay" -> source.put("mobile", required(mobile, "source.mobile", "a Saudi mobile number (05xxxxxxxx) for STC Pay"));
            case "token" -> {
                source.put("token", required(token, "source.token", "the card token Moyasar gave your app (token_...)"));
                source.put("3ds", true);
                source.put("manual", false);
            }
            default -> {
                source.put("token", required(token, "source.token", "the Apple Pay payment token"));
                source.put("save_card", true);
            }
        }
        return source;
    }

    private static String required(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required: " + what);
        }
        return value;
    }
}
