package app.slate.platform.priming;

/**
 * Warms one client before SnapStart takes its snapshot: a real call through it, so that the
 * classes, serializers, signers and JIT work of that path are in the snapshot and the first
 * request after a restore does not pay for them. A primer must leave no connection open that a
 * restored copy would find dead, and must never fail a start: what it cannot reach it says and skips.
 */
public interface Primer {

    /** What is warmed, for the log line. */
    String name();

    void prime() throws Exception;

    /** Runs after each restore from the snapshot, before the first request. */
    default void restored() {
    }
}
