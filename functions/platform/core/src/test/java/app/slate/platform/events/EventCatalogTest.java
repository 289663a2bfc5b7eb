package app.slate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void everyType_hasASubscriber_orSaysWhichCapabilityWillConsumeIt() {
        for (EventType<?> type : EventCatalog.ALL) {
            if (type.isPending()) {
                assertThat(type.pendingUntil()).as(type.name()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
            } else {
                assertThat(type.pendingUntil()).as(type.name()).isEmpty();
            }
        }
    }

    @Test
    void typeNames_areUnique_andPayloadsAreRecords() {
        assertThat(EventCatalog.ALL.stream().map(EventType::name)).doesNotHaveDuplicates();
        assertThat(EventCatalog.ALL).allSatisfy(type -> assertThat(type.payload().isRecord()).as(type.name()).isTrue());
    }

    @Test
    void everySubscriber_receivesSomething() {
        for (Subscriber subscriber : Subscriber.values()) {
            assertThat(EventCatalog.routedTo(subscriber)).as(subscriber.queue()).isNotEmpty();
        }
    }

    @Test
    void secrets_areFieldsOfThePayload() {
        for (EventType<?> type : EventCatalog.ALL) {
            Set<String> fields = Arrays.stream(type.payload().getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
            assertThat(fields).as(type.name()).containsAll(type.secrets());
        }
    }

    @Test
    void nothingIsPending_andTheTokensAndAddressesAreSecrets() {
        assertThat(EventCatalog.pending()).isEmpty();
        assertThat(EventCatalog.routedTo(Subscriber.NOTIFICATIONS)).extracting(EventType::name).contains(
                "account.registered", "account.updated", "account.deleted", "account.identity-verified",
                "account.email-verification-requested", "account.password-reset-requested");
        assertThat(IdentityEvents.EMAIL_VERIFICATION_REQUESTED.secrets()).containsExactly("token");
        assertThat(IdentityEvents.PASSWORD_RESET_REQUESTED.secrets()).containsExactly("token");
        assertThat(AuditEvents.RECORDED.secrets()).containsExactly("sourceAddress");
        assertThat(EventCatalog.named("casting.role.changed")).contains(CastingEvents.ROLE_CHANGED);
        assertThat(EventCatalog.routedTo(Subscriber.SEARCH_INDEXER)).isEqualTo(List.of(
                TalentEvents.PROFILE_CHANGED, TalentEvents.PROFILE_DELETED, CastingEvents.ROLE_CHANGED, IdentityEvents.IDENTITY_VERIFIED,
                IdentityEvents.ACTIVE));
    }
}
