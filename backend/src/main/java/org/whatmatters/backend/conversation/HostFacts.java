package org.whatmatters.backend.conversation;

import java.util.Map;
import org.whatmatters.conversation.engine.ConversationState;

/**
 * Facts the service knows about a person beside what they told us: where their referral is, whether
 * a follow-up contact is running, what signposting can offer. Given to the engine with their saved
 * answers on every step (and winning over a saved answer of the same name), never saved as answers
 * themselves.
 */
public interface HostFacts {

    /**
     * @param personId the person
     * @param state where their conversation is now
     * @param saved their saved answers, newest value of each
     * @param starting the script about to begin (a scheduled contact), or null on a reply
     */
    Map<String, String> factsFor(
            Long personId, ConversationState state, Map<String, String> saved, String starting);
}
