package org.whatmatters.backend.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.privacy.BoundTo;
import org.whatmatters.backend.privacy.EncryptedText;

/**
 * A message as it arrived, stored before anything else happens; the body is encrypted at rest.
 * {@code attempts} counts the times handling it began, {@code nextAttemptAt} is when the recovery
 * sweep may try it again, and {@code failedAt} is set when it was given up after the last attempt
 * (a human is told). {@code handledReason} says why it was handled without a turn, or why it
 * failed. {@code safety}: the crisis check's finding (null: not run). The sender's address is
 * encrypted too, and found by {@code fromAddressHash} (set on save by {@code
 * privacy.LookupHashes}).
 */
@BoundTo("providerId") // its body is bound to its row before its person is known
@MappedEntity("inbound_message")
public record InboundMessage(
        @Id @GeneratedValue @Nullable Long id,
        Channel channel,
        String providerId,
        @MappedProperty(converter = EncryptedText.class) String fromAddress,
        String toAddress,
        @MappedProperty(converter = EncryptedText.class) String body,
        int numMedia,
        Instant receivedAt,
        @Nullable Instant processedAt,
        @Nullable Long personId,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant failedAt,
        @Nullable String handledReason,
        @Nullable Safety safety,
        @Nullable String fromAddressHash) {

    /**
     * Just arrived: not handled, not tried yet; the sweep may pick it up from {@code sweepFrom} on.
     */
    public static InboundMessage arrived(
            Channel channel,
            String providerId,
            String fromAddress,
            String toAddress,
            String body,
            int numMedia,
            Instant receivedAt,
            Instant sweepFrom) {
        return new InboundMessage(
                null,
                channel,
                providerId,
                fromAddress,
                toAddress,
                body,
                numMedia,
                receivedAt,
                null,
                null,
                0,
                sweepFrom,
                null,
                null,
                null,
                null);
    }

    /**
     * Just arrived and about to be handled: its first attempt counted, the next one (if this one
     * fails or kills the instance) from {@code nextAttemptAt}.
     */
    public InboundMessage withFirstAttempt(Instant nextAttemptAt) {
        return new InboundMessage(
                id,
                channel,
                providerId,
                fromAddress,
                toAddress,
                body,
                numMedia,
                receivedAt,
                processedAt,
                personId,
                1,
                nextAttemptAt,
                failedAt,
                handledReason,
                safety,
                fromAddressHash);
    }

    /** The same message with the safety check's finding (not stored by this). */
    public InboundMessage withSafety(@Nullable Safety found) {
        return new InboundMessage(
                id,
                channel,
                providerId,
                fromAddress,
                toAddress,
                body,
                numMedia,
                receivedAt,
                processedAt,
                personId,
                attempts,
                nextAttemptAt,
                failedAt,
                handledReason,
                found,
                fromAddressHash);
    }

    /** Handled, or given up: either way nothing more is to be done with it. */
    public boolean settled() {
        return processedAt != null || failedAt != null;
    }

    @Override
    public String toString() {
        return "InboundMessage[id="
                + id
                + ", channel="
                + channel
                + ", providerId="
                + providerId
                + "]";
    }
}
