package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.EngineEvent;
import org.whatmatters.conversation.engine.Step;
import org.whatmatters.conversation.script.Replies;

/**
 * STATUS: where their referral is, what happens next and by when, and their named contact — from
 * the facts the host keeps ({@code referral_status}, {@code named_contact}). As a first message,
 * the welcome follows.
 */
public final class StatusWord implements GlobalWord {

    public static final String STATUS_FACT = "referral_status";
    private final Replies replies;

    public StatusWord(Replies replies) {
        this.replies = replies;
    }

    @Override
    public boolean handle(Step step) {
        if (!step.lexicon().is(Lexicon.Kind.STATUS, step.reply())) {
            return false;
        }
        String status = step.facts().getOrDefault(STATUS_FACT, "not-started");
        String key = "global.status." + status;
        step.say(
                replies.all().containsKey(key)
                        ? replies.get(key)
                        : replies.get("global.status.not-started"));
        step.say(replies.get("global.status.contact"));
        step.event(new EngineEvent.StatusRequested());
        step.beginIfNew();
        return true;
    }
}
