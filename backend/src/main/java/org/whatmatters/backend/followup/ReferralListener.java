package org.whatmatters.backend.followup;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.whatmatters.backend.referral.ReferralDelivered;
import org.whatmatters.backend.referral.ReferralEnded;

/**
 * Follow-up's side of the referral lifecycle. Micronaut calls these synchronously, inside the
 * referral change's transaction, so a schedule that cannot be made rolls the delivery back as
 * before.
 */
@Singleton
class ReferralListener {

    private final FollowUps followUps;

    ReferralListener(FollowUps followUps) {
        this.followUps = followUps;
    }

    @EventListener
    void delivered(ReferralDelivered event) {
        followUps.scheduleAfterDelivery(event.referral(), event.actor());
    }

    @EventListener
    void ended(ReferralEnded event) {
        followUps.stopAll(event.personId(), event.actor(), event.reason());
    }
}
