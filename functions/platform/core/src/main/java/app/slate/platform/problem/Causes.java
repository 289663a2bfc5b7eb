package app.slate.platform.problem;

import java.util.function.Predicate;

/** Looks through a failure and everything that caused it, however deep the reactive stack wrapped it. */
public final class Causes {

    private Causes() {
    }

    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
