package app.slate.platform.http;

import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Recognises the failures of two requests racing on the same row: a version check lost
 * (optimistic locking) or a unique constraint that the loser ran into. They are conflicts, not
 * server errors, however deep the reactive stack wrapped them.
 */
final class ConcurrentChange {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentChange() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
