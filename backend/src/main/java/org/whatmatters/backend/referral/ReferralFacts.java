package org.whatmatters.backend.referral;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.whatmatters.backend.conversation.HostFacts;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.words.StatusWord;

/**
 * STATUS and every closing line read the referral as it is now: its status (over the one the
 * scripts saved when it started) and the named contact a partner assigned, once there is one.
 */
@Singleton
class ReferralFacts implements HostFacts {

    static final String NAMED_CONTACT = "named_contact";
    private final ReferralRepository referrals;

    ReferralFacts(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public Map<String, String> factsFor(
            Long personId, ConversationState state, Map<String, String> saved, String starting) {
        Map<String, String> facts = new HashMap<>();
        referrals
                .findFirstByPersonIdOrderByIdDesc(personId)
                .ifPresent(
                        referral -> {
                            facts.put(StatusWord.STATUS_FACT, referral.status().factValue());
                            if (referral.namedContact() != null) {
                                facts.put(NAMED_CONTACT, referral.namedContact());
                            }
                        });
        return facts;
    }
}
