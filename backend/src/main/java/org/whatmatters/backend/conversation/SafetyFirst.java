package org.whatmatters.backend.conversation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.message.Safety;
import org.whatmatters.backend.outbox.Outbox;
import org.whatmatters.backend.outbox.OutboxLane;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.settings.ConversationSettings;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.conversation.engine.CrisisCheck;
import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.EnglishTexts;
import org.whatmatters.conversation.engine.StepResult;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Text;

/**
 * The safety check every inbound message gets as soon as it is stored, in a small transaction of
 * its own and before its conversation turn: crisis language queues crisis support (in the outbox's
 * crisis lane) and raises the URGENT {@code CRISIS} event (and with it the alerts) at once;
 * distress without a stated risk (the concern tier) queues the short kind reply with the numbers
 * and raises the ROUTINE {@code CONCERN} event. It reads nothing of the conversation but the
 * person's language, and any trouble reading that (a broken state, a catalog, a key) means English:
 * a broken conversation cannot delay or prevent crisis support. The turn that follows then leaves
 * out what this check already did ({@link #withoutWhatItDid}), so the reply is sent and the event
 * raised once.
 *
 * <p>Lock order as in a turn (the person, then the message), so the two never deadlock.
 */
@Singleton
public class SafetyFirst {

    static final String CRISIS_REPLY = "global.crisis";
    static final String CONCERN_REPLY = "global.concern";
    private static final Logger LOG = LoggerFactory.getLogger(SafetyFirst.class);

    private final PersonRepository people;
    private final InboundMessageRepository inbound;
    private final CrisisCheck crisis;
    private final ConversationRepository conversations;
    private final StateCodec codec;
    private final CatalogTexts texts;
    private final ConversationSettings settings;
    private final Outbox outbox;
    private final PersonEvents events;
    private final ReplyChannel replyChannel;
    private final Replies replies = Replies.shipped();
    private final EnglishTexts english = new EnglishTexts();

    SafetyFirst(
            PersonRepository people,
            InboundMessageRepository inbound,
            CrisisCheck crisis,
            ConversationRepository conversations,
            StateCodec codec,
            CatalogTexts texts,
            ConversationSettings settings,
            Outbox outbox,
            PersonEvents events,
            ReplyChannel replyChannel) {
        this.replyChannel = replyChannel;
        this.people = people;
        this.inbound = inbound;
        this.crisis = crisis;
        this.conversations = conversations;
        this.codec = codec;
        this.texts = texts;
        this.settings = settings;
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * The check of a message as it was just read, without a transaction: its finding when that is
     * {@code NONE} or was recorded already, so there is nothing to queue, raise or lock before the
     * turn (which records {@code NONE} as it marks the message handled); empty when it shows crisis
     * or concern language, whose support {@link #check} queues in a transaction of its own. Most
     * messages are of the first kind, and this saves each a transaction and two row locks.
     */
    public Optional<Safety> withoutLocks(InboundMessage message) {
        if (message.safety() != null) {
            return Optional.of(message.safety());
        }
        return crisis.assess(message.body()).tier() == CrisisCheck.Tier.NONE
                ? Optional.of(Safety.NONE)
                : Optional.empty();
    }

    /**
     * Checks one stored message from this person, once; what it found (also when it had been
     * checked before).
     */
    @Transactional
    public Safety check(Long inboundId, Long personId) {
        Person person = people.lockById(personId).orElseThrow();
        InboundMessage message = inbound.lockById(inboundId).orElseThrow();
        if (message.safety() != null) {
            return message.safety();
        }
        if (message.processedAt() != null) {
            return Safety.NONE; // its turn ran first (this check had failed): the turn's own crisis
            // check answered it
        }
        CrisisCheck.Assessment assessment = crisis.assess(message.body());
        Safety found =
                switch (assessment.tier()) {
                    case CRISIS -> Safety.CRISIS;
                    case CONCERN -> Safety.CONCERN;
                    case NONE -> Safety.NONE;
                };
        switch (found) {
            case CRISIS -> {
                // back by the channel it came (an app message's reply is shown in the app, and
                // texted if not read within
                // minutes), in the crisis lane, ahead of any ordinary sends
                outbox.queue(
                        person,
                        replyChannel.choose(person, message.channel(), Map.of()),
                        reply(CRISIS_REPLY, person.id()),
                        message.id(),
                        OutboxLane.CRISIS);
                events.raise(
                        person.id(),
                        "CRISIS",
                        PersonEvent.Urgency.URGENT,
                        "matched " + assessment.matched());
                LOG.warn(
                        "URGENT: crisis language from person {}; crisis support queued and alert stored for the team",
                        person.id());
            }
            case CONCERN -> {
                outbox.queue(
                        person,
                        replyChannel.choose(person, message.channel(), Map.of()),
                        reply(CONCERN_REPLY, person.id()),
                        message.id(),
                        OutboxLane.CRISIS);
                events.raise(
                        person.id(),
                        "CONCERN",
                        PersonEvent.Urgency.ROUTINE,
                        "kind " + assessment.kind() + ", matched " + assessment.matched());
                LOG.info(
                        "person {}: distress without a stated risk; a kind reply queued and the partner told",
                        person.id());
            }
            case NONE -> {
                // nothing before the turn
            }
        }
        inbound.markSafety(message.id(), found.name());
        return found;
    }

    /**
     * A turn's result without what the safety check already did for its message: after a crisis,
     * the crisis reply and the crisis event; after a concern, the kind reply and the concern event
     * (the conversation's own state, kept where it was, still commits).
     */
    static StepResult withoutWhatItDid(Safety safety, StepResult result) {
        if (safety == Safety.CRISIS) {
            return without(result, CRISIS_REPLY, EngineEvent.CrisisDetected.class);
        }
        if (safety == Safety.CONCERN) {
            return without(result, CONCERN_REPLY, EngineEvent.ConcernRaised.class);
        }
        return result;
    }

    private static StepResult without(
            StepResult result, String replyKey, Class<? extends EngineEvent> event) {
        return new StepResult(
                result.state(),
                result.messages().stream()
                        .filter(message -> !replyKey.equals(message.key()))
                        .toList(),
                result.facts(),
                result.events().stream().filter(raised -> !event.isInstance(raised)).toList());
    }

    /**
     * The reply in the person's language if that can be read safely; on any trouble, in English.
     */
    private String reply(String key, Long personId) {
        Text text = replies.get(key);
        Map<String, String> values = settings.placeholders();
        String language = languageOf(personId);
        if (!"en".equals(language)) {
            try {
                return texts.render(text, language, values);
            } catch (RuntimeException e) {
                LOG.warn(
                        "person {}: {} in '{}' could not be made ({}); sent in English",
                        personId,
                        key,
                        language,
                        e.getClass().getSimpleName());
            }
        }
        try {
            return english.render(text, "en", values);
        } catch (RuntimeException e) {
            LOG.error(
                    "person {}: the English {} could not be made ({}); the plain crisis text is sent",
                    personId,
                    key,
                    e.getClass().getSimpleName());
            return "You matter. If you are in danger now, call "
                    + settings.crisisEmergency()
                    + ". Samaritans, day or night: "
                    + settings.crisisSamaritans()
                    + ". Urgent mental health help: "
                    + settings.crisisNhs111()
                    + ". We've let the team know.";
        }
    }

    private String languageOf(Long personId) {
        try {
            Optional<String> language =
                    conversations
                            .findById(personId)
                            .map(record -> codec.read(record.state()).language());
            return language.filter(code -> code != null && !code.isBlank()).orElse("en");
        } catch (RuntimeException e) {
            LOG.warn(
                    "person {}: conversation state unreadable ({}); reply in English",
                    personId,
                    e.getClass().getSimpleName());
            return "en";
        }
    }
}
