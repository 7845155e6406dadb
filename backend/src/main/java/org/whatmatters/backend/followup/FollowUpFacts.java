package org.whatmatters.backend.followup;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.conversation.HostFacts;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.words.LaterWord;

/**
 * Tells the conversation about the follow-up under way: whether one is running (LATER then
 * postpones it), and whether feedback and signposting were merged into it (its script then carries
 * on into them).
 */
@Singleton
class FollowUpFacts implements HostFacts {

    static final String INCLUDES_FEEDBACK = "contact_includes_feedback";
    private final FollowUpContactRepository contacts;

    FollowUpFacts(FollowUpContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public Map<String, String> factsFor(
            Long personId, ConversationState state, Map<String, String> saved, String starting) {
        List<FollowUpContact> running =
                contacts.findByPersonIdAndStatusInOrderByContactNumber(
                        personId, ContactStatus.RUNNING);
        Map<String, String> facts = new HashMap<>();
        facts.put(LaterWord.FOLLOW_UP_ACTIVE_FACT, running.isEmpty() ? "no" : "yes");
        facts.put(
                INCLUDES_FEEDBACK,
                running.stream().anyMatch(FollowUpContact::includesFeedback) ? "yes" : "no");
        return facts;
    }
}
