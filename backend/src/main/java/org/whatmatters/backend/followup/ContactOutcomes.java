package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Invalid;

/**
 * A partner records how a phone call or visit went. Reached, or feedback given, completes the
 * contact; not reached counts the attempt and leaves the task open (try again, change the channel,
 * or skip it). Feedback given in person is kept with the same names as the text conversation's
 * answers, so every completed follow-up feeds the evaluation the same way whatever the channel.
 */
@Singleton
public class ContactOutcomes {

    /** The answers a partner may record from a call or visit. */
    static final Set<String> FEEDBACK =
            Set.of(
                    "item_arrived",
                    "first_impression",
                    "going_score",
                    "going_words",
                    "difference_made",
                    "do_better",
                    "wants_signposting");

    static final String RECORDED_NODE = "recorded-by-partner";

    private final FollowUps followUps;
    private final FollowUpContactRepository contacts;
    private final FactRepository facts;
    private final FollowUpAudit audit;
    private final PersonEvents events;
    private final Clock clock;

    ContactOutcomes(
            FollowUps followUps,
            FollowUpContactRepository contacts,
            FactRepository facts,
            FollowUpAudit audit,
            PersonEvents events,
            Clock clock) {
        this.followUps = followUps;
        this.contacts = contacts;
        this.facts = facts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FollowUpContact record(
            Long personId,
            Long contactId,
            FollowUpContact.Outcome outcome,
            @Nullable String note,
            @Nullable Map<String, String> feedback,
            String actor) {
        FollowUpContact contact = followUps.find(personId, contactId);
        if (contact.status() != ContactStatus.TASK) {
            throw new Conflict(
                    "contact "
                            + contact.contactNumber()
                            + " is "
                            + contact.status()
                            + "; outcomes are recorded for calls and visits waiting in the caseload");
        }
        Map<String, String> answers = feedback == null ? Map.of() : feedback;
        answers.keySet().stream()
                .filter(name -> !FEEDBACK.contains(name))
                .findFirst()
                .ifPresent(
                        name -> {
                            throw new Invalid(
                                    "unknown feedback '" + name + "'; record any of " + FEEDBACK);
                        });
        if (outcome == FollowUpContact.Outcome.NOT_REACHED && !answers.isEmpty()) {
            throw new Invalid("feedback comes from someone who was reached");
        }
        Instant now = clock.instant();
        ContactStatus next =
                outcome == FollowUpContact.Outcome.NOT_REACHED
                        ? ContactStatus.TASK
                        : ContactStatus.COMPLETED;
        FollowUpContact recorded = contacts.update(contact.recorded(outcome, next, now));
        String channel = contact.channel().name().toLowerCase(java.util.Locale.ROOT);
        answers.forEach(
                (name, value) ->
                        facts.save(
                                new Fact(
                                        null,
                                        personId,
                                        name,
                                        value,
                                        contact.script(),
                                        0,
                                        RECORDED_NODE,
                                        channel,
                                        now)));
        audit.record(
                personId,
                contact,
                "OUTCOME_" + outcome,
                actor,
                "attempt "
                        + recorded.attempts()
                        + (answers.isEmpty()
                                ? ""
                                : ", feedback: "
                                        + String.join(
                                                ", ", answers.keySet().stream().sorted().toList())),
                note);
        if (outcome == FollowUpContact.Outcome.FEEDBACK_GIVEN) {
            events.raise(
                    personId,
                    "FEEDBACK_RECEIVED",
                    PersonEvent.Urgency.ROUTINE,
                    "recorded by the partner, contact " + contact.contactNumber());
        }
        return recorded;
    }
}
