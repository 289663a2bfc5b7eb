package app.slate.platform.problem;

/**
 * Recognises, among unexpected failures, those that are a conflict between two requests racing
 * on the same data rather than a server error. The data layer that can tell provides it (see
 * platform outbox); a function without a database has none.
 */
public interface ConflictCauses {

    boolean isConflict(Throwable failure);
}
