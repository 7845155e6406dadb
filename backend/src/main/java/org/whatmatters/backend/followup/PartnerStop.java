package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.problem.Invalid;

/**
 * The person told their partner (in person or on the phone) they want no more follow-ups: every
 * contact stops at once and the decline is raised as an event, as if they had texted NO MORE. The
 * API and the console both use it.
 */
@Singleton
public class PartnerStop {

    private final FollowUps followUps;
    private final PersonEvents events;

    PartnerStop(FollowUps followUps, PersonEvents events) {
        this.followUps = followUps;
        this.events = events;
    }

    @Transactional
    public List<FollowUpContact> declined(Long personId, String actor, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw Invalid.field("reason", "say why, e.g. 'declined further contact on the phone'");
        }
        List<FollowUpContact> stopped = followUps.stopAll(personId, actor, reason);
        events.raise(
                personId,
                "FOLLOW_UPS_DECLINED",
                PersonEvent.Urgency.ROUTINE,
                "recorded by the partner");
        return stopped;
    }
}
