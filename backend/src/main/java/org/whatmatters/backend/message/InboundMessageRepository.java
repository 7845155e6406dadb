package org.whatmatters.backend.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InboundMessageRepository extends CrudRepository<InboundMessage, Long> {

    /**
     * Neither handled nor failed, in the updates of one row by id: written so that no index on
     * these columns can be used, or MariaDB updates through {@code ix_inbound_message_due}, locking
     * a range of other messages' entries, and deadlocks with their turns (seen with seven messages
     * from one person at once).
     */
    String UNSETTLED = "COALESCE(processed_at, failed_at) IS NULL";

    Optional<InboundMessage> findByChannelAndProviderId(Channel channel, String providerId);

    long countByPersonId(Long personId);

    List<InboundMessage> findByPersonIdOrderById(Long personId);

    @Query("SELECT * FROM inbound_message WHERE id = :id FOR UPDATE")
    Optional<InboundMessage> lockById(Long id);

    /**
     * Handled by a turn; {@code safety} is what the safety check found, kept unless the check
     * recorded its own (null: it could not run).
     */
    @Query(
            "UPDATE inbound_message SET processed_at = :processedAt, person_id = :personId,"
                    + " safety = COALESCE(safety, :safety) WHERE id = :id")
    void markProcessed(Long id, Long personId, Instant processedAt, @Nullable String safety);

    /**
     * Handled without a conversation turn, and why (a sender that is not a phone number): never
     * tried again.
     */
    @Query(
            "UPDATE inbound_message SET processed_at = :processedAt, handled_reason = :reason WHERE id = :id AND "
                    + UNSETTLED)
    void markHandledWithout(Long id, String reason, Instant processedAt);

    /** Given up after its last attempt: the person's later messages go on without it. */
    @Query(
            "UPDATE inbound_message SET failed_at = :failedAt, person_id = :personId, handled_reason = :reason "
                    + "WHERE id = :id AND "
                    + UNSETTLED)
    long markFailed(Long id, @Nullable Long personId, String reason, Instant failedAt);

    /**
     * Counts an attempt about to begin (the webhook's, as the message arrives) and moves its next
     * one to {@code nextAttemptAt}, before any work, so an attempt that kills the instance is
     * counted too. 0 when the message is settled.
     */
    @Query(
            "UPDATE inbound_message SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt "
                    + "WHERE id = :id AND "
                    + UNSETTLED)
    long countAttempt(Long id, Instant nextAttemptAt);

    /** As {@link #countAttempt}, only if the message's next attempt is due by {@code now}. */
    @Query(
            "UPDATE inbound_message SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt "
                    + "WHERE id = :id AND "
                    + UNSETTLED
                    + " AND next_attempt_at <= :now")
    long countAttemptIfDue(Long id, Instant now, Instant nextAttemptAt);

    /**
     * The sweep's claim on a due message: as {@link #countAttempt}, but only while it is still due
     * and nobody has begun an attempt since it was read ({@code attempts} unchanged), so two
     * instances sweeping at once take it once.
     */
    @Query(
            "UPDATE inbound_message SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt "
                    + "WHERE id = :id AND attempts = :attempts AND "
                    + UNSETTLED
                    + " AND next_attempt_at <= :now")
    long claimDue(Long id, int attempts, Instant now, Instant nextAttemptAt);

    int findAttemptsById(Long id);

    /**
     * The keyed hash of the sender's address (null for a row not yet converted: see
     * privacy.PhoneNumbersAtRest).
     */
    @Nullable
    String findFromAddressHashById(Long id);

    /** The safety check's finding, once: 0 if it had already run. */
    @Query("UPDATE inbound_message SET safety = :safety WHERE id = :id AND safety IS NULL")
    long markSafety(Long id, String safety);

    String UNPROCESSED_BEFORE =
            "SELECT id FROM inbound_message USE INDEX (ix_inbound_message_from_hash)"
                    + " WHERE from_address_hash = :fromAddressHash AND channel = :channel AND id < :id"
                    + " AND processed_at IS NULL AND failed_at IS NULL ORDER BY id";

    /**
     * Messages from this address (by its keyed hash) that came in before {@code id} and are still
     * to be handled (not failed), oldest first. Read through the sender's index: left to itself H2
     * took the index of unhandled messages, so while a flood from one number waited for the sweep
     * every other person's message read all of that flood (13,000 rows a message in a benchmark).
     * {@code USE INDEX} is the same hint in H2 and MySQL/MariaDB.
     */
    @Query(UNPROCESSED_BEFORE)
    List<Long> findUnprocessedBefore(Channel channel, String fromAddressHash, Long id);

    /**
     * The recovery sweep's work: messages neither handled nor failed whose next attempt is due, the
     * longest waiting first. Each attempt moves a message's next attempt later and the last one
     * fails it, so no row can keep its place at the front for ever.
     */
    @Query(
            "SELECT id FROM inbound_message WHERE processed_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now "
                    + "ORDER BY next_attempt_at, id LIMIT :limit")
    List<Long> findDueIds(Instant now, int limit);
}
