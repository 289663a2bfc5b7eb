package app.slate.platform.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "slate.search")
public interface SearchConfig {

    /** OpenSearch endpoint: the local node, or the managed domain's https endpoint. */
    Optional<String> endpoint();

    /** SigV4 signing service: {@code es} for a managed domain, {@code aoss} for Serverless, {@code none} for a plain node. */
    @WithDefault("none")
    String signing();

    @WithDefault("${AWS_REGION:us-east-1}")
    String region();

    /**
     * How long one request to OpenSearch may take to connect and to answer. Below the API
     * functions' 15-second Lambda timeout, so that a cluster that stopped answering is a 503
     * problem with Retry-After (BackingServiceDown) rather than a Lambda timeout.
     */
    @WithDefault("PT10S")
    Duration timeout();

    /** Index of talent documents; its mapping is infra/opensearch/talents.json. */
    @WithDefault("talents")
    String talentIndex();

    /** Index of open, publicly listed roles (the role board); its mapping is infra/opensearch/roles.json. */
    @WithDefault("roles")
    String roleIndex();

    /** Casting directors' saved talent searches, as percolator queries over the talent mapping. */
    @WithDefault("saved-talent-searches")
    String savedTalentSearchIndex();

    /** Talent's saved role-board searches, as percolator queries over the role mapping. */
    @WithDefault("saved-role-searches")
    String savedRoleSearchIndex();
}
