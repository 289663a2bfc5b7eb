package app.slate.platform.priming;

import app.slate.platform.metrics.Metrics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.TimeUnit;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs every {@link Primer} of the function through the CRaC hooks that Lambda SnapStart calls:
 * before the snapshot of a published version (so that what they warm is in it) and, after each
 * restore, their {@link Primer#restored()}; a restore is a cold start, counted as one.
 * On a JVM without CRaC (the local cloud, a function deployed without SnapStart) the hooks never
 * fire; {@code slate.priming.at-startup} runs the primers at start instead, for a function kept
 * warm by provisioned concurrency, where start-up is not paid by a request.
 */
@ApplicationScoped
public class Priming implements Resource {

    private static final Logger LOG = Logger.getLogger(Priming.class);

    // Looked up when the hooks fire, so that a start that never primes never makes the primers.
    private final Instance<Primer> primers;
    private final boolean atStartup;

    Priming(Instance<Primer> primers, @ConfigProperty(name = "slate.priming.at-startup", defaultValue = "false") boolean atStartup) {
        this.primers = primers;
        this.atStartup = atStartup;
    }

    void register(@Observes StartupEvent start) {
        // CRaC keeps resources by weak reference: this bean (application scoped) holds itself alive.
        Core.getGlobalContext().register(this);
        if (atStartup) {
            primeAll();
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        primeAll();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        Metrics.countForFunction("ColdStarts");
        primers.forEach(Primer::restored);
    }

    /** Each primer in turn, timed; one that fails is logged and the rest still run. */
    public void primeAll() {
        for (Primer primer : primers) {
            long started = System.nanoTime();
            try {
                primer.prime();
                LOG.infof("primed %s in %d ms", primer.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } catch (Exception e) {
                LOG.warnf("could not prime %s (%s); its first request will pay for it", primer.name(), e.getMessage());
            }
        }
    }
}
