package org.whatmatters.backend.app.delivery;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.whatmatters.backend.app.AppSettings;
import org.whatmatters.backend.followup.ContactTimes;
import org.whatmatters.backend.followup.FollowUpSettings;
import org.whatmatters.backend.outbox.InAppQueued;
import org.whatmatters.backend.outbox.OutboxLane;
import org.whatmatters.backend.schedule.DueWorkScheduler;

/**
 * What happens to a message written for the app, decided in the transaction that wrote it (the
 * timers commit with it): a push saying only that there is a message, outside quiet hours; and a
 * fallback timer that sends it by SMS if the app has not fetched it by then. A reply to an answer
 * given in the app is returned in that answer's response, so it is not pushed. A crisis message
 * goes at once, quiet hours or not, and by SMS as well if it is not fetched within {@link
 * AppSettings#crisisFallbackAfter()}.
 */
@Singleton
class AppDelivery {

    static final String PUSH = "app-push";
    static final String FALLBACK = "app-fallback";

    private final DueWorkScheduler scheduler;
    private final AppSettings settings;
    private final ContactTimes quiet;
    private final Clock clock;

    AppDelivery(
            DueWorkScheduler scheduler,
            AppSettings settings,
            FollowUpSettings followUps,
            Clock clock) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.quiet = ContactTimes.quietHours(followUps.quietFrom(), followUps.quietUntil());
        this.clock = clock;
    }

    @EventListener
    void queued(InAppQueued message) {
        Instant now = clock.instant();
        String id = String.valueOf(message.messageId());
        if (message.lane() == OutboxLane.CRISIS) {
            if (!message.reply()) {
                scheduler.schedule(PUSH, id, id, now);
            }
            scheduler.schedule(FALLBACK, id, id, now.plus(settings.crisisFallbackAfter()));
            return;
        }
        if (message.reply()) {
            // the app has it in the answer's response; should that response be lost, the fallback
            // still holds
            scheduler.schedule(
                    FALLBACK,
                    id,
                    id,
                    quiet.firstAllowedAt(now.plus(settings.fallbackUnconfirmed())));
            return;
        }
        Instant pushAt = quiet.firstAllowedAt(now);
        scheduler.schedule(PUSH, id, id, pushAt);
        scheduler.schedule(
                FALLBACK,
                id,
                id,
                quiet.firstAllowedAt(pushAt.plus(settings.fallbackUnconfirmed())));
    }

    /**
     * When an unfetched message whose push was accepted falls back: {@link
     * AppSettings#fallbackAfter()} after it was written.
     */
    Instant confirmedFallbackAt(Instant written) {
        return quiet.firstAllowedAt(written.plus(settings.fallbackAfter()));
    }
}
