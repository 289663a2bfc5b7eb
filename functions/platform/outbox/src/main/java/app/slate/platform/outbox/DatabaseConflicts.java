package app.slate.platform.outbox;

import app.slate.platform.problem.Causes;
import app.slate.platform.problem.ConflictCauses;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * The failures of two requests racing on the same row: a version check lost (optimistic locking)
 * or a unique constraint that the loser ran into. They are conflicts, not server errors, however
 * deep the reactive stack wrapped them.
 */
@ApplicationScoped
public class DatabaseConflicts implements ConflictCauses {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isConflict(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof OptimisticLockException || cause instanceof StaleStateException
                || cause instanceof org.hibernate.exception.ConstraintViolationException
                || (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())));
    }
}
