package app.slate.payments.renewals;

import app.slate.payments.moyasar.MoyasarRenewals;
import app.slate.platform.events.ScheduledTime;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The scheduled renewal run for subscriptions Slate keeps itself (Moyasar's): everything due at
 * the schedule's time is charged, retried or ended. The trigger is EventBridge's scheduled event,
 * read as a plain map for its time.
 */
@Named(RenewalsHandler.NAME)
@ApplicationScoped
public class RenewalsHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>> {

    public static final String NAME = "payments-renewals";
    private static final Logger LOG = Logger.getLogger(RenewalsHandler.class);

    private final MoyasarRenewals renewals;

    public RenewalsHandler(MoyasarRenewals renewals) {
        this.renewals = renewals;
    }

    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> trigger, Context context) {
        int done = renewals.renewDue(ScheduledTime.of(trigger));
        if (done > 0) {
            LOG.infof("Renewed, retried or ended %d Moyasar subscription(s)", done);
        }
        return Map.of("subscriptions", done);
    }
}
