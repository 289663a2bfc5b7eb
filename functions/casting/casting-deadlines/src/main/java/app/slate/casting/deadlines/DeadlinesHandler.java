package app.slate.casting.deadlines;

import app.slate.platform.blocking.Await;
import app.slate.platform.outbox.OutboxWakeup;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.jboss.logging.Logger;

/** The scheduled sweep; the schedule's event carries nothing it needs, so it is read as a plain map. */
@Named(DeadlinesHandler.NAME)
@ApplicationScoped
public class DeadlinesHandler implements RequestHandler<Map<String, Object>, Deadlines.Swept> {

    public static final String NAME = "casting-deadlines";
    private static final Logger LOG = Logger.getLogger(DeadlinesHandler.class);
    private static final int BATCH = 500;

    private final Deadlines deadlines;
    private final OutboxWakeup wakeup;

    public DeadlinesHandler(Deadlines deadlines, OutboxWakeup wakeup) {
        this.deadlines = deadlines;
        this.wakeup = wakeup;
    }

    @Override
    public Deadlines.Swept handleRequest(Map<String, Object> trigger, Context context) {
        Deadlines.Swept swept = deadlines.sweep(BATCH);
        if (swept.rolesClosed() > 0) {
            LOG.infof("Closed %d role(s) at their deadline", swept.rolesClosed());
        }
        if (swept.selfTapesExpired() > 0) {
            LOG.infof("Expired %d self-tape request(s)", swept.selfTapesExpired());
        }
        if (swept.rolesClosed() + swept.selfTapesExpired() > 0) {
            wakeup.now().await().atMost(Await.LIMIT);
        }
        return swept;
    }
}
