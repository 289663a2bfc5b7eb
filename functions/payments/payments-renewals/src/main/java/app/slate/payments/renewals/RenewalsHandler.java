package app.slate.payments.renewals;

import app.slate.payments.moyasar.MoyasarRenewals;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
        int done = renewals.renewDue(scheduledFor(trigger));
        if (done > 0) {
            LOG.infof("Renewed, retried or ended %d Moyasar subscription(s)", done);
        }
        return Map.of("subscriptions", done);
    }

    private static Instant scheduledFor(Map<String, Object> trigger) {
        Object time = trigger == null ? null : trigger.get("time");
        try {
            return time == null ? Instant.now() : Instant.parse(time.toString());
        } catch (DateTimeParseException unreadable) {
            return Instant.now();
        }
    }
}
