package org.whatmatters.backend.referral;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.whatmatters.backend.conversation.TurnTaken;
import org.whatmatters.conversation.engine.SavedFact;
import org.whatmatters.conversation.words.StatusWord;

/**
 * Moves a referral on from the conversation itself: finishing self-referral creates it, finishing "what matters
 * to me?" marks it ready for the partner (the scripts save {@code referral_status} at those points).
 */
@Singleton
class ReferralSteps {

    private final Referrals referrals;

    ReferralSteps(Referrals referrals) {
        this.referrals = referrals;
    }

    @EventListener
    void onTurn(TurnTaken turn) {
        for (SavedFact fact : turn.result().facts()) {
            if (!StatusWord.STATUS_FACT.equals(fact.name())) {
                continue;
            }
            if (ReferralStatus.SELF_REFERRED.factValue().equals(fact.value())) {
                referrals.selfReferred(turn.person().id());
            } else if (ReferralStatus.WHAT_MATTERS_DONE.factValue().equals(fact.value())) {
                referrals.selfReferred(turn.person().id()); // someone who came straight to what matters still has a referral
                referrals.whatMattersDone(turn.person().id());
            }
        }
    }
}
