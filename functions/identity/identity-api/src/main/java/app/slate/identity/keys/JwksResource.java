package app.slate.identity.keys;

import app.slate.identity.IdentityConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public keys, and the discovery document that API Gateway's JWT authorizer reads them
 * through ({@code {issuer}/.well-known/openid-configuration}).
 */
@Path("/.well-known")
@PermitAll
@Tag(name = "Keys", description = "Public keys that verify Slate access tokens")
public class JwksResource {

    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    private final SigningKeys keys;
    private final IdentityConfig config;

    public JwksResource(SigningKeys keys, IdentityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @Operation(summary = "The JSON Web Key Set: every key a live access token may be signed with")
    @GET
    @Path("/jwks.json")
    public Response jwks() {
        return Response.ok(keys.jwks()).cacheControl(FIVE_MINUTES).build();
    }

    @Operation(summary = "OpenID discovery: issuer and where its keys are")
    @GET
    @Path("/openid-configuration")
    public Response discovery() {
        return Response.ok(Map.of(
                "issuer", config.issuer(),
                "jwks_uri", config.issuer() + "/.well-known/jwks.json",
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "subject_types_supported", List.of("public"),
                "response_types_supported", List.of("token"))).cacheControl(FIVE_MINUTES).build();
    }
}
