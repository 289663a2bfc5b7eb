package app.slate.platform.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
