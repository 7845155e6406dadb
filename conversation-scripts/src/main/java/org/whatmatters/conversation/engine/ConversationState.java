package org.whatmatters.conversation.engine;

import java.time.Instant;
import java.util.List;

/**
 * Everything the engine needs to carry on a person's conversation; the host stores it between
 * messages.
 *
 * @param at the node last entered (null before the first script starts)
 * @param waiting whether {@code at} is a question waiting for its answer
 * @param invalidReplies replies to the current question that could not be read
 * @param returnTo where to go back to when a side conversation (LANGUAGE, TALK) ends
 * @param language the person's language (ISO 639-1)
 * @param lastActivity when they last wrote or were written to
 * @param optedOut STOP was sent: nothing more goes out until START
 * @param finished every script has ended; only global words do anything now
 */
public record ConversationState(
        Position at,
        boolean waiting,
        int invalidReplies,
        List<Position> returnTo,
        String language,
        Instant lastActivity,
        boolean optedOut,
        boolean finished) {

    public ConversationState {
        // stored state may omit empty or default parts
        returnTo = returnTo == null ? List.of() : List.copyOf(returnTo);
        language = language == null || language.isBlank() ? "en" : language;
    }

    public static ConversationState fresh(Instant now) {
        return new ConversationState(null, false, 0, List.of(), "en", now, false, false);
    }

    public ConversationState withLanguage(String newLanguage) {
        return new ConversationState(
                at,
                waiting,
                invalidReplies,
                returnTo,
                newLanguage,
                lastActivity,
                optedOut,
                finished);
    }

    public ConversationState withOptedOut(boolean out, Instant now) {
        return new ConversationState(
                at, waiting, invalidReplies, returnTo, language, now, out, finished);
    }

    public ConversationState touchedAt(Instant now) {
        return new ConversationState(
                at, waiting, invalidReplies, returnTo, language, now, optedOut, finished);
    }
}
