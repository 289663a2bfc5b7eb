package app.slate.trust.api;

import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.RequestIds;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.profile.ProfileService;
import app.slate.trust.consent.ConsentRequest;
import app.slate.trust.consent.ConsentSource;
import app.slate.trust.consent.ConsentView;
import app.slate.trust.consent.Consents;
import app.slate.trust.consent.Purpose;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Each person's consents, by purpose and version (a guardian's token acts for their minor), and the
 * purposes' versions for admins. Withdrawing AI matching takes the person out of matching;
 * withdrawing the public profile unpublishes it. Every change is audited.
 */
@Path("/")
@Tag(name = "Trust and safety")
public class ConsentResource {

    /** A new version of a purpose's text, published by an admin. */
    public record NewVersion(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be letters, digits, . _ or -")
                             String version) {
    }

    private static final String PURPOSES = "TERMS|PRIVACY_POLICY|MARKETING_MESSAGES|AI_MATCHING|PUBLIC_PROFILE|GUARDIAN_CONSENT";

    private final Consents consents;
    private final ProfileService profiles;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;
    private final RequestIds requests;
    private final CurrentCaller caller;

    public ConsentResource(Consents consents, ProfileService profiles, AuditTrail audit, OutboxWakeup wakeup, RequestIds requests,
                           CurrentCaller caller) {
        this.consents = consents;
        this.profiles = profiles;
        this.audit = audit;
        this.wakeup = wakeup;
        this.requests = requests;
        this.caller = caller;
    }

    @Operation(summary = "Your consents: each purpose, whether it holds, to which version, when and where, and whether Slate asks again")
    @GET
    @Path("/me/consents")
    @Authenticated
    public Uni<Map<String, List<ConsentView>>> mine() {
        return consents.of(UUID.fromString(caller.get().userId())).map(views -> Map.of("consents", views));
    }

    @Operation(summary = "Give or withdraw your consent to a purpose, in the version you were shown (the current one)")
    @PUT
    @Path("/me/consents/{purpose}")
    @Authenticated
    public Uni<Map<String, List<ConsentView>>> change(@PathParam("purpose") @Pattern(regexp = PURPOSES, message = "must be one of " + PURPOSES)
                                                      String purposeName, @NotNull @Valid ConsentRequest request) {
        Caller person = caller.get();
        Purpose purpose = Purpose.valueOf(purposeName);
        UUID account = UUID.fromString(person.userId());
        UUID guardian = person.actorId() == null ? null : UUID.fromString(person.actorId());
        if (purpose == Purpose.GUARDIAN_CONSENT && guardian == null) {
            throw ProblemException.forbidden("Only a guardian, acting for their minor, gives or withdraws a guardian's consent.");
        }
        ConsentSource source = guardian == null ? ConsentSource.SETTINGS : ConsentSource.GUARDIAN;
        String detail = (request.given() ? "gave " : "withdrew ") + purpose.name() + " " + request.version();
        return consents.change(account, purpose, request, source, guardian, requests.current(),
                        audit.alongside(person, AuditAction.CONSENT_CHANGED, account, "consent:" + purpose.name(), detail))
                .chain(() -> purpose == Purpose.PUBLIC_PROFILE && !request.given() ? profiles.unpublish(person.userId()).replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .call(wakeup::now)
                .chain(() -> mine());
    }

    @Operation(summary = "Admins: publish a new version of a purpose; terms, privacy policy and guardians' consent then ask everyone again")
    @PUT
    @Path("/admin/consent/purposes/{purpose}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Map<String, Object>> publish(@PathParam("purpose") @Pattern(regexp = PURPOSES, message = "must be one of " + PURPOSES)
                                            String purposeName, @NotNull @Valid NewVersion version) {
        Caller admin = caller.get();
        Purpose purpose = Purpose.valueOf(purposeName);
        return consents.publish(purpose, version.version(), audit.alongside(admin, AuditAction.CONSENT_CHANGED, null,
                        "consent-purpose:" + purpose.name(), "published version " + version.version()))
                .call(wakeup::now)
                .map(changed -> Map.of("purpose", purpose.name(), "version", version.version(), "changed", changed));
    }
}
