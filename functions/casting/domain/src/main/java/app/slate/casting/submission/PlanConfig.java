package app.slate.casting.submission;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** Plan limits from configuration; the payments issue will decide who is on which plan. */
@ConfigMapping(prefix = "slate.plans")
public interface PlanConfig {

    String defaultPlan();

    Map<String, Limits> limits();

    interface Limits {
        int submissionsPerMonth();
    }
}
