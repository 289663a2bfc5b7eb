package app.slate.notifications.sweep;

import app.slate.platform.events.ScheduledTime;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The scheduled sweep of waiting messages. EventBridge's scheduled event carries the time the run
 * was scheduled for; the sweep sends what was due by then (a run without one sweeps as of now).
 */
@Named(ScheduleHandler.NAME)
@ApplicationScoped
public class ScheduleHandler implements RequestHandler<Map<String, Object>, Sweep.Swept> {

    public static final String NAME = "notifications-schedule";
    private static final Logger LOG = Logger.getLogger(ScheduleHandler.class);
    private static final int BATCH = 200;

    private final Sweep sweep;

    public ScheduleHandler(Sweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public Sweep.Swept handleRequest(Map<String, Object> trigger, Context context) {
        Sweep.Swept swept = sweep.run(ScheduledTime.of(trigger), BATCH);
        if (swept.sent() + swept.failed() > 0) {
            LOG.infof("Sent %d waiting message(s); %d failed and wait for a retry", swept.sent(), swept.failed());
        }
        return swept;
    }
}
