package app.slate.platform.http.webhook;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import java.util.List;

/** A delivery whose signature, timestamp or headers do not check out: refused, nothing applied. */
public final class SignatureRefused {

    private SignatureRefused() {
    }

    public static ProblemException because(String detail) {
        return new ProblemException(Problem.of("invalid-signature", "Invalid signature", 401, detail, List.of()));
    }
}
