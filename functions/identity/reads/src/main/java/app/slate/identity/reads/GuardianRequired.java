package app.slate.identity.reads;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import java.util.List;

/** The one answer for a minor trying to act alone: 403, with its own problem type. */
public final class GuardianRequired {

    private GuardianRequired() {
    }

    public static ProblemException because(String detail) {
        return new ProblemException(Problem.of("guardian-required", "Guardian required", 403, detail, List.of()));
    }
}
