package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.CrisisCheck;
import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

/**
 * Any sign of crisis pre-empts everything, even an opt-out: crisis support at once, an urgent alert
 * for a person who can act, and the conversation kept where it was so they can carry on later.
 * Distress without a stated risk (the concern tier) gets a short kind reply with the same numbers
 * and a routine alert so the partner checks in; the conversation is kept where it was too. A turn
 * the host has just checked with the same lists ({@link
 * org.whatmatters.conversation.engine.Turn#checked}) is not checked twice.
 */
public final class CrisisWord implements GlobalWord {

    private final CrisisCheck check;
    private final Replies replies;

    public CrisisWord(CrisisCheck check, Replies replies) {
        this.check = check;
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        CrisisCheck.Assessment checked = step.turn().checked();
        CrisisCheck.Assessment assessment =
                checked != null ? checked : check.assess(step.turn().text());
        switch (assessment.tier()) {
            case CRISIS -> {
                step.say(replies.get("global.crisis"));
                step.event(new EngineEvent.CrisisDetected(assessment.matched()));
                return true;
            }
            case CONCERN -> {
                step.say(replies.get("global.concern"));
                step.event(new EngineEvent.ConcernRaised(assessment.kind(), assessment.matched()));
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
