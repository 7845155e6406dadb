package org.whatmatters.backend.inbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.whatmatters.backend.conversation.TurnTaken;
import org.whatmatters.backend.message.InboundMessageRepository;

/**
 * A deliberately broken part of a turn, for tests (with {@code test.broken-marker} set): the turn
 * of any message containing the marker throws, every time, inside the turn's transaction, as a bug
 * in a turn's listener or fact source would. Messages without the marker are untouched.
 */
@Singleton
@Requires(property = "test.broken-marker")
class BrokenForOneMarker {

    private final InboundMessageRepository inbound;
    private final String marker;

    BrokenForOneMarker(
            InboundMessageRepository inbound, @Value("${test.broken-marker}") String marker) {
        this.inbound = inbound;
        this.marker = marker;
    }

    @EventListener
    void onTurn(TurnTaken turn) {
        if (turn.inboundId() != null
                && inbound.findById(turn.inboundId())
                        .map(message -> message.body().contains(marker))
                        .orElse(false)) {
            throw new IllegalStateException("deliberately broken for this test");
        }
    }
}
