package org.whatmatters.backend.ratelimit;

import jakarta.inject.Singleton;
import org.whatmatters.conversation.crisis.CrisisDetector;

/**
 * Whether an inbound message from a number is handled at once or left, stored, for the inbox sweep:
 * at once while the number is within LIMIT_INBOUND_PER_MINUTE, and always when the message reads as
 * crisis language, so a person in crisis who sends many messages is never made to wait by the limit
 * (hazard H1).
 */
@Singleton
public class InboundFloodGate {

    private final RequestLimits limits;
    private final CrisisDetector crisis = CrisisDetector.forServedLanguages();

    InboundFloodGate(RequestLimits limits) {
        this.limits = limits;
    }

    public boolean handleNow(String from, String body) {
        return limits.tryTake(RequestLimits.Kind.INBOUND, from)
                || crisis.indicatesCrisis(body == null ? "" : body);
    }
}
