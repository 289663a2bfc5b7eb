package app.slate.trust.retention;

import app.slate.platform.blocking.Await;
import app.slate.platform.events.ScheduledTime;
import app.slate.trust.audit.AuditRetention;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The daily retention run: what is past its retention at the schedule's time is removed. The audit
 * log so far (the outbox is pruned by the relay's own schedule). The trigger is EventBridge's
 * scheduled event, read as a plain map for its time.
 */
@Named(RetentionHandler.NAME)
@ApplicationScoped
public class RetentionHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>> {

    public static final String NAME = "trust-retention";
    private static final Logger LOG = Logger.getLogger(RetentionHandler.class);

    private final AuditRetention audit;

    public RetentionHandler(AuditRetention audit) {
        this.audit = audit;
    }

    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> trigger, Context context) {
        Instant at = ScheduledTime.of(trigger);
        int auditEntries = audit.prune(at).await().atMost(Await.LIMIT);
        if (auditEntries > 0) {
            LOG.infof("Retention: %d audit entries older than %s removed", auditEntries, audit.retention());
        }
        return Map.of("auditEntries", auditEntries);
    }
}
