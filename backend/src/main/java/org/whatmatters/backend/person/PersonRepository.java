package org.whatmatters.backend.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PersonRepository extends CrudRepository<Person, Long> {

    /**
     * By the keyed hash of their E.164 number ({@code privacy.PhoneLookup}); People.findByNumber
     * hashes it.
     */
    Optional<Person> findByPhoneE164Hash(String phoneE164Hash);

    /** Many people in one query (a page of a list). */
    List<Person> findByIdIn(Collection<Long> ids);

    /**
     * Adds the person with this number unless they exist: two first messages from one new number at
     * once (two instances, or two threads) both get here, and neither sees an error. {@code sealed}
     * is the number already encrypted as the column converter would ({@code People} does it),
     * {@code hash} its lookup hash, which is unique.
     */
    @Query(
            "INSERT INTO person (phone_e164, phone_e164_hash, created_at) VALUES (:sealed, :hash, :createdAt) "
                    + "ON DUPLICATE KEY UPDATE phone_e164_hash = phone_e164_hash")
    void insertIfAbsent(String sealed, String hash, Instant createdAt);

    /** Opted out of all messages (STOP) at this time; null when they opted back in. */
    @Query("UPDATE person SET opted_out_at = :optedOutAt WHERE id = :id")
    void markOptedOut(Long id, @Nullable Instant optedOutAt);

    /** NO MORE: no follow-up contacts from this time on. */
    @Query("UPDATE person SET follow_ups_declined_at = :at WHERE id = :id")
    void markFollowUpsDeclined(Long id, @Nullable Instant at);

    /**
     * Serialises everything that happens to one person: two messages at once are handled one after
     * the other.
     */
    @Query("SELECT * FROM person WHERE id = :id FOR UPDATE")
    Optional<Person> lockById(Long id);
}
