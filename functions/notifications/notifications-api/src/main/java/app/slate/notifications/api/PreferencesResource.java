package app.slate.notifications.api;

import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.Preferences.Choice;
import app.slate.notifications.preferences.Preferences.QuietHoursSetting;
import app.slate.notifications.preferences.Preferences.Settings;
import app.slate.platform.http.auth.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notification settings: only ever their own, so there is no id to guess. */
@Path("/notifications/preferences")
@Tag(name = "Notification preferences", description = "What reaches you outside the app, in which language and time zone")
@Authenticated
public class PreferencesResource {

    /**
     * Only what is given changes; {@code quietHours} is given whole ({@code on}, {@code from},
     * {@code until}); {@code choices} switch single category × channel pairs.
     */
    public record PreferencesUpdate(@Size(max = 8) String language, @Size(max = 64) String timeZone, QuietHoursSetting quietHours,
                                    @Size(max = 50) List<@NotNull Choice> choices) {
    }

    private final Preferences preferences;
    private final CurrentCaller caller;

    public PreferencesResource(Preferences preferences, CurrentCaller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @Operation(summary = "Your notification settings: language, time zone, quiet hours, and each category by channel (account emails always go)")
    @GET
    public Uni<Settings> read() {
        return preferences.read(me());
    }

    @Operation(summary = "Change your language, time zone, quiet hours or any category by channel")
    @PUT
    public Uni<Settings> update(@NotNull @Valid PreferencesUpdate update) {
        return preferences.update(me(), update.language(), update.timeZone(), update.quietHours(), update.choices() == null ? List.of() : update.choices());
    }

    private UUID me() {
        return UUID.fromString(caller.get().userId());
    }
}
