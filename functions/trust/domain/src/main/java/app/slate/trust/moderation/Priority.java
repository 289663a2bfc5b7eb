package app.slate.trust.moderation;

/** A case's priority: the most urgent reason reported, plus ten for each further person reporting it, at most 100. */
public final class Priority {

    static final int MAX = 100;
    static final int PER_REPORTER = 10;

    private Priority() {
    }

    public static int of(int mostUrgentBase, int reporters) {
        return Math.min(MAX, mostUrgentBase + PER_REPORTER * Math.max(0, reporters - 1));
    }
}
