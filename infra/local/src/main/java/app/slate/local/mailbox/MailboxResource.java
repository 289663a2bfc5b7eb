package app.slate.local.mailbox;

import app.slate.standins.SentMessage;
import app.slate.standins.SesStore;
import app.slate.standins.SmsStore;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The local cloud's development mailbox: every message Slate's channels handed to their
 * stand-ins (emails, texts, and pushes: decrypted for the local cloud's development phones), newest first. {@code GET /local/messages} answers JSON (filter by {@code recipient},
 * an address, and {@code channel}); {@code GET /local/mailbox} is the same as a page to read.
 * Not part of Slate's API, so not in the template.
 */
@Path("/local")
@PermitAll
public class MailboxResource {

    private final String ses;
    private final String twilio;
    private final LocalPhones phones;

    public MailboxResource(@ConfigProperty(name = "slate.email.endpoint") String ses,
                           @ConfigProperty(name = "slate.sms.primary.api-url") String twilio, LocalPhones phones) {
        this.ses = ses;
        this.twilio = twilio;
        this.phones = phones;
    }

    @Operation(hidden = true)
    @GET
    @Path("/messages")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    public List<SentMessage> messages(@QueryParam("recipient") String recipient, @QueryParam("channel") String channel) {
        return Stream.of(SesStore.emails(ses), SmsStore.texts(twilio), phones.pushes()).flatMap(List::stream)
                .filter(message -> channel == null || message.channel().equalsIgnoreCase(channel))
                .filter(message -> recipient == null || message.to().stream().anyMatch(recipient::equalsIgnoreCase))
                .sorted(Comparator.comparing(SentMessage::sentAt).reversed())
                .toList();
    }

    @Operation(hidden = true)
    @GET
    @Path("/mailbox")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public String mailbox(@QueryParam("recipient") String recipient, @QueryParam("channel") String channel) {
        return MailboxPage.render(messages(recipient, channel), recipient);
    }
}
