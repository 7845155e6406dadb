package org.whatmatters.backend.app.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import org.whatmatters.backend.outbox.OutboundMessage;
import org.whatmatters.backend.outbox.OutboundStatus;

/** The app's view of the outbox's table: messages for the app, fetched or not, pushed or not. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AppMessageRepository extends GenericRepository<OutboundMessage, Long> {

    /** The app fetched the person's messages: none of them falls back to SMS now. */
    @Query(
            """
            UPDATE outbound_message SET fetched_at = :now, delivery_status = 'fetched', updated_at = :now
             WHERE person_id = :personId AND channel = 'APP' AND status = 'IN_APP' AND fetched_at IS NULL""")
    int markFetched(Long personId, Instant now);

    @Query("SELECT COUNT(*) FROM outbound_message WHERE id = :id AND fetched_at IS NOT NULL")
    long countFetched(Long id);

    @Query(
            "UPDATE outbound_message SET delivery_status = :deliveryStatus, updated_at = :now WHERE id = :id AND fetched_at IS NULL")
    int markDelivery(Long id, String deliveryStatus, Instant now);

    /**
     * A later message for the app the person has not fetched: its push will tell them about this
     * one too.
     */
    @Query(
            """
            SELECT COUNT(*) FROM outbound_message
             WHERE person_id = :personId AND channel = 'APP' AND status = 'IN_APP' AND id > :id AND fetched_at IS NULL""")
    long countLaterUnfetched(Long personId, Long id);

    /**
     * Whether a push was accepted for this message or a later one of the person's (which told them
     * of it too).
     */
    @Query(
            """
            SELECT COUNT(*) FROM outbound_message
             WHERE person_id = :personId AND channel = 'APP' AND id >= :id AND delivery_status = 'pushed'""")
    long countPushedSince(Long personId, Long id);

    @Query("SELECT * FROM outbound_message WHERE id = :id FOR UPDATE")
    java.util.Optional<OutboundMessage> lockById(Long id);

    /**
     * The message, locked until the transaction ends, while it still waits in the app unfetched:
     * what its push and its fallback both start from, so that neither acts on a message the app
     * already has (or one run twice).
     */
    default java.util.Optional<OutboundMessage> lockWaitingInApp(Long id) {
        return lockById(id)
                .filter(
                        message ->
                                message.status() == OutboundStatus.IN_APP && countFetched(id) == 0);
    }

    /**
     * The replies to one inbound message, in order (an answer sent again gets the same replies
     * back).
     */
    @Query("SELECT * FROM outbound_message WHERE in_reply_to = :inboundId ORDER BY id")
    List<OutboundMessage> findReplies(Long inboundId);
}
