package org.whatmatters.backend.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboundMessageRepository extends CrudRepository<OutboundMessage, Long> {

    /**
     * Takes a message for one attempt if it is due, or if the instance that took it last let its claim
     * lapse (it died mid-send). The conditional update is the lock: of any number of instances, exactly
     * one gets 1 back.
     */
    @Query("""
            UPDATE outbound_message
               SET status = 'SENDING', claimed_until = :claimUntil, attempts = attempts + 1, updated_at = :now
             WHERE id = :id
               AND ((status IN ('PENDING', 'RETRY') AND next_attempt_at <= :now)
                    OR (status = 'SENDING' AND claimed_until < :now))""")
    int claim(Long id, Instant now, Instant claimUntil);

    /**
     * Messages due now (or whose sender's claim lapsed), each the oldest unsent one of its person: a
     * later message waits until the ones before it are out, so a person reads them in order.
     */
    @Query("""
            SELECT m.id FROM outbound_message m
             WHERE ((m.status IN ('PENDING', 'RETRY') AND m.next_attempt_at <= :now)
                    OR (m.status = 'SENDING' AND m.claimed_until < :now))
               AND NOT EXISTS (SELECT 1 FROM outbound_message earlier
                                WHERE earlier.person_id = m.person_id AND earlier.id < m.id
                                  AND earlier.status IN ('PENDING', 'RETRY', 'SENDING'))
             ORDER BY m.id LIMIT :limit""")
    List<Long> findDueIds(Instant now, int limit);

    @Query("""
            UPDATE outbound_message
               SET status = 'ACCEPTED', provider_id = :providerId, delivery_status = :deliveryStatus,
                   claimed_until = NULL, next_attempt_at = NULL, status_detail = NULL, error_code = NULL, updated_at = :now
             WHERE id = :id""")
    void markAccepted(Long id, String providerId, String deliveryStatus, Instant now);

    @Query("""
            UPDATE outbound_message
               SET status = 'RETRY', next_attempt_at = :nextAttemptAt, claimed_until = NULL,
                   error_code = :errorCode, status_detail = :detail, updated_at = :now
             WHERE id = :id""")
    void markRetry(Long id, Instant nextAttemptAt, String errorCode, @Nullable String detail, Instant now);

    @Query("""
            UPDATE outbound_message
               SET status = :status, next_attempt_at = NULL, claimed_until = NULL,
                   error_code = :errorCode, status_detail = :detail, updated_at = :now
             WHERE id = :id""")
    void markFinished(Long id, OutboundStatus status, @Nullable String errorCode, @Nullable String detail, Instant now);

    /** A person's messages not yet out (due or not, held or not), oldest first: the order they must arrive in. */
    @Query("""
            SELECT id FROM outbound_message
             WHERE person_id = :personId AND status IN ('PENDING', 'RETRY', 'SENDING')
             ORDER BY id""")
    List<Long> findUnsentIdsForPerson(Long personId);

    Optional<OutboundMessage> findByProviderId(String providerId);

    @Query("""
            UPDATE outbound_message
               SET delivery_status = :deliveryStatus, error_code = :errorCode, updated_at = :now
             WHERE id = :id""")
    void updateDelivery(Long id, String deliveryStatus, @Nullable String errorCode, Instant now);

    List<OutboundMessage> findByPersonIdOrderById(Long personId);
}
