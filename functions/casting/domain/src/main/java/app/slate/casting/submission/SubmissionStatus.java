package app.slate.casting.submission;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The submission pipeline. The casting team moves a submission forward (and may step back
 * among the working states: a callback after a self-tape, a shortlist after a callback); only
 * the talent withdraws; booked, declined and withdrawn are final.
 */
public enum SubmissionStatus {
    SUBMITTED, VIEWED, SHORTLISTED, SELF_TAPE_REQUESTED, CALLBACK, OFFERED, BOOKED, DECLINED, WITHDRAWN;

    /** The names, for validating a status given as a query parameter (a test keeps it in step with the constants). */
    public static final String NAMES = "SUBMITTED|VIEWED|SHORTLISTED|SELF_TAPE_REQUESTED|CALLBACK|OFFERED|BOOKED|DECLINED|WITHDRAWN";

    private static final Map<SubmissionStatus, Set<SubmissionStatus>> TEAM_MOVES = Map.of(
            SUBMITTED, EnumSet.of(VIEWED, SHORTLISTED, SELF_TAPE_REQUESTED, CALLBACK, OFFERED, DECLINED),
            VIEWED, EnumSet.of(SHORTLISTED, SELF_TAPE_REQUESTED, CALLBACK, OFFERED, DECLINED),
            SHORTLISTED, EnumSet.of(SELF_TAPE_REQUESTED, CALLBACK, OFFERED, DECLINED),
            SELF_TAPE_REQUESTED, EnumSet.of(SHORTLISTED, CALLBACK, OFFERED, DECLINED),
            CALLBACK, EnumSet.of(SHORTLISTED, SELF_TAPE_REQUESTED, OFFERED, DECLINED),
            OFFERED, EnumSet.of(BOOKED, DECLINED),
            BOOKED, EnumSet.noneOf(SubmissionStatus.class),
            DECLINED, EnumSet.noneOf(SubmissionStatus.class),
            WITHDRAWN, EnumSet.noneOf(SubmissionStatus.class));

    public boolean isFinal() {
        return this == BOOKED || this == DECLINED || this == WITHDRAWN;
    }

    /** Whether the casting team may move a submission from this status to {@code to}. */
    public boolean teamMayMoveTo(SubmissionStatus to) {
        return TEAM_MOVES.get(this).contains(to);
    }

    /** The talent may withdraw until the outcome is final. */
    public boolean talentMayWithdraw() {
        return !isFinal();
    }

    /** Still in the running: may be invited to a self-tape or an audition. */
    public boolean inContention() {
        return !isFinal() && this != OFFERED;
    }
}
