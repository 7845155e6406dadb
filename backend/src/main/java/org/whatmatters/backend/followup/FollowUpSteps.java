package org.whatmatters.backend.followup;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.whatmatters.backend.conversation.TurnTaken;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.words.LaterWord;

/**
 * What each conversation step means for the follow-ups: a reply stops the reminder; LATER postpones
 * the contact to tomorrow; NO MORE and STOP end every contact at once; a finished contact script
 * completes its contact; feedback and delivery problems (the {@code delivery-problem} event the
 * script raises) are raised for the partner.
 */
@Singleton
class FollowUpSteps {

    private final FollowUps followUps;
    private final PersonEvents events;

    FollowUpSteps(FollowUps followUps, PersonEvents events) {
        this.followUps = followUps;
        this.events = events;
    }

    @EventListener
    void onTurn(TurnTaken turn) {
        Long personId = turn.person().id();
        List<EngineEvent> happened = turn.result().events();
        boolean mayHaveRunning = mayHaveRunning(turn);
        if (happened.stream().anyMatch(event -> event instanceof EngineEvent.OptedOut)) {
            followUps.stopAll(personId, FollowUpAudit.PERSON, "STOP");
        } else if (happened.stream()
                .anyMatch(event -> event instanceof EngineEvent.FollowUpsDeclined)) {
            followUps.stopAll(personId, FollowUpAudit.PERSON, "NO MORE");
        } else if (happened.stream().anyMatch(event -> event instanceof EngineEvent.Postponed)) {
            if (mayHaveRunning) {
                followUps.postpone(personId);
            }
        } else if (turn.fromThePerson() && mayHaveRunning) {
            followUps.replied(personId);
        }
        completeFinished(personId, happened, turn.result().state(), mayHaveRunning);
        for (EngineEvent event : happened) {
            if (event instanceof EngineEvent.DeliveryProblem problem) {
                events.raise(
                        personId,
                        "DELIVERY_PROBLEM",
                        PersonEvent.Urgency.ROUTINE,
                        problem.problem() + " (" + problem.at().script() + ")");
            }
        }
    }

    /**
     * False when the step was made knowing that no contact was running ({@link FollowUpFacts}, read
     * under the person's lock, which every change to their contacts takes too): the running
     * contacts need not be read again. True when it is not known.
     */
    private static boolean mayHaveRunning(TurnTaken turn) {
        return !"no".equals(turn.facts().get(LaterWord.FOLLOW_UP_ACTIVE_FACT));
    }

    /**
     * A running contact is complete once a script of it finished and the conversation has left all
     * of its scripts.
     */
    private void completeFinished(
            Long personId,
            List<EngineEvent> happened,
            ConversationState now,
            boolean mayHaveRunning) {
        List<String> finished =
                happened.stream()
                        .filter(EngineEvent.ScriptFinished.class::isInstance)
                        .map(event -> ((EngineEvent.ScriptFinished) event).script())
                        .toList();
        if (finished.isEmpty()) {
            return;
        }
        if (finished.contains(FollowUpContact.FEEDBACK_SCRIPT)) {
            events.raise(
                    personId,
                    "FEEDBACK_RECEIVED",
                    PersonEvent.Urgency.ROUTINE,
                    FollowUpContact.FEEDBACK_SCRIPT);
        }
        if (!mayHaveRunning) {
            return;
        }
        String stillIn = now.finished() || now.at() == null ? null : now.at().script();
        for (FollowUpContact contact : followUps.running(personId)) {
            Set<String> scripts = contact.scripts();
            if (finished.stream().anyMatch(scripts::contains)
                    && (stillIn == null || !scripts.contains(stillIn))) {
                followUps.completed(contact);
            }
        }
    }
}
