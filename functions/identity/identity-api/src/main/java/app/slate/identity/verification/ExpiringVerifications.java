package app.slate.identity.verification;

import app.slate.identity.account.Account;
import app.slate.platform.auth.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For admins planning renewals: how many verifications run out soon, and how many are valid now. Counts only, no one named. */
@Path("/admin/verifications/expiring")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Identity verification")
public class ExpiringVerifications {

    public record Expiring(int days, long expiring, long validNow, Instant until) {
    }

    @Operation(summary = "Admins: how many national-ID verifications expire in the next N days (1 to 366), and how many are valid now")
    @GET
    public Uni<Expiring> count(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        Instant now = Instant.now();
        Instant until = now.plus(Duration.ofDays(days));
        return Panache.withSession(() -> Account.count("deletedAt is null and nationalIdExpiresAt > ?1 and nationalIdExpiresAt <= ?2", now, until)
                .chain(expiring -> Account.count("deletedAt is null and nationalIdExpiresAt > ?1", now)
                        .map(valid -> new Expiring(days, expiring, valid, until))));
    }
}
