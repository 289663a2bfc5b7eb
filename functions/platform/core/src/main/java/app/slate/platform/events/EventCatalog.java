package app.slate.platform.events;

import java.util.List;
import java.util.Optional;

/**
 * Every event type Slate writes, in one place: producers write them, the relay routes them,
 * consumers read them, all by these constants and their payload records. A type that is not
 * here cannot be written (the outbox takes only {@link EventType}s) nor handled (see
 * {@link EventHandlers}).
 */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = List.of(
            TalentEvents.PROFILE_CHANGED, TalentEvents.PROFILE_DELETED,
            CastingEvents.ROLE_CHANGED, CastingEvents.COLLABORATOR_INVITED, CastingEvents.ROLE_INVITED, CastingEvents.SUBMISSION_STATUS_CHANGED,
            CastingEvents.SELF_TAPE_REQUESTED, CastingEvents.SELF_TAPE_ANSWERED, CastingEvents.SELF_TAPE_EXPIRED,
            CastingEvents.AUDITION_BOOKED,
            CastingEvents.AUDITION_CANCELLED,
            CastingEvents.SCRIPT_UPLOADED, CastingEvents.INGESTION_RECEIVED, CastingEvents.INGESTION_RAW,
            MatchingEvents.REINDEX_PAGE,
            IdentityEvents.REGISTERED, IdentityEvents.UPDATED, IdentityEvents.DELETED,
            IdentityEvents.IDENTITY_VERIFIED, IdentityEvents.ACTIVE,
            IdentityEvents.EMAIL_VERIFICATION_REQUESTED, IdentityEvents.PASSWORD_RESET_REQUESTED,
            NotificationEvents.EMAIL_FEEDBACK, NotificationEvents.PHONE_VERIFICATION_REQUESTED,
            PaymentEvents.PROVIDER_EVENT, PaymentEvents.SUBSCRIPTION_CHANGED, PaymentEvents.PAYMENT_CHANGED,
            AuditEvents.RECORDED, ConsentEvents.CHANGED, ModerationEvents.REPORT_DECIDED, ModerationEvents.TAKEN_DOWN,
            PrivacyEvents.ERASURE_DUE, PrivacyEvents.EXPORT_REQUESTED, PrivacyEvents.ERASURE_SCHEDULED, PrivacyEvents.EXPORT_READY,
            MessagingEvents.MESSAGE_POSTED, MessagingEvents.MESSAGE_CHANGED, MessagingEvents.CONVERSATION_READ,
            SearchEvents.MATCHED, SearchEvents.UNMATCHED);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> named(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    public static List<EventType<?>> routedTo(Subscriber subscriber) {
        return ALL.stream().filter(type -> type.subscribers().contains(subscriber)).toList();
    }

    public static List<EventType<?>> pending() {
        return ALL.stream().filter(EventType::isPending).toList();
    }
}
