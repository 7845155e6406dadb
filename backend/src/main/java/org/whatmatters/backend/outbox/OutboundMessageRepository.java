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
     * Takes a message for one attempt if it is due, or if the instance that took it last let its
     * claim lapse (it died mid-send). The conditional update is the lock: of any number of
     * instances, exactly one gets 1 back. {@code in_doubt_since} is set first (MySQL assigns left
     * to right, seeing the old status): kept if an earlier attempt left it, the old claim's time if
     * that claim lapsed mid-send, else now. So after the claim, a value before {@code now} means an
     * earlier attempt may have reached Twilio.
     */
    @Query(
            """
            UPDATE outbound_message
               SET in_doubt_since = COALESCE(in_doubt_since, CASE WHEN status = 'SENDING' THEN updated_at ELSE :now END),
                   status = 'SENDING', claimed_until = :claimUntil, attempts = attempts + 1, updated_at = :now
             WHERE id = :id
               AND ((status IN ('PENDING', 'RETRY') AND next_attempt_at <= :now)
                    OR (status = 'SENDING' AND claimed_until < :now))""")
    int claim(Long id, Instant now, Instant claimUntil);

    /**
     * People with an ordinary message due now (or whose sender's claim lapsed) that is the oldest
     * unsent one of its person: a later message waits until the ones before it are out (crisis
     * replies included), so a person reads them in order. People by id from after {@code after}, so
     * a poll can page through them.
     */
    @Query(
            """
            SELECT DISTINCT m.person_id FROM outbound_message m
             WHERE m.lane = 'ORDINARY' AND m.person_id > :after
               AND ((m.status IN ('PENDING', 'RETRY') AND m.next_attempt_at <= :now)
                    OR (m.status = 'SENDING' AND m.claimed_until < :now))
               AND NOT EXISTS (SELECT 1 FROM outbound_message earlier
                                WHERE earlier.person_id = m.person_id AND earlier.id < m.id
                                  AND earlier.status IN ('PENDING', 'RETRY', 'SENDING'))
             ORDER BY m.person_id LIMIT :limit""")
    List<Long> findPeopleWithOrdinaryDue(Instant now, long after, int limit);

    /**
     * People with a crisis reply due now: it waits only for their earlier crisis replies, never for
     * ordinary sends.
     */
    @Query(
            """
            SELECT DISTINCT m.person_id FROM outbound_message m
             WHERE m.lane = 'CRISIS' AND m.person_id > :after
               AND ((m.status IN ('PENDING', 'RETRY') AND m.next_attempt_at <= :now)
                    OR (m.status = 'SENDING' AND m.claimed_until < :now))
               AND NOT EXISTS (SELECT 1 FROM outbound_message earlier
                                WHERE earlier.person_id = m.person_id AND earlier.id < m.id AND earlier.lane = 'CRISIS'
                                  AND earlier.status IN ('PENDING', 'RETRY', 'SENDING'))
             ORDER BY m.person_id LIMIT :limit""")
    List<Long> findPeopleWithCrisisDue(Instant now, long after, int limit);

    /**
     * The message, unless its person said STOP after it was written (then empty): what a claimed
     * message needs before it goes, in one read (the person's row is not read, nor their number
     * decrypted, for it).
     */
    @Query(
            """
            SELECT m.* FROM outbound_message m
             WHERE m.id = :id
               AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = m.person_id AND p.opted_out_at > m.created_at)""")
    Optional<OutboundMessage> findByIdUnlessOptedOutSince(Long id);

    @Query(
            """
            UPDATE outbound_message
               SET status = 'ACCEPTED', provider_id = :providerId, delivery_status = :deliveryStatus,
                   claimed_until = NULL, next_attempt_at = NULL, status_detail = NULL, error_code = NULL,
                   in_doubt_since = NULL, updated_at = :now
             WHERE id = :id""")
    void markAccepted(Long id, String providerId, String deliveryStatus, Instant now);

    /*
     * The three below change nothing (0) once a status callback has recorded a sid for the message
     * (attachProvider): Twilio took it, whatever the create call that had no answer came to.
     */

    /** Twilio answered and did not take it: the next attempt sends without asking. */
    @Query(
            """
            UPDATE outbound_message
               SET status = 'RETRY', next_attempt_at = :nextAttemptAt, claimed_until = NULL, in_doubt_since = NULL,
                   error_code = :errorCode, status_detail = :detail, updated_at = :now
             WHERE id = :id AND provider_id IS NULL""")
    int markRetry(
            Long id, Instant nextAttemptAt, String errorCode, @Nullable String detail, Instant now);

    /**
     * No answer (or Twilio could not be asked): in_doubt_since stays, so the next attempt asks
     * Twilio first.
     */
    @Query(
            """
            UPDATE outbound_message
               SET status = 'RETRY', next_attempt_at = :nextAttemptAt, claimed_until = NULL,
                   error_code = :errorCode, status_detail = :detail, updated_at = :now
             WHERE id = :id AND provider_id IS NULL""")
    int markRetryInDoubt(
            Long id, Instant nextAttemptAt, String errorCode, @Nullable String detail, Instant now);

    @Query(
            """
            UPDATE outbound_message
               SET status = :status, next_attempt_at = NULL, claimed_until = NULL,
                   error_code = :errorCode, status_detail = :detail, updated_at = :now
             WHERE id = :id AND provider_id IS NULL""")
    int markFinished(
            Long id,
            OutboundStatus status,
            @Nullable String errorCode,
            @Nullable String detail,
            Instant now);

    /**
     * A person's messages not yet out (due or not, held or not), oldest first: the order they must
     * arrive in.
     */
    @Query(
            """
            SELECT id FROM outbound_message
             WHERE person_id = :personId AND status IN ('PENDING', 'RETRY', 'SENDING')
             ORDER BY id""")
    List<Long> findUnsentIdsForPerson(Long personId);

    /**
     * A person's ordinary messages not yet out that come before their oldest crisis reply not yet
     * out (all of them when there is none), oldest first: what the ordinary lane may send now, in
     * one query.
     */
    @Query(
            """
            SELECT id FROM outbound_message
             WHERE person_id = :personId AND status IN ('PENDING', 'RETRY', 'SENDING') AND lane = 'ORDINARY'
               AND NOT EXISTS (SELECT 1 FROM outbound_message crisis
                                WHERE crisis.person_id = :personId AND crisis.lane = 'CRISIS' AND crisis.id < outbound_message.id
                                  AND crisis.status IN ('PENDING', 'RETRY', 'SENDING'))
             ORDER BY id""")
    List<Long> findUnsentOrdinaryIdsBeforeCrisisForPerson(Long personId);

    /** A person's crisis replies not yet out, oldest first. */
    @Query(
            """
            SELECT id FROM outbound_message
             WHERE person_id = :personId AND lane = 'CRISIS' AND status IN ('PENDING', 'RETRY', 'SENDING')
             ORDER BY id""")
    List<Long> findUnsentCrisisIdsForPerson(Long personId);

    boolean existsByProviderId(String providerId);

    /**
     * A status callback names this message (its StatusCallback URL carries the id) and a sid we
     * never heard from the create call: Twilio took it. Recorded only on a message with no sid yet
     * that was being sent, waiting to be tried again, or given up on; 1 when it was.
     */
    @Query(
            """
            UPDATE outbound_message
               SET status = 'ACCEPTED', provider_id = :providerId, delivery_status = :deliveryStatus,
                   claimed_until = NULL, next_attempt_at = NULL, in_doubt_since = NULL, updated_at = :now
             WHERE id = :id AND provider_id IS NULL AND status IN ('SENDING', 'RETRY', 'FAILED')""")
    int attachProvider(Long id, String providerId, String deliveryStatus, Instant now);

    Optional<OutboundMessage> findByProviderId(String providerId);

    @Query(
            """
            UPDATE outbound_message
               SET delivery_status = :deliveryStatus, error_code = :errorCode, updated_at = :now
             WHERE id = :id""")
    void updateDelivery(Long id, String deliveryStatus, @Nullable String errorCode, Instant now);

    List<OutboundMessage> findByPersonIdOrderById(Long personId);
}
