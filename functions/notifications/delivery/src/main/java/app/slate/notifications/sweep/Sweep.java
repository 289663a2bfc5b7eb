package app.slate.notifications.sweep;

import app.slate.notifications.conversations.MessageNotices;
import app.slate.notifications.digest.SubmissionDigests;
import app.slate.notifications.journeys.JourneySteps;
import app.slate.notifications.outreach.Courier;
import app.slate.notifications.reminders.Reminders;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.searches.SearchAlertNotices;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * One pass of the schedule function: takes the waiting messages whose time has come and sends
 * each (a held message as it was written, a reminder, a digest, a lifecycle journey's step, a notice of unread messages, a saved search's digest). One that fails is retried with
 * backoff, the rest go on; bounded per pass, the next pass takes the rest.
 */
@ApplicationScoped
public class Sweep {

    private static final Logger LOG = Logger.getLogger(Sweep.class);

    /** What one pass did. */
    public record Swept(int sent, int failed) {
    }

    private final Schedule schedule;
    private final Courier courier;
    private final Reminders reminders;
    private final SubmissionDigests digests;
    private final JourneySteps journeys;
    private final MessageNotices messages;
    private final SearchAlertNotices searchAlerts;

    public Sweep(Schedule schedule, Courier courier, Reminders reminders, SubmissionDigests digests, JourneySteps journeys,
                 MessageNotices messages, SearchAlertNotices searchAlerts) {
        this.schedule = schedule;
        this.courier = courier;
        this.reminders = reminders;
        this.digests = digests;
        this.journeys = journeys;
        this.messages = messages;
        this.searchAlerts = searchAlerts;
    }

    /** Blocking: on the Lambda handler thread. {@code asOf} is the time the pass was scheduled for. */
    public Swept run(Instant asOf, int batch) {
        int sent = 0;
        int failed = 0;
        for (Due due : schedule.claimDue(asOf, batch)) {
            try {
                switch (due.kind()) {
                    case HELD -> courier.release(due);
                    case REMINDER -> reminders.send(due, asOf);
                    case DIGEST -> digests.send(due, asOf);
                    case LIFECYCLE -> journeys.send(due, asOf);
                    case MESSAGES -> messages.send(due, asOf);
                    case SAVED_SEARCH -> searchAlerts.send(due, asOf);
                }
                schedule.sent(due.id());
                sent++;
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s %s failed (attempt %d); retried later", due.kind(), due.key(), due.attempts());
                schedule.failed(due, e.getMessage());
                failed++;
            }
        }
        return new Swept(sent, failed);
    }
}
