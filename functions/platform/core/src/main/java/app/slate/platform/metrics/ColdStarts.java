package app.slate.platform.metrics;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts each start of a function's runtime: a cold start, paid for by the request that waits for
 * it. Under SnapStart the runtime starts once, for the snapshot; each restore is counted by
 * {@link app.slate.platform.priming.Priming} instead.
 */
@ApplicationScoped
public class ColdStarts {

    void started(@Observes StartupEvent startup) {
        Metrics.countForFunction("ColdStarts");
    }
}
