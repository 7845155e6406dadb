package org.whatmatters.backend.conversation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.message.Safety;
import org.whatmatters.backend.outbox.Outbox;
import org.whatmatters.backend.outbox.OutboxLane;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.settings.ConversationSettings;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.engine.CrisisCheck;
import org.whatmatters.conversation.engine.Engine;
import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Outgoing;
import org.whatmatters.conversation.engine.SavedFact;
import org.whatmatters.conversation.engine.StepResult;
import org.whatmatters.conversation.engine.Turn;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Text;

/**
 * One turn of a person's conversation, in one transaction: the person is locked (their messages are
 * handled one at a time, in arrival order, whichever instance receives them), the engine steps, and
 * its state, the facts, the events and the replies are committed together with the message marked
 * handled.
 */
@Singleton
public class ConversationTurns {

    static final String TALK_OFFER = "global.talk-offer";

    private final PersonRepository people;
    private final InboundMessageRepository inbound;
    private final ConversationRepository conversations;
    private final FactRepository facts;
    private final EngineEvents events;
    private final Outbox outbox;
    private final Engine engine;
    private final StateCodec codec;
    private final ConversationSettings settings;
    private final CatalogTexts texts;
    private final Replies replies = Replies.shipped();
    private final List<HostFacts> hostFacts;
    private final ApplicationEventPublisher<TurnTaken> turnsTaken;
    private final ReplyChannel replyChannel;
    private final List<AwaitedReply> awaited;
    private final Clock clock;

    public ConversationTurns(
            PersonRepository people,
            InboundMessageRepository inbound,
            ConversationRepository conversations,
            FactRepository facts,
            EngineEvents events,
            Outbox outbox,
            Engine engine,
            StateCodec codec,
            ConversationSettings settings,
            CatalogTexts texts,
            List<HostFacts> hostFacts,
            ApplicationEventPublisher<TurnTaken> turnsTaken,
            ReplyChannel replyChannel,
            List<AwaitedReply> awaited,
            Clock clock) {
        this.people = people;
        this.inbound = inbound;
        this.conversations = conversations;
        this.facts = facts;
        this.events = events;
        this.outbox = outbox;
        this.engine = engine;
        this.codec = codec;
        this.settings = settings;
        this.texts = texts;
        this.hostFacts = hostFacts;
        this.turnsTaken = turnsTaken;
        this.replyChannel = replyChannel;
        this.awaited = awaited;
        this.clock = clock;
    }

    /**
     * The person's message: steps their conversation with it, in this transaction, under the
     * person's lock (their messages one at a time, whichever instance receives them). The inbox
     * hands them over in arrival order, each earlier one in its own transaction first, so one that
     * fails cannot roll back or hold back the next. What the safety check already did for this
     * message (crisis support, the URGENT event) is not done again. {@code checked}: what the check
     * found, recorded with the message if the check itself wrote nothing (null: it failed).
     */
    @Transactional
    public void take(Long inboundId, Long personId, @Nullable Safety checked) {
        Person person = people.lockById(personId).orElseThrow();
        InboundMessage locked = inbound.lockById(inboundId).orElseThrow();
        if (locked.settled()) {
            return; // another instance or a replay got here first, or it was given up
        }
        if (locked.safety() != null) {
            handle(person, locked, null);
        } else {
            // checked moments ago in this process, with the engine's own lists, and not recorded:
            // when it found nothing, the engine need not read the text again
            handle(
                    person,
                    locked.withSafety(checked),
                    checked == Safety.NONE ? CrisisCheck.Assessment.NONE : null);
        }
    }

    /**
     * {@code checked}: the safety check's finding in this text, for the engine to use instead of
     * checking again; null, and the engine checks.
     */
    private void handle(
            Person person, InboundMessage message, @Nullable CrisisCheck.Assessment checked) {
        for (AwaitedReply waiting : awaited) {
            Optional<AwaitedReply.Taken> taken = waiting.take(person, message);
            if (taken.isPresent()) {
                answerAside(person, message, taken.get().replyKey());
                return;
            }
        }
        Stepped stepped =
                move(
                        person,
                        null,
                        (state, known, now) ->
                                SafetyFirst.withoutWhatItDid(
                                        message.safety(),
                                        engine.step(
                                                state,
                                                known,
                                                new Turn(
                                                        message.body(),
                                                        message.channel().name().toLowerCase(),
                                                        now,
                                                        checked))));
        commit(person, stepped, message.id(), message.channel());
        markProcessed(message, person, stepped.at());
    }

    /**
     * A message the service was waiting for outside the script: the conversation stays where it
     * was.
     */
    private void answerAside(Person person, InboundMessage message, String replyKey) {
        Instant now = clock.instant();
        if (replyKey != null && person.optedOutAt() == null) {
            Text text = replies.get(replyKey);
            commit(
                    person,
                    move(
                            person,
                            null,
                            (state, known, at) ->
                                    new StepResult(
                                            state,
                                            List.of(
                                                    new Outgoing(
                                                            text.key(),
                                                            texts.render(
                                                                    text,
                                                                    state.language(),
                                                                    known))),
                                            List.of(),
                                            List.of())),
                    message.id(),
                    message.channel());
        }
        markProcessed(message, person, now);
    }

    private void markProcessed(InboundMessage message, Person person, Instant at) {
        inbound.markProcessed(
                message.id(),
                person.id(),
                at,
                message.safety() == null ? null : message.safety().name());
    }

    /**
     * Starts a script for someone without a message from them (a scheduled follow-up); false if
     * nothing was sent.
     */
    @Transactional
    public boolean begin(Long personId, String script) {
        return begin(people.lockById(personId).orElseThrow(), script).isPresent();
    }

    /**
     * As {@link #begin(Long, String)}, for a caller that already holds {@code locked}'s row lock in
     * its transaction: the facts the first message was made with, or empty if nothing was sent.
     */
    @Transactional
    public Optional<Map<String, String>> begin(Person locked, String script) {
        Stepped stepped =
                move(
                        locked,
                        script,
                        (state, known, now) ->
                                engine.begin(script, state, known, new Turn("", "schedule", now)));
        commit(locked, stepped, null, null);
        return stepped.result().messages().isEmpty()
                ? Optional.empty()
                : Optional.of(Map.copyOf(stepped.known()));
    }

    /**
     * Says {@code replyKey}'s text and asks the person's open question again, without a message
     * from them (a reminder, or a postponed contact coming round); false if nothing was sent (opted
     * out, nothing open).
     */
    @Transactional
    public boolean nudge(Long personId, String replyKey) {
        Person person = people.lockById(personId).orElseThrow();
        Stepped stepped =
                move(
                        person,
                        null,
                        (state, known, now) ->
                                engine.nudge(
                                        replyKey, state, known, new Turn("", "schedule", now)));
        if (stepped.result().messages().isEmpty()) {
            return false;
        }
        commit(person, stepped, null, null);
        return true;
    }

    /**
     * Tells the person something the service did (their plan was agreed, their item was ordered),
     * in their language, without touching where their conversation is. Nothing goes to someone who
     * opted out.
     */
    @Transactional
    public void tell(Long personId, String replyKey) {
        Person person = people.lockById(personId).orElseThrow();
        if (person.optedOutAt() != null) {
            return;
        }
        Text text = replies.get(replyKey);
        commit(
                person,
                move(
                        person,
                        null,
                        (state, known, now) ->
                                new StepResult(
                                        state,
                                        List.of(
                                                new Outgoing(
                                                        text.key(),
                                                        texts.render(
                                                                text, state.language(), known))),
                                        List.of(),
                                        List.of())),
                null,
                null);
    }

    /**
     * One move of the conversation: what the engine (or the service) decided, from the state and
     * facts it was given.
     */
    private interface Move {
        StepResult make(ConversationState state, Map<String, String> known, Instant now);
    }

    /**
     * A move's result, with the facts and time it was made with, and the conversation as it was
     * before.
     */
    private record Stepped(
            StepResult result,
            Map<String, String> known,
            Instant at,
            Optional<ConversationRecord> before) {}

    /** Makes a move on the person's conversation as it is now, with everything known about them. */
    private Stepped move(Person person, String starting, Move move) {
        Instant now = clock.instant();
        Optional<ConversationRecord> before = conversations.findById(person.id());
        ConversationState state =
                before.map(record -> codec.read(record.state()))
                        .orElse(ConversationState.fresh(now));
        Map<String, String> known = knownFacts(person.id(), state, starting);
        return new Stepped(move.make(state, known, now), known, now, before);
    }

    private Map<String, String> knownFacts(
            Long personId, ConversationState state, String starting) {
        Map<String, String> saved = facts.currentFor(personId);
        Map<String, String> known = new HashMap<>(settings.placeholders());
        known.putAll(saved);
        for (HostFacts source : hostFacts) {
            known.putAll(source.factsFor(personId, state, saved, starting));
        }
        return known;
    }

    /**
     * {@code arrivedBy}: the channel of the message answered (the replies go back by it), or null
     * for the service's own.
     */
    private void commit(Person person, Stepped stepped, Long inReplyTo, Channel arrivedBy) {
        StepResult result = stepped.result();
        Instant now = stepped.at();
        Optional<ConversationRecord> before = stepped.before();
        Instant talkOffered = before.map(ConversationRecord::talkOfferedAt).orElse(null);
        List<String> messages =
                new ArrayList<>(result.messages().stream().map(Outgoing::body).toList());
        String language = result.state().language();
        boolean fellBack =
                result.messages().stream()
                        .anyMatch(message -> !texts.servedIn(language, message.key()));
        if (fellBack && talkOffered == null) {
            // once per conversation: some of this is in English because its translation is not
            // reviewed yet
            messages.add(texts.render(replies.get(TALK_OFFER), language, Map.of()));
            talkOffered = now;
        }
        ConversationRecord record =
                new ConversationRecord(person.id(), codec.write(result.state()), now, talkOffered);
        if (before.isPresent()) {
            conversations.update(record);
        } else {
            conversations.save(record);
        }
        for (SavedFact fact : result.facts()) {
            facts.save(
                    new Fact(
                            null,
                            person.id(),
                            fact.name(),
                            fact.value(),
                            fact.script(),
                            fact.version(),
                            fact.node(),
                            fact.channel(),
                            fact.savedAt()));
        }
        events.record(person, result.events(), now);
        // a crisis turn's replies go out through the outbox's crisis lane, ahead of any ordinary
        // sends
        OutboxLane lane =
                result.events().stream()
                                .anyMatch(event -> event instanceof EngineEvent.CrisisDetected)
                        ? OutboxLane.CRISIS
                        : OutboxLane.ORDINARY;
        Channel channel = replyChannel.choose(person, arrivedBy, stepped.known());
        for (String body : messages) {
            outbox.queue(person, channel, body, inReplyTo, lane);
        }
        turnsTaken.publishEvent(
                new TurnTaken(person, result, inReplyTo, Map.copyOf(stepped.known()), now));
    }
}
