package app.slate.notifications;

import app.slate.notifications.account.AccountEmails;
import app.slate.notifications.billing.BillingMessages;
import app.slate.notifications.billing.BillingNotice;
import app.slate.notifications.casting.AuditionNotices;
import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.conversations.MessageNotices;
import app.slate.notifications.digest.SubmissionDigests;
import app.slate.notifications.feedback.EmailFeedbackReports;
import app.slate.notifications.journeys.JourneySteps;
import app.slate.notifications.reminders.Reminders;
import app.slate.notifications.searches.SearchAlertNotices;
import app.slate.notifications.sms.PhoneCodes;
import app.slate.notifications.team.TeamInvitations;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.IdentityEvents;
import app.slate.platform.events.MessagingEvents;
import app.slate.platform.events.ModerationEvents;
import app.slate.platform.events.NotificationEvents;
import app.slate.platform.events.PaymentEvents;
import app.slate.platform.events.PrivacyEvents;
import app.slate.platform.events.SearchEvents;
import app.slate.platform.events.Subscriber;
import app.slate.platform.events.TalentEvents;
import app.slate.platform.idempotency.EventHandlers;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * SQS batch handler of the notifications queue: casting events reach their recipients' inboxes
 * and, per their preferences, their email (held through quiet hours when they can wait), with
 * reminders planned for auditions and self-tapes and new submissions gathered into the team's
 * digests; account events keep the contacts and send the account emails; SES's reports (from the
 * email feedback queue) update the delivery log; billing changes tell the payer (inbox and email);
 * messages, edits and read receipts reach participants' open apps at once (WebSocket frames) and
 * those away as one notice per conversation.
 * Reports only the failed messages for retry.
 */
@Named(NotificationsHandler.NAME)
@ApplicationScoped
public class NotificationsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "notifications-worker";

    private final IdempotentBatchConsumer consumer;
    private final QueueMessages messages;
    private final EventHandlers handlers;

    public NotificationsHandler(IdempotentBatchConsumer consumer, QueueMessages messages, InboxDelivery inbox, AccountEmails account,
                                TeamInvitations team, CastingMessages casting, AuditionNotices auditions, Reminders reminders,
                                SubmissionDigests digests, EmailFeedbackReports feedback, PhoneCodes phoneCodes, JourneySteps journeys,
                                BillingMessages billing, RealtimeFrames frames, MessageNotices messageNotices,
                                SearchAlertNotices searchAlerts) {
        this.consumer = consumer;
        this.messages = messages;
        this.handlers = EventHandlers.of(Subscriber.NOTIFICATIONS)
                .on(IdentityEvents.REGISTERED, (event, p) -> {
                    account.accountChanged(event, p);
                    journeys.registered(p, Instant.now());
                })
                .on(TalentEvents.PROFILE_CHANGED, (event, p) -> journeys.profileChanged(p, Instant.now()))
                .on(IdentityEvents.UPDATED, account::accountChanged)
                .on(IdentityEvents.DELETED, account::accountDeleted)
                .on(IdentityEvents.IDENTITY_VERIFIED, account::identityVerified)
                .on(PrivacyEvents.ERASURE_SCHEDULED, account::erasureScheduled)
                .on(PrivacyEvents.EXPORT_READY, account::exportReady)
                .on(IdentityEvents.EMAIL_VERIFICATION_REQUESTED, account::linkRequested)
                .on(IdentityEvents.PASSWORD_RESET_REQUESTED, account::linkRequested)
                .on(NotificationEvents.EMAIL_FEEDBACK, feedback::apply)
                .on(NotificationEvents.PHONE_VERIFICATION_REQUESTED, phoneCodes::requested)
                .on(CastingEvents.COLLABORATOR_INVITED, team::invited)
                .on(CastingEvents.ROLE_INVITED, (event, p) -> {
                    inbox.deliver(event, InboxTemplates.invited(p), p.recipients());
                    casting.roleInvited(event, p, Instant.now());
                    reminders.roleInvited(p, Instant.now());
                })
                .on(CastingEvents.SUBMISSION_STATUS_CHANGED, (event, p) -> {
                    if (p.from() == null) {
                        digests.gather(p, Instant.now());
                        reminders.submitted(p.roleId(), p.talentId());
                        return;
                    }
                    inbox.deliver(event, InboxTemplates.statusChanged(p), p.recipients());
                    frames.statusChanged(p);
                    casting.statusChanged(event, p, Instant.now());
                })
                .on(CastingEvents.SELF_TAPE_REQUESTED, (event, p) -> {
                    inbox.deliver(event, InboxTemplates.selfTapeRequested(p), p.recipients());
                    casting.selfTapeRequested(event, p, Instant.now());
                    reminders.selfTapeRequested(p, Instant.now());
                })
                .on(CastingEvents.SELF_TAPE_ANSWERED, (event, p) -> reminders.selfTapeAnswered(p.selfTapeId()))
                .on(CastingEvents.SELF_TAPE_EXPIRED, (event, p) -> {
                    inbox.deliver(event, InboxTemplates.selfTapeExpired(p), p.recipients());
                    reminders.selfTapeAnswered(p.selfTapeId());
                    casting.selfTapeExpired(event, p, Instant.now());
                })
                .on(CastingEvents.AUDITION_BOOKED, (event, p) -> {
                    inbox.deliver(event, InboxTemplates.audition(p, true), p.recipients());
                    auditions.changed(event, p, false);
                })
                .on(CastingEvents.AUDITION_CANCELLED, (event, p) -> {
                    inbox.deliver(event, InboxTemplates.audition(p, false), p.recipients());
                    auditions.changed(event, p, true);
                })
                .on(ModerationEvents.REPORT_DECIDED, (event, p) -> inbox.deliver(event, InboxTemplates.reportDecided(p),
                        p.reporters().stream().map(UUID::toString).toList()))
                .on(ModerationEvents.TAKEN_DOWN, (event, p) -> inbox.deliver(event, InboxTemplates.takenDown(p),
                        p.owners().stream().map(UUID::toString).toList()))
                .on(PaymentEvents.SUBSCRIPTION_CHANGED, (event, p) -> BillingNotice.of(p).ifPresent(notice -> {
                    inbox.deliver(event, InboxTemplates.billing(notice), List.of(p.accountId().toString()));
                    billing.subscriptionChanged(event, p, notice);
                }))
                .on(PaymentEvents.PAYMENT_CHANGED, (event, p) -> BillingNotice.of(p).ifPresent(notice -> {
                    inbox.deliver(event, InboxTemplates.billing(notice), List.of(p.accountId().toString()));
                    billing.paymentChanged(event, p, notice);
                }))
                .on(MessagingEvents.MESSAGE_POSTED, (event, p) -> {
                    frames.messagePosted(p);
                    messageNotices.posted(p, Instant.now());
                })
                .on(MessagingEvents.MESSAGE_CHANGED, (event, p) -> frames.messageChanged(p))
                .on(MessagingEvents.CONVERSATION_READ, (event, p) -> {
                    frames.conversationRead(p);
                    messageNotices.read(p);
                })
                .on(SearchEvents.MATCHED, (event, p) -> {
                    if ("INSTANT".equals(p.frequency())) {
                        inbox.deliver(event, InboxTemplates.searchMatched(p), List.of(p.ownerId().toString()));
                    }
                    searchAlerts.matched(event, p, Instant.now());
                })
                .on(SearchEvents.UNMATCHED, (event, p) -> searchAlerts.unmatched(p))
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, messages::envelope, handlers);
    }
}
