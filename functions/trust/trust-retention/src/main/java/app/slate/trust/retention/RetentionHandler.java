package app.slate.trust.retention;

import app.slate.identity.reads.Accounts;
import app.slate.platform.blocking.Await;
import app.slate.platform.events.ScheduledTime;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.privacy.RetentionRule;
import app.slate.trust.audit.AuditRetention;
import app.slate.trust.privacy.DataExports;
import app.slate.trust.privacy.ErasureRequests;
import app.slate.trust.privacy.PrivacyConfig;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The hourly retention run, as of the schedule's time: audit entries past their retention go,
 * erasures whose grace period ended become due (the privacy function runs them), accounts never
 * used are erased, expired exports are deleted with their archives, and every context's
 * {@link RetentionRule} prunes its own data (delivery logs, dead uploads). The outbox is pruned by
 * the relay's own schedule; inboxes, sessions and request records by DynamoDB's TTL. The trigger is EventBridge's
 * scheduled event, read as a plain map for its time.
 */
@Named(RetentionHandler.NAME)
@ApplicationScoped
public class RetentionHandler implements RequestHandler<Map<String, Object>, Map<String, Long>> {

    public static final String NAME = "trust-retention";
    private static final Logger LOG = Logger.getLogger(RetentionHandler.class);

    private static final int UNUSED_ACCOUNTS_PER_RUN = 500;

    private final AuditRetention audit;
    private final ErasureRequests erasures;
    private final DataExports exports;
    private final Accounts accounts;
    private final List<RetentionRule> rules;
    private final S3Client s3;
    private final PrivacyConfig privacy;
    private final OutboxWakeup wakeup;

    public RetentionHandler(AuditRetention audit, ErasureRequests erasures, DataExports exports, Accounts accounts, Instance<RetentionRule> rules,
                            S3Client s3, PrivacyConfig privacy, OutboxWakeup wakeup) {
        this.wakeup = wakeup;
        this.audit = audit;
        this.erasures = erasures;
        this.exports = exports;
        this.accounts = accounts;
        this.rules = rules.stream().toList();
        this.s3 = s3;
        this.privacy = privacy;
    }

    @Override
    public Map<String, Long> handleRequest(Map<String, Object> trigger, Context context) {
        Instant at = ScheduledTime.of(trigger);
        int auditEntries = audit.prune(at).await().atMost(Await.LIMIT);
        int erasuresDue = erasures.announceDue(at).await().atMost(Await.LIMIT);
        List<DataExports.Expired> expired = exports.expire(at).await().atMost(Await.LIMIT);
        privacy.bucket().ifPresent(bucket -> expired.stream().filter(export -> export.objectKey() != null)
                .forEach(export -> s3.deleteObject(delete -> delete.bucket(bucket).key(export.objectKey()))));
        // Accounts nobody ever used are erased like any other, receipt included (nobody to send it to).
        List<UUID> unused = accounts.neverUsed(at.minus(privacy.unusedAccountRetention()), UNUSED_ACCOUNTS_PER_RUN).await().atMost(Await.LIMIT);
        for (UUID account : unused) {
            erasures.request(account, ErasureRequests.Source.RETENTION, AlongsideChange.NOTHING).await().atMost(Await.LIMIT);
        }
        if (erasuresDue + unused.size() > 0) {
            wakeup.now().await().atMost(Await.LIMIT); // the erasures start now, not at the relay's next sweep
        }
        Map<String, Long> removed = new TreeMap<>(Map.of("audit log", (long) auditEntries, "erasures due", (long) erasuresDue,
                "exports", (long) expired.size(), "accounts never used", (long) unused.size()));
        rules.forEach(rule -> removed.put(rule.dataClass(), rule.prune(at)));
        if (removed.values().stream().anyMatch(count -> count > 0)) {
            LOG.infof("Retention at %s: %s", at, removed);
        }
        return removed;
    }
}
