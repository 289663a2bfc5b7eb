package app.slate.local;

import app.slate.core.problem.ProblemException;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /local/tokens}: signs an access token for trying the API locally, until the
 * identity service exists. Only the local cloud has this route; it is not in template.yaml.
 */
@jakarta.ws.rs.Path("/local/tokens")
@PermitAll
public class DevTokenResource {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final Optional<PrivateKey> signingKey;
    private final String audience;

    /** LocalCloud made the key before Quarkus started; it is read once here, not per request. */
    public DevTokenResource(@ConfigProperty(name = "slate.local.keys") Optional<Path> keys,
                            @ConfigProperty(name = "mp.jwt.verify.audiences") String audience) throws Exception {
        this.signingKey = keys.isPresent() ? Optional.of(LocalKeys.loadOrCreate(keys.get()).getPrivate()) : Optional.empty();
        this.audience = audience;
    }

    public record TokenRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, dot, dash, underscore") String userId,
            @NotBlank @Pattern(regexp = "talent|casting|admin", message = "must be talent, casting or admin") String role) {
    }

    @POST
    public Map<String, Object> issue(@NotNull @Valid TokenRequest request) {
        PrivateKey key = signingKey.orElseThrow(() -> ProblemException.notFound("Dev tokens exist only in the local cloud."));
        String token = Jwt.issuer(LocalCloud.ISSUER).audience(audience).subject(request.userId()).upn(request.userId())
                .groups(Set.of(request.role())).expiresIn(LIFETIME).jws().keyId("local").sign(key);
        return Map.of("accessToken", token, "tokenType", "Bearer", "expiresIn", LIFETIME.toSeconds());
    }
}
