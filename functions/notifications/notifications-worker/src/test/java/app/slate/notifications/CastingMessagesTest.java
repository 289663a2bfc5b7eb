package app.slate.notifications;

import static app.slate.notifications.WorkerBatches.castingEvents;
import static app.slate.notifications.WorkerBatches.deliver;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.notifications.delivery.Channel;
import app.slate.notifications.preferences.Category;
import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.Preferences.QuietHoursSetting;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SentMessage;
import app.slate.standins.SesStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Casting events as email, beside the inbox: in the reader's language and zone, and only what they allow. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class CastingMessagesTest {

    @ConfigProperty(name = "slate.email.endpoint")
    String ses;

    @Inject
    Preferences preferences;

    @Test
    void aShortlistAndACallback_reachTheTalentByEmail_inTheirZone() {
        UUID talent = UUID.randomUUID();
        String address = known(talent);
        preferences.update(talent, null, "Asia/Riyadh", null, List.of()).await().indefinitely();

        deliver(castingEvents(talent));

        assertThat(to(address)).extracting(SentMessage::subject)
                .containsExactlyInAnyOrder("You've been shortlisted for Maya Hart", "Callback booked: Maya Hart");
        SentMessage callback = to(address).stream().filter(m -> m.subject().startsWith("Callback")).findFirst().orElseThrow();
        assertThat(callback.text()).contains("Thu 3 Dec 2026, 17:30 GMT+03:00, in person");
        assertThat(callback.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .hasEntrySatisfying("List-Unsubscribe", link -> assertThat(link).startsWith("<http://localhost:8080/notifications/unsubscribe?token="));
        assertThat(callback.text()).contains("Unsubscribe from these emails: http://localhost:8080/notifications/unsubscribe?token=")
                .contains("Where: Spotlight Studios, 7 Leicester Place, London WC2H 7BP");
        assertThat(callback.attachments()).singleElement().satisfies(invitation -> {
            assertThat(invitation.fileName()).isEqualTo("audition.ics");
            assertThat(invitation.contentType()).startsWith("text/calendar");
            assertThat(invitation.content()).contains("METHOD:REQUEST").contains("SEQUENCE:0").contains("TZID=Asia/Riyadh")
                    .contains("DTSTART;TZID=Asia/Riyadh:20261203T173000").contains("mailto:" + address);
        });
    }

    @Test
    void aCategorySwitchedOff_sendsNoEmail_butTheInboxStillHasIt() {
        UUID talent = UUID.randomUUID();
        String address = known(talent);
        preferences.update(talent, null, null, null, List.of(new Preferences.Choice(Category.AUDITIONS, Channel.EMAIL, false)))
                .await().indefinitely();

        deliver(castingEvents(talent));

        assertThat(to(address)).extracting(SentMessage::subject).containsExactly("You've been shortlisted for Maya Hart");
    }

    @Test
    void anInvitationToSubmit_reachesTheTalentByEmail_withTheClosingTimeInTheirZone() {
        UUID talent = UUID.randomUUID();
        String address = known(talent);
        UUID role = UUID.randomUUID();
        deliver(Events.sqsBatch(Events.envelope("casting.role.invited", "casting-role", role.toString(), "{\"roleId\": \"" + role
                + "\", \"roleName\": \"Maya Hart\", \"projectTitle\": \"The Glass Orchard\", \"deadline\": \"2027-01-15T18:00:00Z\", "
                + "\"recipients\": [\"" + talent + "\"]}")));

        SentMessage invitation = to(address).get(0);
        assertThat(invitation.subject()).isEqualTo("You're invited to submit for Maya Hart");
        assertThat(invitation.text()).contains("Submissions close Fri 15 Jan 2027, 18:00 UTC").contains("/roles/" + role);
    }

    @Test
    void aRecipientWhoIsNotAnAccount_getsTheInboxItem_andNoEmail_withoutFailingTheEvent() {
        deliver(castingEvents("demo-talent-" + UUID.randomUUID()));
    }

    /**
     * A talent notifications has heard about (account.registered), with a fresh address, and no
     * quiet hours: these tests run at any hour (QuietHoursTest and the schedule function's tests
     * hold messages through them).
     */
    private String known(UUID talent) {
        String address = "talent-" + talent + "@example.com";
        deliver(Events.sqsBatch(Events.envelope("account.registered", "account", talent.toString(), "{\"accountId\": \"" + talent
                + "\", \"email\": \"" + address + "\", \"displayName\": \"Kwame Mensah\", \"roles\": [\"talent\"], \"source\": \"self\"}")));
        preferences.update(talent, null, null, new QuietHoursSetting(false, LocalTime.of(21, 0), LocalTime.of(8, 0)), List.of())
                .await().indefinitely();
        return address;
    }

 
    private List<SentMessage> to(String address) {
        return SesStore.emails(ses).stream().filter(email -> email.to().contains(address)).toList();
    }

 }
