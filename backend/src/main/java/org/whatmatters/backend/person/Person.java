package org.whatmatters.backend.person;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.privacy.EncryptedText;

/**
 * Someone who has contacted the service. Their number is kept in E.164 and never logged; at rest it
 * is encrypted, and found by {@code phoneE164Hash} (its keyed hash, set on every save by {@code
 * privacy.LookupHashes}).
 */
@MappedEntity("person")
public record Person(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty(converter = EncryptedText.class) String phoneE164,
        Instant createdAt,
        @Nullable Instant optedOutAt,
        @Nullable Instant followUpsDeclinedAt,
        @Nullable String phoneE164Hash) {

    @Creator
    public Person {}

    /** A person as made by code: the hash is filled in when they are saved. */
    public Person(
            @Nullable Long id,
            String phoneE164,
            Instant createdAt,
            @Nullable Instant optedOutAt,
            @Nullable Instant followUpsDeclinedAt) {
        this(id, phoneE164, createdAt, optedOutAt, followUpsDeclinedAt, null);
    }

    /** Whether follow-up contacts may go to them: not after STOP, nor after NO MORE. */
    public boolean acceptsFollowUps() {
        return optedOutAt == null && followUpsDeclinedAt == null;
    }

    @Override
    public String toString() {
        return "Person[id=" + id + "]";
    }
}
