package app.slate.trust.moderation;

/**
 * Why someone reports, with how urgent a report is to start with: a "pay to audition" call and a
 * minor's safety come first; each further person reporting the same thing raises it (see {@link Priority}).
 */
public enum ReportReason {
    MINOR_SAFETY(60), PAY_TO_AUDITION(50), SCAM(40), HARASSMENT(30), IMPERSONATION(30), INAPPROPRIATE(20), OTHER(10);

    private final int basePriority;

    ReportReason(int basePriority) {
        this.basePriority = basePriority;
    }

    public int basePriority() {
        return basePriority;
    }
}
