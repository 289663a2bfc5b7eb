package app.slate.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code @QuarkusTestResource(StandInsResource.class)}: points the function under test at the shared stand-ins. */
public class StandInsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>(SharedStandIns.quarkusConfig());
        config.putAll(TestTokens.verifierConfig());
        config.putAll(TestTokens.signerConfig());
        config.putAll(TestTokens.receiptConfig());
        // Tests poll these reads every 100 ms until an event has landed, as no person would, and the
        // authorization matrix's ~190 worlds share one casting director, who uploads a script for each;
        // AccountLimitsTest checks an allowance at its deployed value on a route nobody repeats so.
        for (String repeated : List.of("talent-search", "talent-profiles", "role-matches", "my-matches", "script-uploads")) {
            config.put("slate.account-limits." + repeated + ".requests", "1000000");
        }
        return config;
    }

    @Override
    public void stop() {
        // The stand-ins outlive this test class: other classes and modules of the build reuse them.
    }
}
