package org.whatmatters.backend.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.whatmatters.backend.privacy.EncryptedText;

import java.time.Instant;

/** A message as it arrived, stored before anything else happens; the body is encrypted at rest. */
@MappedEntity("inbound_message")
public record InboundMessage(
        @Id @GeneratedValue @Nullable Long id,
        Channel channel,
        String providerId,
        String fromAddress,
        String toAddress,
        @MappedProperty(converter = EncryptedText.class) String body,
        int numMedia,
        Instant receivedAt,
        @Nullable Instant processedAt,
        @Nullable Long personId) {

    @Override
    public String toString() {
        return "InboundMessage[id=" + id + ", channel=" + channel + ", providerId=" + providerId + "]";
    }
}
