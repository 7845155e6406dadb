package org.whatmatters.backend.inbox;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.ConversationTurns;
import org.whatmatters.backend.conversation.SafetyFirst;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.message.Safety;
import org.whatmatters.backend.person.People;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PhoneNumbers;
import org.whatmatters.backend.ratelimit.InboundFloodGate;

/**
 * Where an inbound SMS lands: stored first (its own commit, unique on MessageSid, with its first
 * attempt counted), then the safety check (crisis support and the URGENT alert, in a transaction of
 * its own; nothing to commit for a message without crisis or concern language), then the
 * conversation's turn. A retry or replay of the same MessageSid finds the stored row and has no
 * further effect. Each attempt at a message is counted; one that fails is tried again by {@link
 * InboxRecovery} and, after the last attempt, given up and shown to a human ({@link Attempts}). A
 * person's earlier messages still to be handled go first, each in its own transaction, so one that
 * always fails never holds back the next.
 */
@Singleton
public class SmsInbox {

    /**
     * Why a message from an alphanumeric sender ID (VODAFONE, NHSAPP) or any other non-number was
     * handled without a turn.
     */
    static final String NOT_A_PHONE_NUMBER = "sender is not a phone number";

    private static final Logger LOG = LoggerFactory.getLogger(SmsInbox.class);

    /** The parts of Twilio's form we keep. */
    public record IncomingSms(
            String messageSid, String from, String to, String body, int numMedia) {
        @Override
        public String toString() {
            return "IncomingSms[" + messageSid + "]";
        }
    }

    private final InboundMessageRepository inbound;
    private final PhoneNumbers phoneNumbers;
    private final People people;
    private final SafetyFirst safety;
    private final ConversationTurns turns;
    private final Attempts attempts;
    private final InboxSettings settings;
    private final Clock clock;
    private final InboundFloodGate floodGate;

    SmsInbox(
            InboundMessageRepository inbound,
            PhoneNumbers phoneNumbers,
            People people,
            SafetyFirst safety,
            ConversationTurns turns,
            Attempts attempts,
            InboxSettings settings,
            Clock clock,
            InboundFloodGate floodGate) {
        this.inbound = inbound;
        this.phoneNumbers = phoneNumbers;
        this.people = people;
        this.safety = safety;
        this.turns = turns;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
        this.floodGate = floodGate;
    }

    public void receive(IncomingSms sms) {
        // a flood from one number is stored (never dropped) and answered in turn by the recovery
        // sweep, so it does not hold this request's thread, nor starve other people's messages
        // (crisis language never waits)
        boolean handleNow = floodGate.handleNow(sms.from(), sms.body());
        InboundMessage arrived = arrived(sms);
        InboundMessage stored;
        try {
            // a message handled at once is stored with its first attempt counted: one statement
            stored = inbound.save(handleNow ? attempts.begunOnArrival(arrived) : arrived);
        } catch (DataAccessException duplicate) {
            retried(
                    inbound.findByChannelAndProviderId(Channel.SMS, sms.messageSid())
                            .orElseThrow(() -> duplicate),
                    handleNow);
            return;
        }
        if (handleNow) {
            attempt(stored);
        } else {
            overTheLimit(stored);
        }
    }

    /** A retry or replay of a MessageSid already stored. */
    private void retried(InboundMessage stored, boolean handleNow) {
        if (stored.settled()) {
            LOG.info(
                    "inbound {} {} already handled; replay ignored",
                    stored.channel(),
                    stored.providerId());
        } else if (!handleNow) {
            overTheLimit(stored);
        } else if (attempts.begin(stored)) {
            attempt(stored);
        }
    }

    private static void overTheLimit(InboundMessage stored) {
        LOG.info(
                "inbound {} stored; its sender is over the per-minute limit, handled by the sweep",
                stored.id());
    }

    /**
     * One attempt at a stored message, its attempt already counted. Never throws: whatever fails is
     * counted and the message waits for the sweep (acknowledged to Twilio all the same, since it is
     * stored).
     */
    void attempt(InboundMessage message) {
        try {
            attemptOrThrow(message);
        } catch (RuntimeException e) {
            failed(message.id(), null, e);
        }
    }

    private void attemptOrThrow(InboundMessage message) {
        Optional<String> e164 = phoneNumber(message.fromAddress());
        if (e164.isEmpty()) {
            inbound.markHandledWithout(message.id(), NOT_A_PHONE_NUMBER, clock.instant());
            LOG.info(
                    "inbound message {}: {}; stored, not answered, not tried again",
                    message.id(),
                    NOT_A_PHONE_NUMBER);
            return;
        }
        Person person;
        try {
            person = people.findOrCreate(e164.get());
        } catch (RuntimeException e) {
            failed(message.id(), null, e);
            return;
        }
        for (Long earlier :
                inbound.findUnprocessedBefore(
                        message.channel(), message.fromAddressHash(), message.id())) {
            inbound.findById(earlier)
                    .filter(waiting -> !waiting.settled())
                    .ifPresent(
                            waiting -> {
                                attempts.beginEarlier(waiting);
                                checkAndTake(waiting, person);
                            });
        }
        checkAndTake(message, person);
    }

    /**
     * The safety check, then the turn: each its own transaction, neither able to stop the other. A
     * message with neither crisis nor concern language has nothing to commit before its turn: its
     * check takes no transaction, and the turn records what it found.
     */
    private void checkAndTake(InboundMessage message, Person person) {
        Safety found = null;
        try {
            found =
                    safety.withoutLocks(message)
                            .orElseGet(() -> safety.check(message.id(), person.id()));
        } catch (RuntimeException e) {
            LOG.error(
                    "inbound message {}: the safety check failed ({}); the conversation's own crisis check still runs",
                    message.id(),
                    Attempts.kind(e));
        }
        try {
            turns.take(message.id(), person.id(), found);
        } catch (RuntimeException e) {
            failed(message.id(), person.id(), e);
        }
    }

    private void failed(Long inboundId, Long personId, RuntimeException cause) {
        try {
            attempts.failed(inboundId, personId, cause);
        } catch (RuntimeException e) {
            LOG.error(
                    "inbound message {} not handled ({}), and its failure could not be recorded ({}); the sweep retries it",
                    inboundId,
                    Attempts.kind(cause),
                    Attempts.kind(e));
        }
    }

    /**
     * The sender as an E.164 number; empty for anything that is not one. A sender with letters is
     * an alphanumeric sender ID (a network's or a service's name), never a person we can answer,
     * even where the letters could be read as a vanity number.
     */
    private Optional<String> phoneNumber(String from) {
        if (from == null || from.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return phoneNumbers.toE164(from);
    }

    private InboundMessage arrived(IncomingSms sms) {
        Instant now = clock.instant();
        return InboundMessage.arrived(
                Channel.SMS,
                sms.messageSid(),
                sms.from(),
                nullToEmpty(sms.to()),
                sms.body(),
                sms.numMedia(),
                now,
                now.plus(settings.recoveryGrace()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
