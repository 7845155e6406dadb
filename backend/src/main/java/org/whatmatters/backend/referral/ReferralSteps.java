package org.whatmatters.backend.referral;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.whatmatters.backend.conversation.TurnTaken;
import org.whatmatters.conversation.engine.EngineEvent;

/**
 * Moves a referral on from the conversation itself, on the {@code referral-stage-reached} events
 * the scripts raise: {@code self-referred} creates it, {@code what-matters-done} marks it ready for
 * the partner.
 */
@Singleton
class ReferralSteps {

    private final Referrals referrals;

    ReferralSteps(Referrals referrals) {
        this.referrals = referrals;
    }

    @EventListener
    void onTurn(TurnTaken turn) {
        for (EngineEvent event : turn.result().events()) {
            if (!(event instanceof EngineEvent.ReferralStageReached reached)) {
                continue;
            }
            if (ReferralStatus.SELF_REFERRED.factValue().equals(reached.stage())) {
                referrals.selfReferred(turn.person().id());
            } else if (ReferralStatus.WHAT_MATTERS_DONE.factValue().equals(reached.stage())) {
                referrals.selfReferred(
                        turn.person()
                                .id()); // someone who came straight to what matters still has a
                // referral
                referrals.whatMattersDone(turn.person().id());
            }
        }
    }
}
