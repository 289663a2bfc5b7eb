package app.slate.payments.checkout;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import java.util.List;

/** A payment provider that did not answer, refused Slate's keys, or is not configured: nothing was charged. */
public final class ProviderUnavailable {

    private ProviderUnavailable() {
    }

    public static ProblemException because(Provider provider, String detail) {
        return new ProblemException(Problem.of("payment-provider-unavailable", "Payment provider unavailable", 503,
                provider.name().charAt(0) + provider.name().substring(1).toLowerCase() + ": " + detail
                        + " Nothing was charged; try again in a minute.", List.of()));
    }
}
