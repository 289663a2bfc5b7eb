package app.slate.notifications.api;

import app.slate.notifications.devices.Device;
import app.slate.notifications.devices.Devices;
import app.slate.platform.http.auth.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own web push subscriptions: a browser subscribes with Slate's VAPID public key and
 * hands its subscription here; each device can be removed. Nobody sees or removes another's.
 */
@Path("/notifications/push")
@Tag(name = "Push devices", description = "Web push subscriptions (RFC 8030) of your browsers and phones")
@Authenticated
public class PushDevicesResource {

    /** What {@code PushSubscription.toJSON()} gives, and an optional name for the device. */
    public record Subscription(@NotNull @Size(max = 2048) String endpoint, Long expirationTime, @NotNull @Valid Keys keys,
                               @Size(max = 120) String label) {
    }

    public record Keys(@NotNull @Size(max = 100) String p256dh, @NotNull @Size(max = 40) String auth) {
    }

    /** A device as its owner sees it; its keys stay with Slate. */
    public record DeviceView(UUID id, String endpoint, String label, Instant createdAt, Instant lastPushAt) {

        static DeviceView of(Device device) {
            return new DeviceView(device.id(), device.endpoint(), device.label(), device.createdAt(), device.lastPushAt());
        }
    }

    public record ServerKey(String publicKey) {
    }

    private final Devices devices;
    private final CurrentCaller caller;
    private final String vapidPublicKey;

    public PushDevicesResource(Devices devices, CurrentCaller caller, @ConfigProperty(name = "slate.push.vapid-public-key") String vapidPublicKey) {
        this.devices = devices;
        this.caller = caller;
        this.vapidPublicKey = vapidPublicKey;
    }

    @Operation(summary = "Slate's VAPID public key: pass it as applicationServerKey to PushManager.subscribe()")
    @GET
    @Path("/key")
    public ServerKey key() {
        return new ServerKey(vapidPublicKey);
    }

    @Operation(summary = "Subscribe this device to push: the browser's PushSubscription, as toJSON() gives it")
    @POST
    @Path("/subscriptions")
    public Uni<Response> subscribe(@NotNull @Valid Subscription subscription) {
        return devices.subscribe(me(), subscription.endpoint(), subscription.keys().p256dh(), subscription.keys().auth(), subscription.label())
                .map(device -> Response.status(Response.Status.CREATED).entity(DeviceView.of(device)).build());
    }

    @Operation(summary = "Your devices subscribed to push")
    @GET
    @Path("/subscriptions")
    public Uni<List<DeviceView>> mine() {
        return devices.of(me()).map(all -> all.stream().map(DeviceView::of).toList());
    }

    @Operation(summary = "Stop pushing to one of your devices")
    @DELETE
    @Path("/subscriptions/{deviceId}")
    public Uni<Response> remove(@PathParam("deviceId") UUID deviceId) {
        return devices.remove(me(), deviceId).map(ignored -> Response.noContent().build());
    }

    private UUID me() {
        return UUID.fromString(caller.get().userId());
    }
}
