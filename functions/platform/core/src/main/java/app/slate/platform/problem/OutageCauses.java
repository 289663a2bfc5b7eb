package app.slate.platform.problem;

/**
 * Recognises, among unexpected failures, those of a backing service that cannot answer right now
 * (a database restarting, a connection it dropped) rather than a fault of the code: the caller is
 * told to come back shortly (503) instead of hearing that something broke. Platform http's
 * BackingServiceDown recognises network failures; the data layer adds its own (platform outbox).
 */
public interface OutageCauses {

    boolean isOutage(Throwable failure);
}
