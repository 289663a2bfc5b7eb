package app.slate.notifications.journeys;

import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.casting.CastingMessages.Cause;
import app.slate.notifications.lifecycle.Condition;
import app.slate.notifications.lifecycle.Journey;
import app.slate.notifications.lifecycle.Journeys;
import app.slate.notifications.lifecycle.Lifecycle;
import app.slate.notifications.lifecycle.Lifecycle.StepDue;
import app.slate.notifications.lifecycle.LifecycleFacts;
import app.slate.notifications.lifecycle.LifecycleFacts.Facts;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.platform.events.IdentityEvents.AccountChanged;
import app.slate.platform.events.TalentEvents.ProfileChanged;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The lifecycle journeys' moments, from events (a registration, a profile's completeness crossing
 * 50), and their steps when due: each step is checked again then and skipped once its condition
 * no longer holds (a profile completed, the person came back), so it is idempotent and never
 * stale. The step's own schedule row is its message's cause: a step goes once.
 */
@ApplicationScoped
public class JourneySteps {

    static final int NUDGE_BELOW = 50;

    /** Where each step's message leads in the app. */
    private static final Map<String, String> LINKS = Map.of("welcome", "/", "profile-nudge", "/me/profile", "come-back", "/roles");

    private final Lifecycle lifecycle;
    private final LifecycleFacts facts;
    private final Schedule schedule;
    private final CastingMessages messages;

    public JourneySteps(Lifecycle lifecycle, LifecycleFacts facts, Schedule schedule, CastingMessages messages) {
        this.lifecycle = lifecycle;
        this.facts = facts;
        this.schedule = schedule;
        this.messages = messages;
    }

    public void registered(AccountChanged account, Instant now) {
        String audience = account.roles().contains("casting") ? "casting" : account.roles().contains("talent") ? "talent" : "any";
        facts.audience(account.accountId(), audience);
        lifecycle.moment("registered", account.accountId(), audience, now);
    }

    /** The completeness crossing 50, either way, is a moment; staying on one side is not. */
    public void profileChanged(ProfileChanged profile, Instant now) {
        UUID owner;
        try {
            owner = UUID.fromString(profile.ownerId());
        } catch (IllegalArgumentException notAnAccount) {
            return;
        }
        OptionalInt before = facts.completeness(owner, profile.completeness());
        boolean below = profile.completeness() < NUDGE_BELOW;
        if (below && (before.isEmpty() || before.getAsInt() >= NUDGE_BELOW)) {
            lifecycle.moment("profile-below-50", owner, "talent", now);
        } else if (!below && before.isPresent() && before.getAsInt() < NUDGE_BELOW) {
            lifecycle.moment("profile-at-least-50", owner, "talent", now);
        }
    }

    /** A step whose time came: sent, or skipped because it no longer makes sense. */
    public void send(Due due, Instant now) {
        StepDue waiting = schedule.payload(due, StepDue.class);
        Journey.Step step = Journeys.named(waiting.journey()).steps().get(waiting.step());
        Facts known = facts.read(waiting.accountId());
        if (step.audience() != null && !step.audience().equals(known.audience())) {
            return;
        }
        if (!Condition.allows(step.skipWhen(), known, waiting.started())) {
            return;
        }
        messages.tip(new Cause(due.id(), "notifications.lifecycle." + waiting.journey()), waiting.accountId(), step.template(),
                LINKS.getOrDefault(step.template(), "/"), now);
    }
}
