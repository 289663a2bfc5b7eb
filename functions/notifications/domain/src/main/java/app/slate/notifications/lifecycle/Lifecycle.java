package app.slate.notifications.lifecycle;

import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Starts and stops the configured journeys at their moments: each step waits in the schedule
 * under its journey, step and person, so a journey started again (a new day's activity) moves its
 * steps rather than adding more, and a stop cancels what still waits. Blocking.
 */
@ApplicationScoped
public class Lifecycle {

    /** What waits for a step: which journey and step, for whom, and when the journey began. */
    public record StepDue(String journey, int step, UUID accountId, Instant started) {
    }

    private final Schedule schedule;

    public Lifecycle(Schedule schedule) {
        this.schedule = schedule;
    }

    /** The moment happened for this person: journeys it starts begin, journeys it stops end. */
    public void moment(String trigger, UUID accountId, String audience, Instant now) {
        for (Journey journey : Journeys.all()) {
            if (trigger.equals(journey.stopsWhen())) {
                for (int step = 0; step < journey.steps().size(); step++) {
                    schedule.cancel(key(journey, step, accountId));
                }
            }
            if (trigger.equals(journey.startsWhen()) && journey.isFor(audience)) {
                for (int step = 0; step < journey.steps().size(); step++) {
                    schedule.plan(Waiting.LIFECYCLE, key(journey, step, accountId), now.plus(journey.steps().get(step).after()),
                            new StepDue(journey.name(), step, accountId, now));
                }
            }
        }
    }

    private static String key(Journey journey, int step, UUID accountId) {
        return "lifecycle:" + journey.name() + ":" + step + ":" + accountId;
    }
}
