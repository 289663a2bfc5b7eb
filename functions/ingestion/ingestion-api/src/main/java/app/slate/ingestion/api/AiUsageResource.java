package app.slate.ingestion.api;

import app.slate.platform.ai.usage.AiUsage;
import app.slate.platform.auth.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admins' view of what the chat model costs. It lives beside ingestion's admin routes, the
 * other admin console of Slate's AI, and reads platform/ai's record of calls.
 */
@Path("/admin/ai/usage")
@Tag(name = "AI usage", description = "Chat-model calls, tokens and cost by feature and day, against the daily budgets")
@RolesAllowed(Roles.ADMIN)
public class AiUsageResource {

    private final AiUsage usage;

    public AiUsageResource(AiUsage usage) {
        this.usage = usage;
    }

    @Operation(summary = "Calls, cached calls, tokens and cost (US dollars) by UTC day and feature, newest first; today's tokens against the budgets")
    @GET
    public Uni<AiUsage.View> lastDays(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(400) int days) {
        return usage.lastDays(days);
    }
}
