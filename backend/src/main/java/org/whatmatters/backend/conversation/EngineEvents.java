package org.whatmatters.backend.conversation;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.conversation.engine.EngineEvent;

/**
 * Keeps what the engine decided staff must know as {@code person_event} rows, in the turn's
 * transaction: crisis language as URGENT (the notifications issue delivers and escalates it),
 * distress without a stated risk (CONCERN) as ROUTINE so the partner checks in, opt-out, a request
 * for a call, no more follow-ups. Opting out and back in, and NO MORE, are also kept on the person,
 * where schedules look.
 */
@Singleton
class EngineEvents {

    private static final Logger LOG = LoggerFactory.getLogger(EngineEvents.class);

    private final PersonEvents events;
    private final PersonRepository people;

    EngineEvents(PersonEvents events, PersonRepository people) {
        this.events = events;
        this.people = people;
    }

    void record(Person person, List<EngineEvent> happened, Instant now) {
        for (EngineEvent event : happened) {
            if (event instanceof EngineEvent.CrisisDetected crisis) {
                add(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched " + crisis.matched());
                LOG.warn(
                        "URGENT: crisis language from person {}; alert stored for the team",
                        person.id());
            } else if (event instanceof EngineEvent.ConcernRaised concern) {
                add(
                        person,
                        "CONCERN",
                        PersonEvent.Urgency.ROUTINE,
                        "kind " + concern.kind() + ", matched " + concern.matched());
            } else if (event instanceof EngineEvent.OptedOut) {
                people.markOptedOut(person.id(), now);
                add(person, "OPTED_OUT", PersonEvent.Urgency.ROUTINE, null);
            } else if (event instanceof EngineEvent.OptedIn) {
                people.markOptedOut(person.id(), null);
                add(person, "OPTED_IN", PersonEvent.Urgency.ROUTINE, null);
            } else if (event instanceof EngineEvent.TalkRequested) {
                add(person, "TALK_REQUESTED", PersonEvent.Urgency.ROUTINE, null);
            } else if (event instanceof EngineEvent.LanguageChanged changed) {
                add(person, "LANGUAGE_CHANGED", PersonEvent.Urgency.INFO, changed.language());
            } else if (event instanceof EngineEvent.ScriptFinished finished) {
                add(person, "SCRIPT_FINISHED", PersonEvent.Urgency.INFO, finished.script());
            } else if (event instanceof EngineEvent.QuestionSkipped skipped) {
                add(
                        person,
                        "QUESTION_SKIPPED",
                        PersonEvent.Urgency.INFO,
                        skipped.script() + "/" + skipped.node());
            } else if (event instanceof EngineEvent.StatusRequested) {
                add(person, "STATUS_REQUESTED", PersonEvent.Urgency.INFO, null);
            } else if (event instanceof EngineEvent.Postponed) {
                add(person, "POSTPONED", PersonEvent.Urgency.INFO, null);
            } else if (event instanceof EngineEvent.FollowUpsDeclined) {
                people.markFollowUpsDeclined(person.id(), now);
                add(
                        person,
                        "FOLLOW_UPS_DECLINED",
                        PersonEvent.Urgency.ROUTINE,
                        "by the person (NO MORE)");
            }
        }
    }

    private void add(Person person, String kind, PersonEvent.Urgency urgency, String detail) {
        events.raise(person.id(), kind, urgency, detail);
    }
}
