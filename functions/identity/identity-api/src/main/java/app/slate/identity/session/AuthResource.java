package app.slate.identity.session;

import app.slate.identity.account.AccountService;
import app.slate.identity.account.Registration;
import app.slate.platform.http.ClientAddress;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@PermitAll
@Tag(name = "Sign-up and sessions", description = "Register, log in, refresh and log out")
public class AuthResource {

    private final AccountService accounts;
    private final SessionService sessions;
    private final ClientAddress client;
    private final OutboxWakeup wakeup;

    public AuthResource(AccountService accounts, SessionService sessions, ClientAddress client, OutboxWakeup wakeup) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.client = client;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Create a talent or casting account; a verification email follows")
    @IdempotentCreate
    @POST
    @Path("/register")
    public Uni<Response> register(@NotNull @Valid Registration registration) {
        return accounts.register(registration, client.current()).call(wakeup::afterCommit)
                .map(view -> Response.created(URI.create("/me")).entity(view).build());
    }

    @Operation(summary = "Log in: a 15-minute access token and a refresh token")
    @POST
    @Path("/login")
    public Uni<Response> login(@NotNull @Valid Credentials credentials, @HeaderParam("User-Agent") String userAgent) {
        return sessions.login(credentials, client.current(), userAgent).call(wakeup::afterCommit).map(TokenResponse::noStore);
    }

    @Operation(summary = "Trade a refresh token for new tokens; the old one stops working")
    @POST
    @Path("/refresh")
    public Uni<Response> refresh(@NotNull @Valid RefreshRequest request) {
        return sessions.refresh(request.refreshToken()).map(TokenResponse::noStore);
    }

    @Operation(summary = "Log out: end the session that the refresh token belongs to")
    @POST
    @Path("/logout")
    public Uni<Response> logout(@NotNull @Valid RefreshRequest request) {
        return sessions.logout(request.refreshToken()).map(ignored -> Response.noContent().build());
    }
}
