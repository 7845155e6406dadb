package org.whatmatters.backend.inbox;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.ConversationTurns;
import org.whatmatters.backend.person.Person;

import java.time.Clock;

/**
 * Where an answer typed in the app lands: stored first as an inbound message with channel APP (unique on the person
 * and the app's own id for the answer, so an answer sent twice over a flaky connection has one effect), then handed
 * to exactly the path an SMS takes, so crisis language, the words that work anywhere and the script behave the same.
 */
@Singleton
public class AppInbox {

    private static final Logger LOG = LoggerFactory.getLogger(AppInbox.class);

    private final InboundMessageRepository inbound;
    private final ConversationTurns turns;
    private final Clock clock;

    AppInbox(InboundMessageRepository inbound, ConversationTurns turns, Clock clock) {
        this.inbound = inbound;
        this.turns = turns;
        this.clock = clock;
    }

    /** The provider id of an app answer: the person and the app's id for it. */
    public static String providerId(Long personId, String clientId) {
        return "app-" + personId + "-" + clientId;
    }

    /** Stores and handles the answer (once); returns the stored message, handled or waiting for the recovery sweep. */
    public InboundMessage receive(Person person, String clientId, String text) {
        InboundMessage stored = store(person, clientId, text);
        if (stored.processedAt() != null) {
            LOG.info("app answer {} already handled; sent again, ignored", stored.id());
            return stored;
        }
        try {
            turns.take(stored.id(), person.id());
        } catch (RuntimeException e) {
            LOG.error("app answer {} stored but not handled yet; it will be retried", stored.id(), e);
        }
        return inbound.findById(stored.id()).orElse(stored);
    }

    private InboundMessage store(Person person, String clientId, String text) {
        String providerId = providerId(person.id(), clientId);
        InboundMessage message = new InboundMessage(null, Channel.APP, providerId, person.phoneE164(), "app", text, 0,
                clock.instant(), null, null);
        try {
            return inbound.save(message);
        } catch (DataAccessException duplicate) {
            return inbound.findByChannelAndProviderId(Channel.APP, providerId).orElseThrow(() -> duplicate);
        }
    }
}
