package org.whatmatters.backend.inbox;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.person.Person;

/**
 * Where an answer typed in the app lands: stored first as an inbound message with channel APP
 * (unique on the person and the app's own id for the answer, so an answer sent twice over a flaky
 * connection has one effect), then handed to exactly the path an SMS takes ({@link
 * SmsInbox#attempt}): the safety check before and apart from the turn (crisis support and the
 * URGENT alert), the counted attempts, the recovery sweep, then the turn. The sender is the
 * person's own E.164 number, so the inbox finds the same person, and one person's messages keep one
 * order.
 */
@Singleton
public class AppInbox {

    private static final Logger LOG = LoggerFactory.getLogger(AppInbox.class);

    private final InboundMessageRepository inbound;
    private final SmsInbox inbox;
    private final Attempts attempts;
    private final InboxSettings settings;
    private final Clock clock;

    AppInbox(
            InboundMessageRepository inbound,
            SmsInbox inbox,
            Attempts attempts,
            InboxSettings settings,
            Clock clock) {
        this.inbound = inbound;
        this.inbox = inbox;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The provider id of an app answer: the person and the app's id for it. */
    public static String providerId(Long personId, String clientId) {
        return "app-" + personId + "-" + clientId;
    }

    /**
     * Stores and handles the answer (once); returns the stored message, handled or waiting for the
     * recovery sweep.
     */
    public InboundMessage receive(Person person, String clientId, String text) {
        String providerId = providerId(person.id(), clientId);
        Instant now = clock.instant();
        InboundMessage arrived =
                InboundMessage.arrived(
                        Channel.APP,
                        providerId,
                        person.phoneE164(),
                        "app",
                        text,
                        0,
                        now,
                        now.plus(settings.recoveryGrace()));
        InboundMessage stored;
        boolean begun;
        try {
            // stored with its first attempt counted, as a text handled at once is
            stored = inbound.save(attempts.begunOnArrival(arrived));
            begun = true;
        } catch (DataAccessException duplicate) {
            stored =
                    inbound.findByChannelAndProviderId(Channel.APP, providerId)
                            .orElseThrow(() -> duplicate);
            if (stored.settled()) {
                LOG.info("app answer {} already handled; sent again, ignored", stored.id());
                return stored;
            }
            begun = attempts.begin(stored);
        }
        if (begun) {
            inbox.attempt(stored);
        }
        return inbound.findById(stored.id()).orElse(stored);
    }
}
