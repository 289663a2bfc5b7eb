package app.slate.platform.problem;

/**
 * Recognises, among unexpected failures, those of a backing service that cannot answer right now
 * (a database restarting, a connection it dropped) rather than a fault of the code: the caller is
 * told to come back shortly (503) instead of hearing that something broke. The data layer that
 * can tell provides it (see platform outbox); network failures in general are recognised anyway.
 */
public interface OutageCauses {

    boolean isOutage(Throwable failure);
}
