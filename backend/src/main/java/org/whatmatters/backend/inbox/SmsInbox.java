package org.whatmatters.backend.inbox;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.ConversationTurns;
import org.whatmatters.backend.person.People;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PhoneNumbers;
import org.whatmatters.backend.ratelimit.InboundFloodGate;

import java.time.Clock;
import java.util.Optional;

/**
 * Where an inbound SMS lands: stored first (its own commit, unique on MessageSid), then handed to the
 * conversation. A retry or replay of the same MessageSid finds the stored row and has no further effect;
 * a message whose handling failed stays unprocessed for {@link InboxRecovery} to pick up.
 */
@Singleton
public class SmsInbox {

    private static final Logger LOG = LoggerFactory.getLogger(SmsInbox.class);

    /** The parts of Twilio's form we keep. */
    public record IncomingSms(String messageSid, String from, String to, String body, int numMedia) {
        @Override
        public String toString() {
            return "IncomingSms[" + messageSid + "]";
        }
    }

    private final InboundMessageRepository inbound;
    private final PhoneNumbers phoneNumbers;
    private final People people;
    private final ConversationTurns turns;
    private final Clock clock;
    private final InboundFloodGate floodGate;

    public SmsInbox(InboundMessageRepository inbound, PhoneNumbers phoneNumbers, People people,
                    ConversationTurns turns, Clock clock, InboundFloodGate floodGate) {
        this.inbound = inbound;
        this.phoneNumbers = phoneNumbers;
        this.people = people;
        this.turns = turns;
        this.clock = clock;
        this.floodGate = floodGate;
    }

    public void receive(IncomingSms sms) {
        InboundMessage stored = store(sms);
        if (stored.processedAt() != null) {
            LOG.info("inbound {} {} already handled; replay ignored", stored.channel(), stored.providerId());
            return;
        }
        if (!floodGate.handleNow(stored.fromAddress(), stored.body())) {
            // a flood from one number: stored (never dropped) and answered in turn by the recovery sweep, so it
            // does not hold this request's thread, nor starve other people's messages (crisis language never waits)
            LOG.info("inbound {} stored; its sender is over the per-minute limit, handled by the sweep", stored.id());
            return;
        }
        try {
            process(stored);
        } catch (RuntimeException e) {
            // Stored and acknowledged to Twilio all the same: the recovery sweep retries it.
            LOG.error("inbound message {} stored but not handled yet; it will be retried", stored.id(), e);
        }
    }

    /** Handles a stored, unprocessed message: finds or creates the person and takes the conversation's turn. */
    void process(InboundMessage message) {
        Optional<String> e164 = phoneNumbers.toE164(message.fromAddress());
        if (e164.isEmpty()) {
            LOG.warn("inbound message {} is from an address that is not a phone number; stored, not answered", message.id());
            inbound.markProcessed(message.id(), null, clock.instant());
            return;
        }
        Person person = people.findOrCreate(e164.get());
        turns.take(message.id(), person.id());
    }

    private InboundMessage store(IncomingSms sms) {
        InboundMessage message = new InboundMessage(null, Channel.SMS, sms.messageSid(), sms.from(), nullToEmpty(sms.to()),
                sms.body(), sms.numMedia(), clock.instant(), null, null);
        try {
            return inbound.save(message);
        } catch (DataAccessException duplicate) {
            return inbound.findByChannelAndProviderId(Channel.SMS, sms.messageSid()).orElseThrow(() -> duplicate);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
