package app.slate.identity.email;

import app.slate.identity.account.Account;
import app.slate.identity.account.PasswordRules;
import app.slate.platform.http.ClientAddress;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.Secret;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Tag(name = "Email verification and password reset", description = "Single-use links sent by email")
public class EmailResource {

    public record LinkToken(@NotBlank @Size(max = 200) String token) {
    }

    public record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    public record NewPassword(@NotBlank @Size(max = 200) String token, @NotNull @Secret @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String newPassword) {
    }

    private final EmailFlows flows;
    private final CurrentCaller caller;
    private final ClientAddress client;
    private final OutboxWakeup wakeup;

    public EmailResource(EmailFlows flows, CurrentCaller caller, ClientAddress client, OutboxWakeup wakeup) {
        this.flows = flows;
        this.caller = caller;
        this.client = client;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Send a new verification link to your email")
    @POST
    @Path("/email-verification")
    @Authenticated
    public Uni<Response> resend() {
        return Panache.withTransaction(() -> Account.requireCaller(caller.get().userId()).chain(flows::requestVerification))
                .call(wakeup::afterCommit).map(ignored -> Response.accepted().build());
    }

    @Operation(summary = "Confirm your email with the link's token")
    @POST
    @Path("/email-verification/confirm")
    @PermitAll
    public Uni<Response> confirm(@NotNull @Valid LinkToken link) {
        return flows.confirmVerification(link.token()).call(wakeup::afterCommit).map(ignored -> Response.noContent().build());
    }

    @Operation(summary = "Ask for a password-reset link; the answer is the same whether or not the email has an account")
    @POST
    @Path("/password-reset")
    @PermitAll
    public Uni<Response> requestReset(@NotNull @Valid ResetRequest request) {
        return flows.requestPasswordReset(request.email(), client.current()).call(wakeup::afterCommit).map(ignored -> Response.accepted().build());
    }

    @Operation(summary = "Set a new password with the link's token; every session ends")
    @POST
    @Path("/password-reset/confirm")
    @PermitAll
    public Uni<Response> reset(@NotNull @Valid NewPassword request) {
        return flows.resetPassword(request.token(), request.newPassword()).call(wakeup::afterCommit).map(ignored -> Response.noContent().build());
    }
}
